using Segmentation.Data;
using Segmentation.Preprocessing;
using static Segmentation.Tests.Preprocessing.PreprocessingAssert;

namespace Segmentation.Tests.Preprocessing;

public class ImputeMissingTests
{
    private static DataFrame Frame() => new(
        Numbers("Income", 10, double.NaN, 40, 20, 20, double.NaN),
        Categories("Education", "PhD", null, "Master", "Master", "PhD", "Basic"));

    [TestCase(Imputation.Mean, 22.5)]
    [TestCase(Imputation.Median, 20)]
    [TestCase(Imputation.MostFrequent, 20)]
    public void Numeric_missing_values_get_the_learned_value_and_the_count_is_reported(Imputation strategy, double expected)
    {
        var (_, frame, report) = FitTransform(new ImputeMissing(strategy), Frame());

        Assert.Multiple(() =>
        {
            Assert.That(Values(frame, "Income"), Is.EqualTo(new[] { 10, expected, 40, 20, 20, expected }));
            Assert.That(report.ImputedValues[0], Is.EqualTo(new ImputedValues("Income", expected.ToString(System.Globalization.CultureInfo.InvariantCulture), 2)));
        });
    }

    [Test]
    public void Categorical_missing_values_get_the_most_frequent_category_with_ties_to_the_ordinal_smallest()
    {
        var (_, frame, report) = FitTransform(new ImputeMissing(), Frame());

        Assert.Multiple(() =>
        {
            Assert.That(frame.Columns.GetCategorical("Education")[1], Is.EqualTo("Master"));
            Assert.That(report.ImputedValues[1], Is.EqualTo(new ImputedValues("Education", "Master", 1)));
        });
    }

    [Test]
    public void Constant_fills_both_kinds_with_the_given_values()
    {
        var step = new ImputeMissing(new ImputationOptions
        {
            Strategy = Imputation.Constant, FillValue = -1, CategoricalStrategy = Imputation.Constant, CategoricalFillValue = "Unknown",
        });

        var (_, frame, _) = FitTransform(step, Frame());

        Assert.Multiple(() =>
        {
            Assert.That(Values(frame, "Income"), Is.EqualTo(new double[] { 10, -1, 40, 20, 20, -1 }));
            Assert.That(frame.Columns.GetCategorical("Education")[1], Is.EqualTo("Unknown"));
        });
    }

    [Test]
    public void Scoring_replays_the_fill_values_learned_at_fit_time()
    {
        var (fitted, _, _) = FitTransform(new ImputeMissing(Imputation.Mean), Frame());
        var newData = new DataFrame(Numbers("Income", double.NaN, 1000), Categories("Education", null, "PhD"));
        var report = new PreprocessingReport();

        var scored = fitted.Transform(newData, report);

        Assert.Multiple(() =>
        {
            Assert.That(Values(scored, "Income"), Is.EqualTo(new[] { 22.5, 1000 }));
            Assert.That(scored.Columns.GetCategorical("Education")[0], Is.EqualTo("Master"));
            Assert.That(report.ImputedValues, Has.Count.EqualTo(2));
        });
    }

    [Test]
    public void An_all_missing_column_cannot_be_imputed()
    {
        var frame = new DataFrame(Numbers("Income", double.NaN, double.NaN));

        var error = Assert.Throws<SegmentationDataException>(() => FitTransform(new ImputeMissing(Imputation.Median), frame));

        Assert.Multiple(() =>
        {
            Assert.That(error!.Message, Is.EqualTo("Column 'Income' has no values to compute the Median from (all 2 rows are missing)."));
            Assert.That(error.ColumnName, Is.EqualTo("Income"));
        });
    }

    [Test]
    public void Invalid_options_are_rejected_when_the_step_is_created()
    {
        Assert.Multiple(() =>
        {
            Assert.That(
                () => new ImputeMissing(Imputation.Constant),
                Throws.ArgumentException.With.Message.StartsWith("Strategy=Constant needs a FillValue;"));
            Assert.That(
                () => new ImputeMissing(new ImputationOptions { CategoricalStrategy = Imputation.Median }),
                Throws.ArgumentException.With.Message.StartsWith("CategoricalStrategy=Median is not possible for categories; use MostFrequent or Constant."));
            Assert.That(
                () => new ImputeMissing(new ImputationOptions { Strategy = Imputation.Constant, FillValue = double.NaN }),
                Throws.InstanceOf<ArgumentOutOfRangeException>().With.Message.StartsWith("FillValue=NaN must be a finite number."));
        });
    }

    [Test]
    public void Round_trips_through_json()
    {
        var (fitted, _, _) = FitTransform(new ImputeMissing(Imputation.Mean), Frame());

        RoundTrips(fitted, Frame(), "imputeMissing");
    }
}
