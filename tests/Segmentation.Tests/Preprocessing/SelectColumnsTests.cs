using Segmentation.Data;
using Segmentation.Preprocessing;
using static Segmentation.Tests.Preprocessing.PreprocessingAssert;

namespace Segmentation.Tests.Preprocessing;

public class SelectColumnsTests
{
    private static DataFrame Customers() => new(
        Numbers("CustomerID", 1, 2),
        Categories("Gender", "Male", "Female"),
        Numbers("Age", 19, 21),
        Numbers("Annual Income (k$)", 15, 16));

    [Test]
    public void Keeps_the_named_columns_in_the_order_given_and_reports_the_others_as_not_selected()
    {
        var (_, frame, report) = FitTransform(new SelectColumns("Annual Income (k$)", "Age"), Customers());

        Assert.Multiple(() =>
        {
            Assert.That(frame.Columns.Names, Is.EqualTo(new[] { "Annual Income (k$)", "Age" }));
            Assert.That(report.SelectedColumns, Is.EqualTo(new[] { "Annual Income (k$)", "Age" }));
            Assert.That(report.DroppedColumns, Is.EqualTo(new[]
            {
                new DroppedColumn("CustomerID", "SelectColumns", "not selected"),
                new DroppedColumn("Gender", "SelectColumns", "not selected"),
            }));
        });
    }

    [Test]
    public void An_unknown_name_throws_with_the_closest_existing_names()
    {
        var error = Assert.Throws<ColumnNotFoundException>(() => new SelectColumns("age").Fit(Customers(), new PreprocessingReport()));

        Assert.That(error!.Message, Is.EqualTo("Column 'age' was not found. Did you mean 'Age'?"));
    }

    [Test]
    public void Duplicate_or_missing_names_are_rejected_when_the_step_is_created()
    {
        Assert.Multiple(() =>
        {
            Assert.That(
                () => new SelectColumns("Age", "Age"),
                Throws.ArgumentException.With.Message.StartsWith("columns names column 'Age' more than once."));
            Assert.That(
                () => new SelectColumns(),
                Throws.ArgumentException.With.Message.StartsWith("columns must name at least one column."));
        });
    }

    [Test]
    public void Replays_on_new_data_and_round_trips_through_json()
    {
        var (fitted, frame, _) = FitTransform(new SelectColumns("Age", "Gender"), Customers());

        var copy = RoundTrips(fitted, Customers(), "selectColumns");

        FramesEqual(copy.Transform(Customers(), new PreprocessingReport()), frame);
    }
}
