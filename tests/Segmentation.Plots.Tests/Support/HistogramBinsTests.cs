using Segmentation.Plots.Support;

namespace Segmentation.Plots.Tests.Support;

public sealed class HistogramBinsTests
{
    [Test]
    public void Freedman_Diaconis_chooses_the_bin_count_from_the_interquartile_range()
    {
        // 0..99: IQR = 74.25 - 24.75 = 49.5, width = 2 * 49.5 / 100^(1/3) = 21.33, range 99 -> ceil(4.64) = 5 bins.
        var values = Enumerable.Range(0, 100).Select(i => (double)i).ToArray();

        Assert.That(HistogramBins.ChooseBinCount(values, 50), Is.EqualTo(5));
    }

    [Test]
    public void A_zero_interquartile_range_falls_back_to_sturges()
    {
        // 20 values, 18 of them equal: IQR = 0, Sturges = ceil(log2 20) + 1 = 6.
        var values = Enumerable.Repeat(5.0, 18).Append(1).Append(9).ToArray();

        Assert.That(HistogramBins.ChooseBinCount(values, 50), Is.EqualTo(6));
    }

    [Test]
    public void The_bin_count_is_capped()
    {
        var values = Enumerable.Range(0, 100_000).Select(i => Math.Pow(i, 3)).ToArray();

        Assert.That(HistogramBins.ChooseBinCount(values, 50), Is.EqualTo(50));
    }

    [Test]
    public void Every_finite_value_is_counted_once_and_the_maximum_lands_in_the_last_bin()
    {
        var bins = HistogramBins.Compute([0, 1, 2, 3, 4, double.NaN, 10], 5, 0, 10);

        Assert.That(bins.Counts, Is.EqualTo(new[] { 2, 2, 1, 0, 1 }));
    }

    [Test]
    public void A_constant_column_has_one_bin_holding_every_value()
    {
        var bins = HistogramBins.Compute([3, 3, 3], 50);

        Assert.That(bins.Counts, Is.EqualTo(new[] { 3 }));
    }
}
