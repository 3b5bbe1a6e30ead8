using Segmentation.Preprocessing;

namespace Segmentation.Tests.Preprocessing;

public class StatisticsTests
{
    [Test]
    public void Quantiles_interpolate_linearly_between_sorted_values_as_numpy()
    {
        // np.quantile([1, 2, 3, 4], [0.25, 0.5, 0.75]) = [1.75, 2.5, 3.25]
        double[] sorted = [1, 2, 3, 4];

        Assert.Multiple(() =>
        {
            Assert.That(Statistics.Quantile(sorted, 0.25), Is.EqualTo(1.75));
            Assert.That(Statistics.Quantile(sorted, 0.5), Is.EqualTo(2.5));
            Assert.That(Statistics.Quantile(sorted, 0.75), Is.EqualTo(3.25));
            Assert.That(Statistics.Quantile(sorted, 0), Is.EqualTo(1));
            Assert.That(Statistics.Quantile(sorted, 1), Is.EqualTo(4));
        });
    }

    [Test]
    public void Median_of_an_even_count_is_the_mean_of_the_two_middle_values()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Statistics.Median([1, 2, 4, 10]), Is.EqualTo(3));
            Assert.That(Statistics.Median([1, 2, 4]), Is.EqualTo(2));
        });
    }

    [Test]
    public void Most_frequent_value_breaks_ties_towards_the_smallest()
    {
        Assert.That(Statistics.MostFrequent([1, 2, 2, 3, 3]), Is.EqualTo(2));
    }

    [Test]
    public void Correlation_is_pearson_over_rows_where_both_are_present_and_nan_for_a_constant()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Statistics.Correlation([1, 2, 3, double.NaN], [2, 4, 6, 100]), Is.EqualTo(1).Within(1e-15));
            Assert.That(Statistics.Correlation([1, 2, 3], [3, 2, 1]), Is.EqualTo(-1).Within(1e-15));
            Assert.That(Statistics.Correlation([1, 2, 3], [5, 5, 5]), Is.NaN);
        });
    }
}
