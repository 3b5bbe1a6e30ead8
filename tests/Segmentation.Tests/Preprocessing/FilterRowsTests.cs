using Segmentation.Data;
using Segmentation.Preprocessing;
using static Segmentation.Tests.Preprocessing.PreprocessingAssert;

namespace Segmentation.Tests.Preprocessing;

public class FilterRowsTests
{
    private static DataFrame Frame() => new(Numbers("CustomerID", 11, 12, 13), Numbers("Age", 17, 30, 45));

    private static FilterRows Adults() =>
        new((frame, row) => frame.Columns.GetNumeric("Age")[row] >= 18, "customers under 18");

    [Test]
    public void Rows_the_predicate_rejects_are_excluded_at_fit_time_and_listed_by_id()
    {
        var (_, frame, report) = FitTransform(Adults(), Frame(), "CustomerID");

        Assert.Multiple(() =>
        {
            Assert.That(Values(frame, "CustomerID"), Is.EqualTo(new double[] { 12, 13 }));
            Assert.That(report.ExcludedRows, Is.EqualTo(new[] { new ExcludedRow("11", 0, "FilterRows", "customers under 18") }));
        });
    }

    [Test]
    public void At_scoring_time_no_row_is_dropped_and_a_note_says_the_predicate_was_not_replayed()
    {
        var (fitted, _, _) = FitTransform(Adults(), Frame());
        var report = new PreprocessingReport();

        var scored = fitted.Transform(Frame(), report);

        Assert.Multiple(() =>
        {
            Assert.That(scored.Rows.Count, Is.EqualTo(3));
            Assert.That(report.Notes, Is.EqualTo(new[] { "FilterRows(customers under 18) applies at fit time only; it was not replayed on these rows." }));
        });
    }

    [Test]
    public void Only_the_description_is_saved()
    {
        var (fitted, _, _) = FitTransform(Adults(), Frame());

        var copy = RoundTrips(fitted, Frame(), "filterRows");

        Assert.That(((FittedPredicateFilter)copy).Description, Is.EqualTo("customers under 18"));
    }
}
