using Segmentation.Data;
using Segmentation.Preprocessing;
using static Segmentation.Tests.Preprocessing.PreprocessingAssert;

namespace Segmentation.Tests.Preprocessing;

public class OneHotEncodeTests
{
    private static DataFrame Frame() => new(
        Numbers("CustomerID", 1, 2, 3),
        Categories("Gender", "Male", "Female", "Male"),
        Numbers("Age", 19, 21, 20));

    [Test]
    public void Each_category_becomes_an_indicator_column_in_ordinal_order_in_place_of_the_original()
    {
        var (_, frame, report) = FitTransform(new OneHotEncode(), Frame());

        Assert.Multiple(() =>
        {
            Assert.That(frame.Columns.Names, Is.EqualTo(new[] { "CustomerID", "Gender_Female", "Gender_Male", "Age" }));
            Assert.That(Values(frame, "Gender_Female"), Is.EqualTo(new double[] { 0, 1, 0 }));
            Assert.That(Values(frame, "Gender_Male"), Is.EqualTo(new double[] { 1, 0, 1 }));
            Assert.That(report.EncodedColumns[0].Categories, Is.EqualTo(new[] { "Female", "Male" }));
            Assert.That(report.DroppedColumns, Is.EqualTo(new[] { new DroppedColumn("Gender", "OneHotEncode", "replaced by 2 indicator columns") }));
        });
    }

    [Test]
    public void An_unknown_category_at_scoring_time_is_all_zeros_and_reported_with_the_row_id()
    {
        var (fitted, _, _) = FitTransform(new OneHotEncode("Gender"), Frame(), "CustomerID");
        var newData = new DataFrame(Numbers("CustomerID", 7, 8), Categories("Gender", "Other", "Female"), Numbers("Age", 30, 40));
        var report = new PreprocessingReport("CustomerID");

        var scored = fitted.Transform(newData, report);

        Assert.Multiple(() =>
        {
            Assert.That(Values(scored, "Gender_Female"), Is.EqualTo(new double[] { 0, 1 }));
            Assert.That(Values(scored, "Gender_Male"), Is.EqualTo(new double[] { 0, 0 }));
            Assert.That(report.UnknownCategories, Is.EqualTo(new[] { new UnknownCategory("Gender", "Other", "7", 0) }));
        });
    }

    [Test]
    public void A_numeric_column_named_for_encoding_is_a_clear_error()
    {
        var error = Assert.Throws<SegmentationDataException>(() => FitTransform(new OneHotEncode("Age"), Frame()));

        Assert.That(error!.Message, Is.EqualTo("Column 'Age' is Numeric, not Categorical."));
    }

    [Test]
    public void Round_trips_through_json()
    {
        var (fitted, _, _) = FitTransform(new OneHotEncode(), Frame());

        RoundTrips(fitted, Frame(), "oneHotEncode");
    }
}
