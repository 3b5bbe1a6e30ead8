namespace Segmentation.Plots.Tests;

public sealed class ChartPaletteTests
{
    [Test]
    public void Segment_colours_cycle_through_the_eight_okabe_ito_colours()
    {
        Assert.That(ChartPalette.SegmentColor(0), Is.EqualTo("#0072B2"));
        Assert.That(ChartPalette.SegmentColor(8), Is.EqualTo(ChartPalette.SegmentColor(0)));
        Assert.That(ChartPalette.Categorical.Distinct().Count(), Is.EqualTo(8));
    }

    [TestCase(-1.0, "#2166AC")]
    [TestCase(0.0, "#F7F7F7")]
    [TestCase(1.0, "#B2182B")]
    [TestCase(5.0, "#B2182B")]
    [TestCase(0.125, "#FAE9DF")]
    [TestCase(double.NaN, "#DDDDDD")]
    public void Diverging_colours_interpolate_between_the_tol_stops_and_clamp(double value, string expected) =>
        Assert.That(ChartPalette.DivergingColor(value), Is.EqualTo(expected));
}
