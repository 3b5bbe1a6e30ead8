using Segmentation.Data;
using Segmentation.Preprocessing;
using static Segmentation.Tests.Preprocessing.PreprocessingAssert;

namespace Segmentation.Tests.Preprocessing;

public class ExcludeInvalidValuesTests
{
    private static DataFrame Frame() => new(
        Categories("InvoiceNo", "536365", "C536379", "536380", "536381"),
        Numbers("Quantity", 6, -1, 3, double.NaN),
        Numbers("UnitPrice", 2.55, 27.5, -11062.06, 1));

    [Test]
    public void Negative_amounts_exclude_the_row_with_the_value_column_and_bound()
    {
        var (_, frame, report) = FitTransform(new ExcludeInvalidValues("Quantity", "UnitPrice"), Frame(), "InvoiceNo");

        Assert.Multiple(() =>
        {
            Assert.That(frame.Columns.GetCategorical("InvoiceNo").Categories, Is.EqualTo(new[] { "536365", "536381" }));
            Assert.That(report.ExcludedRows, Is.EqualTo(new[]
            {
                new ExcludedRow("C536379", 1, "ExcludeInvalidValues", "'Quantity'=-1 is below the minimum 0"),
                new ExcludedRow("536380", 2, "ExcludeInvalidValues", "'UnitPrice'=-11062.06 is below the minimum 0"),
            }));
        });
    }

    [Test]
    public void Missing_values_can_be_made_invalid_and_a_maximum_can_be_set()
    {
        var step = new ExcludeInvalidValues(new InvalidValueOptions { Columns = ["Quantity"], Maximum = 5, ExcludeMissing = true });

        var (_, _, report) = FitTransform(step, Frame());

        Assert.That(report.ExcludedRows.Select(r => r.Reason), Is.EqualTo(new[]
        {
            "'Quantity'=6 is above the maximum 5",
            "'Quantity'=-1 is below the minimum 0",
            "'Quantity' is missing",
        }));
    }

    [Test]
    public void A_row_invalid_in_several_columns_is_reported_once_with_every_reason()
    {
        var frame = new DataFrame(Numbers("Quantity", -1, 2), Numbers("UnitPrice", -3, 1));

        var (_, _, report) = FitTransform(new ExcludeInvalidValues("Quantity", "UnitPrice"), frame);

        Assert.That(report.ExcludedRows, Is.EqualTo(new[]
        {
            new ExcludedRow("0", 0, "ExcludeInvalidValues", "'Quantity'=-1 is below the minimum 0; 'UnitPrice'=-3 is below the minimum 0"),
        }));
    }

    [Test]
    public void At_scoring_time_invalid_rows_are_flagged_and_kept()
    {
        var (fitted, _, _) = FitTransform(new ExcludeInvalidValues("Quantity"), Frame());
        var report = new PreprocessingReport();

        var scored = fitted.Transform(Frame(), report);

        Assert.Multiple(() =>
        {
            Assert.That(scored.Rows.Count, Is.EqualTo(4));
            Assert.That(report.FlaggedRows, Is.EqualTo(new[] { new ExcludedRow("1", 1, "ExcludeInvalidValues", "'Quantity'=-1 is below the minimum 0") }));
            Assert.That(report.ExcludedRows, Is.Empty);
        });
    }

    [Test]
    public void Bounds_in_the_wrong_order_are_rejected()
    {
        Assert.That(
            () => new ExcludeInvalidValues(new InvalidValueOptions { Columns = ["Quantity"], Minimum = 5, Maximum = 1 }),
            Throws.ArgumentException.With.Message.StartsWith("Minimum=5 must be <= Maximum=1."));
    }

    [Test]
    public void Round_trips_through_json()
    {
        var (fitted, _, _) = FitTransform(new ExcludeInvalidValues("Quantity", "UnitPrice"), Frame());

        RoundTrips(fitted, Frame(), "excludeInvalidValues");
    }
}
