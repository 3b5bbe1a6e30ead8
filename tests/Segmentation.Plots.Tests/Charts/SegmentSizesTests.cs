using Segmentation.Plots.Tests.Support;

namespace Segmentation.Plots.Tests.Charts;

public sealed class SegmentSizesTests
{
    [Test]
    public void There_is_one_bar_per_segment_labelled_with_count_and_share()
    {
        var chart = Plots.Charts.SegmentSizes([120, 60, 20], ["Big", "Middle", "Small"]);

        Assert.That(ChartXml.Marks(chart, "bar"), Has.Count.EqualTo(3));
        Assert.That(ChartXml.Texts(chart), Does.Contain("120 (60.0%)").And.Contain("20 (10.0%)").And.Contain("Small"));
    }

    [Test]
    public void A_negative_size_is_rejected()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => Plots.Charts.SegmentSizes([3, -1]));

        Assert.That(exception!.Message, Does.StartWith("sizes[1]=-1 must be >= 0."));
    }
}
