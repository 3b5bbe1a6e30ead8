namespace Segmentation.Plots;

/// <summary>
/// Defaults of the chart layer, in one place; option XML docs quote the same values. (A partial
/// <see cref="Segmentation.Defaults"/> cannot span assemblies, so the plots package keeps its own class.)
/// </summary>
public static class PlotDefaults
{
    /// <summary>Chart width in pixels: 800, readable on a laptop screen and on an A4 page.</summary>
    public const int ChartWidth = 800;

    /// <summary>Chart height in pixels: 520.</summary>
    public const int ChartHeight = 520;

    /// <summary>
    /// Most points a scatter draws: 5,000. Above it a scatter draws a seeded uniform sample of this many points and
    /// says so on the chart ("showing 5,000 of 541,909 points"); centroids always use all points.
    /// </summary>
    public const int MaximumScatterPoints = 5_000;

    /// <summary>The most histogram bins the Freedman-Diaconis rule may choose: 50.</summary>
    public const int MaximumHistogramBins = 50;

    /// <summary>The seed for sampling large scatters: 42 (same as <see cref="Segmentation.Defaults.Seed"/>).</summary>
    public const int Seed = Segmentation.Defaults.Seed;
}
