namespace Segmentation.Plots;

/// <summary>Options of <see cref="Charts.Scatter(Segmentation.Clustering.DenseMatrix, int, int, ReadOnlySpan{int}, Segmentation.Clustering.DenseMatrix?, ScatterChartOptions?)"/> and the PCA scatter.</summary>
public sealed class ScatterChartOptions : ChartOptions
{
    /// <summary>Gets the x axis title, or null for the chart's default ("x", a column name, "PC1 ...").</summary>
    public string? XTitle { get; init; }

    /// <summary>Gets the x axis unit shown in brackets after the title, or null for none.</summary>
    public string? XUnit { get; init; }

    /// <summary>Gets the y axis title, or null for the chart's default.</summary>
    public string? YTitle { get; init; }

    /// <summary>Gets the y axis unit shown in brackets after the title, or null for none.</summary>
    public string? YUnit { get; init; }

    /// <summary>Gets the segment names for the legend, one per segment; null gives "Segment 1", "Segment 2", ...</summary>
    public IReadOnlyList<string>? SegmentNames { get; init; }

    /// <summary>
    /// Gets the most points drawn. Default <see cref="PlotDefaults.MaximumScatterPoints"/> (5,000); above it a seeded
    /// uniform sample is drawn and the chart says "showing 5,000 of N points". At least 1.
    /// </summary>
    public int MaximumPoints { get; init; } = PlotDefaults.MaximumScatterPoints;

    /// <summary>Gets the seed of the sample drawn above <see cref="MaximumPoints"/>. Default <see cref="PlotDefaults.Seed"/> (42).</summary>
    public int Seed { get; init; } = PlotDefaults.Seed;
}
