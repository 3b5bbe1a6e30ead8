using Segmentation.Profiling;

namespace Segmentation.Tests.Profiling;

public class NumericSummaryTests
{
    [Test]
    public void Summary_skips_missing_values_and_interpolates_quartiles_like_pandas_describe()
    {
        var summary = NumericSummary.Of([4, double.NaN, 1, 3, 2]);

        Assert.Multiple(() =>
        {
            Assert.That(summary.Count, Is.EqualTo(4));
            Assert.That(summary.MissingCount, Is.EqualTo(1));
            Assert.That(summary.Sum, Is.EqualTo(10));
            Assert.That(summary.Mean, Is.EqualTo(2.5));
            Assert.That(summary.StandardDeviation, Is.EqualTo(Math.Sqrt(5.0 / 3)).Within(1e-15));
            Assert.That(summary.PopulationStandardDeviation, Is.EqualTo(Math.Sqrt(5.0 / 4)).Within(1e-15));
            Assert.That(summary.Minimum, Is.EqualTo(1));
            Assert.That(summary.LowerQuartile, Is.EqualTo(1.75));
            Assert.That(summary.Median, Is.EqualTo(2.5));
            Assert.That(summary.UpperQuartile, Is.EqualTo(3.25));
            Assert.That(summary.Maximum, Is.EqualTo(4));
        });
    }

    [Test]
    public void Summary_of_no_values_is_not_a_number_and_of_one_value_has_no_sample_deviation()
    {
        var empty = NumericSummary.Of([double.NaN]);
        var single = NumericSummary.Of([7]);

        Assert.Multiple(() =>
        {
            Assert.That(empty.Count, Is.Zero);
            Assert.That(empty.MissingCount, Is.EqualTo(1));
            Assert.That(empty.Mean, Is.NaN);
            Assert.That(empty.Median, Is.NaN);
            Assert.That(single.Median, Is.EqualTo(7));
            Assert.That(single.StandardDeviation, Is.NaN);
            Assert.That(single.PopulationStandardDeviation, Is.Zero);
        });
    }
}
