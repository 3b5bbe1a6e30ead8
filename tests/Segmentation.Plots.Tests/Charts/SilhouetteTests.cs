using System.Globalization;
using Segmentation.Plots.Tests.Support;

namespace Segmentation.Plots.Tests.Charts;

public sealed class SilhouetteTests
{
    [Test]
    public void There_is_one_bar_per_sample_and_a_dashed_mean_line()
    {
        var values = Gallery.SampleSilhouettes();

        var chart = Plots.Charts.Silhouette(values, Samples.Labels, Samples.SegmentNames);
        var mean = ChartXml.Marks(chart, "mean").Single();

        Assert.Multiple(() =>
        {
            Assert.That(ChartXml.Marks(chart, "bar"), Has.Count.EqualTo(12));
            Assert.That((string?)mean.Attribute("stroke-dasharray"), Is.Not.Null);
            Assert.That(ChartXml.Texts(chart), Does.Contain(string.Create(CultureInfo.InvariantCulture, $"mean {values.Average():0.000}")));
        });
    }

    [Test]
    public void Bars_are_sorted_from_longest_to_shortest_within_each_segment()
    {
        var chart = Plots.Charts.Silhouette([0.1, 0.5, 0.3, 0.9, 0.2], [0, 0, 0, 1, 1]);

        var widths = ChartXml.Marks(chart, "bar")
            .Where(bar => (string?)bar.Attribute("data-segment") == "0")
            .Select(bar => double.Parse((string)bar.Attribute("width")!, CultureInfo.InvariantCulture))
            .ToArray();

        Assert.That(widths, Is.Ordered.Descending);
        Assert.That(widths, Has.Length.EqualTo(3));
    }

    [Test]
    public void Many_samples_are_sampled_and_the_chart_says_so()
    {
        var values = Enumerable.Range(0, 6_000).Select(i => (i % 100) / 100.0).ToArray();
        var labels = Enumerable.Range(0, 6_000).Select(i => i % 3).ToArray();

        var chart = Plots.Charts.Silhouette(values, labels);

        Assert.That(ChartXml.Marks(chart, "bar"), Has.Count.EqualTo(5_000));
        Assert.That(ChartXml.Texts(chart), Has.Some.StartsWith("Showing 5,000 of 6,000 samples"));
    }

    [Test]
    public void A_value_outside_minus_one_to_one_is_rejected()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => Plots.Charts.Silhouette([0.2, 1.5], [0, 1]));

        Assert.That(exception!.Message, Does.StartWith("silhouetteValues[1]=1.5 must be between -1 and 1."));
    }
}
