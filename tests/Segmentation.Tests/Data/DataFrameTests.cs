using Segmentation.Data;

namespace Segmentation.Tests.Data;

public class DataFrameTests
{
    private static DataFrame Customers() => new(
        new NumericColumn("Age", [19, 21, double.NaN]),
        new CategoricalColumn("Gender", ["Male", null, "Female"]),
        new DateColumn("Joined", [new DateTime(2012, 9, 4), null, new DateTime(2014, 6, 29)]));

    [Test]
    public void Columns_are_found_by_exact_name_and_count_rows_and_missing_values()
    {
        var frame = Customers();

        Assert.Multiple(() =>
        {
            Assert.That(frame.Rows.Count, Is.EqualTo(3));
            Assert.That(frame.Columns.Names, Is.EqualTo(new[] { "Age", "Gender", "Joined" }));
            Assert.That(frame.Columns["Age"].MissingCount, Is.EqualTo(1));
            Assert.That(frame.Columns.GetCategorical("Gender")[0], Is.EqualTo("Male"));
            Assert.That(frame.Columns.GetDate("Joined").FormatValue(0), Is.EqualTo("2012-09-04"));
        });
    }

    [Test]
    public void An_unknown_column_name_suggests_the_closest_existing_names()
    {
        var frame = Customers();

        var error = Assert.Throws<ColumnNotFoundException>(() => _ = frame.Columns["age"]);

        Assert.That(error!.Message, Is.EqualTo("Column 'age' was not found. Did you mean 'Age'?"));
        Assert.That(error.ColumnName, Is.EqualTo("age"));
    }

    [Test]
    public void Duplicate_column_names_are_rejected_with_both_positions()
    {
        var error = Assert.Throws<SegmentationDataException>(() => _ = new DataFrame(
            new NumericColumn("Age", [1.0]), new NumericColumn("Age", [2.0])));

        Assert.That(error!.Message, Is.EqualTo("Column name 'Age' appears more than once (positions 0 and 1); column names must be unique."));
    }

    [Test]
    public void Columns_of_different_lengths_are_rejected()
    {
        var error = Assert.Throws<SegmentationDataException>(() => _ = new DataFrame(
            new NumericColumn("Age", [1.0, 2.0]), new NumericColumn("Income", [2.0])));

        Assert.That(error!.Message, Is.EqualTo("Column 'Income' has 1 rows but column 'Age' has 2; all columns must have the same length."));
    }

    [Test]
    public void Taking_rows_keeps_every_column_in_the_order_given()
    {
        var taken = Customers().TakeRows([2, 0]);

        Assert.That(taken.Columns.GetNumeric("Age").Values.ToArray(), Is.EqualTo(new[] { double.NaN, 19 }));
        Assert.That(taken.Columns.GetCategorical("Gender")[0], Is.EqualTo("Female"));
    }
}
