using Segmentation.Data;
using Segmentation.Preprocessing;
using static Segmentation.Tests.Preprocessing.PreprocessingAssert;

namespace Segmentation.Tests.Preprocessing;

public class FeatureMatrixTests
{
    [Test]
    public void Columns_become_a_row_major_matrix_in_the_order_given()
    {
        var frame = new DataFrame(Numbers("A", 1, 2), Numbers("B", 3, 4), Categories("Name", "x", "y"));

        var matrix = FeatureMatrix.Build(frame, ["B", "A"]);

        Assert.Multiple(() =>
        {
            Assert.That(matrix.Rows, Is.EqualTo(2));
            Assert.That(matrix.Columns, Is.EqualTo(2));
            Assert.That(matrix.Values.ToArray(), Is.EqualTo(new double[] { 3, 1, 4, 2 }));
        });
    }

    [Test]
    public void A_missing_value_names_the_column_row_and_id_and_suggests_imputation()
    {
        var frame = new DataFrame(Numbers("CustomerID", 7, 8, 9), Numbers("Income", 10, 20, double.NaN));
        var report = new PreprocessingReport("CustomerID");
        var (_, selected) = Preprocessor.Fit([new SelectColumns("Income")], frame, report);

        var error = Assert.Throws<SegmentationDataException>(() => FeatureMatrix.Build(selected, report));

        Assert.Multiple(() =>
        {
            Assert.That(error!.Message, Is.EqualTo(
                "Column 'Income' has a missing value (NaN) in row 2 (CustomerID=9); fill missing values with ImputeMissing (or exclude the row) before clustering."));
            Assert.That(error.ColumnName, Is.EqualTo("Income"));
            Assert.That(error.RowIndex, Is.EqualTo(2));
            Assert.That(error.Value, Is.EqualTo("NaN"));
        });
    }

    [Test]
    public void An_infinite_value_names_the_column_row_and_value()
    {
        var frame = new DataFrame(Numbers("Ratio", 1, double.PositiveInfinity));

        var error = Assert.Throws<SegmentationDataException>(() => FeatureMatrix.Build(frame));

        Assert.That(error!.Message, Is.EqualTo(
            "Column 'Ratio' has the value Infinity in row 1; features must be finite numbers. Check the derivation that produced it, or exclude the row."));
    }

    [Test]
    public void A_categorical_feature_asks_for_one_hot_encoding_and_a_date_for_a_derivation()
    {
        var frame = new DataFrame(Categories("Gender", "Male"), new DateColumn("Joined", [new DateTime(2014, 1, 1)]));

        Assert.Multiple(() =>
        {
            Assert.That(
                () => FeatureMatrix.Build(frame, ["Gender"]),
                Throws.InstanceOf<SegmentationDataException>().With.Message.EqualTo(
                    "Column 'Gender' is categorical and cannot be a feature as it is; one-hot encode it (OneHotEncode) or leave it out of the features."));
            Assert.That(
                () => FeatureMatrix.Build(frame, ["Joined"]),
                Throws.InstanceOf<SegmentationDataException>().With.Message.EqualTo(
                    "Column 'Joined' is Date and cannot be a feature as it is; derive a number from it (DeriveColumn with DaysSince or YearOf) or leave it out of the features."));
            Assert.That(() => FeatureMatrix.Build(frame, ["gender"]), Throws.InstanceOf<ColumnNotFoundException>());
        });
    }
}
