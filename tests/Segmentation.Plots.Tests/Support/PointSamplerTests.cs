using Segmentation.Plots.Support;

namespace Segmentation.Plots.Tests.Support;

public sealed class PointSamplerTests
{
    [Test]
    public void Up_to_the_maximum_every_row_is_kept_in_order()
    {
        Assert.That(PointSampler.Sample(5, 5, 42), Is.EqualTo(new[] { 0, 1, 2, 3, 4 }));
    }

    [Test]
    public void Above_the_maximum_the_sample_is_distinct_sorted_and_the_same_for_the_same_seed()
    {
        var sample = PointSampler.Sample(541_909, 5_000, 42);

        Assert.Multiple(() =>
        {
            Assert.That(sample, Has.Length.EqualTo(5_000));
            Assert.That(sample, Is.Ordered.Ascending);
            Assert.That(sample.Distinct().Count(), Is.EqualTo(5_000));
            Assert.That(sample, Has.All.InRange(0, 541_908));
            Assert.That(PointSampler.Sample(541_909, 5_000, 42), Is.EqualTo(sample));
            Assert.That(PointSampler.Sample(541_909, 5_000, 7), Is.Not.EqualTo(sample));
        });
    }

    [Test]
    public void The_sample_is_spread_over_the_whole_range()
    {
        var sample = PointSampler.Sample(100_000, 10_000, 42);

        var firstHalf = sample.Count(row => row < 50_000);

        Assert.That(firstHalf, Is.InRange(4_700, 5_300));
    }
}
