using Segmentation.Clustering;
using Segmentation.Plots.Support;
using Segmentation.Plots.Layout;

namespace Segmentation.Plots;

public static partial class Charts
{
    /// <summary>
    /// Scatter of two columns of <paramref name="data"/>, one colour per segment, centroids as outlined diamonds,
    /// segment names in the legend. Above <see cref="ScatterChartOptions.MaximumPoints"/> rows a seeded sample is drawn.
    /// </summary>
    /// <param name="data">Rows x features, in whatever units the axes should show.</param>
    /// <param name="xColumn">Zero-based column for the x axis.</param>
    /// <param name="yColumn">Zero-based column for the y axis.</param>
    /// <param name="labels">Segment of each row (zero-based); one per row.</param>
    /// <param name="centroids">Segment centres, one row per segment with the same columns as <paramref name="data"/>; null draws none.</param>
    /// <param name="options">Titles, units, names, size, sampling; null for defaults (axis titles "x" and "y").</param>
    /// <exception cref="ArgumentException">Lengths disagree, a label is negative, or a column is out of range.</exception>
    /// <exception cref="SegmentationDataException">A plotted value is NaN or infinite.</exception>
    public static SvgChart Scatter(
        DenseMatrix data, int xColumn, int yColumn, ReadOnlySpan<int> labels, DenseMatrix? centroids = null, ScatterChartOptions? options = null)
    {
        Guard.NotNull(data);
        var x = ChartInputs.Column(data, xColumn);
        var y = ChartInputs.Column(data, yColumn);
        double[]? centroidX = null;
        double[]? centroidY = null;
        if (centroids is not null)
        {
            ChartInputs.SameLength(data.Columns, centroids.Columns, "data.Columns", "centroids.Columns");
            centroidX = ChartInputs.Column(centroids, xColumn);
            centroidY = ChartInputs.Column(centroids, yColumn);
        }

        return ScatterCore(x, y, labels, centroidX, centroidY, options ?? new ScatterChartOptions(), "x", "y", "Segments", "scatter");
    }

    /// <summary>
    /// Scatter of points already projected on two principal components (columns 0 and 1 of <paramref name="projection"/>),
    /// with the explained variance in the axis titles, e.g. "PC1 (44.3% of variance)".
    /// </summary>
    /// <param name="projection">Rows x at least 2 components.</param>
    /// <param name="explainedVarianceRatio">Share of variance of each component, at least 2 values in [0, 1].</param>
    /// <param name="labels">Segment of each row.</param>
    /// <param name="centroids">Projected segment centres (one row per segment, same components), or null.</param>
    /// <param name="options">Names, size, sampling; axis titles default to the variance titles.</param>
    /// <exception cref="ArgumentException">Fewer than 2 components or ratios, a ratio outside [0, 1], or lengths disagree.</exception>
    /// <exception cref="SegmentationDataException">A projected value is NaN or infinite.</exception>
    public static SvgChart PcaScatter(
        DenseMatrix projection, ReadOnlySpan<double> explainedVarianceRatio, ReadOnlySpan<int> labels,
        DenseMatrix? centroids = null, ScatterChartOptions? options = null)
    {
        Guard.NotNull(projection);
        Guard.AtLeast(projection.Columns, 2, "projection.Columns");
        Guard.AtLeast(explainedVarianceRatio.Length, 2, "explainedVarianceRatio.Length");
        for (var i = 0; i < 2; i++)
        {
            Guard.InRange(explainedVarianceRatio[i], 0, 1, $"explainedVarianceRatio[{i}]");
        }

        options ??= new ScatterChartOptions();
        var x = ChartInputs.Column(projection, 0);
        var y = ChartInputs.Column(projection, 1);
        var centroidX = centroids is null ? null : ChartInputs.Column(centroids, 0);
        var centroidY = centroids is null ? null : ChartInputs.Column(centroids, 1);
        var xTitle = VarianceTitle(1, explainedVarianceRatio[0]);
        var yTitle = VarianceTitle(2, explainedVarianceRatio[1]);
        var shared = explainedVarianceRatio[0] + explainedVarianceRatio[1];
        var title = string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"Segments on the first two principal components ({shared * 100:0.0}% of variance)");
        return ScatterCore(x, y, labels, centroidX, centroidY, options, xTitle, yTitle, title, "pca-scatter");
    }

    private static string VarianceTitle(int component, double ratio) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"PC{component} ({ratio * 100:0.0}% of variance)");

    private static SvgChart ScatterCore(
        double[] x, double[] y, ReadOnlySpan<int> labels, double[]? centroidX, double[]? centroidY,
        ScatterChartOptions options, string defaultXTitle, string defaultYTitle, string defaultTitle, string kind)
    {
        ChartInputs.SameLength(x.Length, labels.Length, "data.Rows", nameof(labels));
        Guard.Positive(options.MaximumPoints, nameof(options.MaximumPoints));
        var xTitle = AxisTitle.Compose(options.XTitle ?? defaultXTitle, options.XUnit);
        var yTitle = AxisTitle.Compose(options.YTitle ?? defaultYTitle, options.YUnit);
        ChartInputs.Finite(x, xTitle);
        ChartInputs.Finite(y, yTitle);
        var segmentCount = ChartInputs.SegmentCount(labels, options.SegmentNames);
        if (centroidX is not null && centroidX.Length < segmentCount)
        {
            throw new ArgumentException($"centroids.Rows={centroidX.Length} must be >= segments={segmentCount}.", "centroids");
        }

        var names = ChartInputs.SegmentNames(options.SegmentNames, segmentCount);
        var canvas = new ChartCanvas(options, defaultTitle, kind);
        var rows = PointSampler.Sample(x.Length, options.MaximumPoints, options.Seed);
        if (rows.Length < x.Length)
        {
            canvas.AddNote($"Showing {ChartInputs.FormatCount(rows.Length)} of {ChartInputs.FormatCount(x.Length)} points " +
                           $"(seeded uniform sample, seed {options.Seed}); axes and centroids use all points.");
        }

        var legend = names.Select((name, i) => new LegendEntry(name, ChartPalette.SegmentColor(i), LegendSymbol.Circle)).ToList();
        if (centroidX is not null)
        {
            legend.Add(new LegendEntry("Centroid", "#BBBBBB", LegendSymbol.Diamond));
        }

        var xRange = Pad(Union(ChartInputs.Range(x), centroidX));
        var yRange = Pad(Union(ChartInputs.Range(y), centroidY));
        var region = new Rect(0, canvas.ContentTop, canvas.Width, canvas.Height - canvas.ContentTop);
        var frame = XyFrame.Create(canvas.Root, region, xRange, yRange, xTitle, yTitle, legend);
        var radius = rows.Length <= 300 ? 4 : rows.Length <= 2_000 ? 3 : 2;
        foreach (var row in rows)
        {
            frame.Marks.Add(Marks.Circle(frame.X.Map(x[row]), frame.Y.Map(y[row]), radius, ChartPalette.SegmentColor(labels[row]))
                .Set("fill-opacity", 0.7)
                .Set("data-mark", "point")
                .Set("data-segment", labels[row]));
        }

        if (centroidX is not null && centroidY is not null)
        {
            for (var segment = 0; segment < segmentCount; segment++)
            {
                var marker = frame.Marks.Add(Marks.Diamond(frame.X.Map(centroidX[segment]), frame.Y.Map(centroidY[segment]), 8,
                        ChartPalette.SegmentColor(segment))
                    .Set("data-mark", "centroid")
                    .Set("data-segment", segment));
                marker.Add("title").WithText($"Centroid of {names[segment]}");
            }
        }

        return canvas.Finish();
    }

    /// <summary>
    /// Widens a range by 2% each side so that points at the extremes do not sit on the axis lines, without
    /// crossing zero: an axis of non-negative data (scores, amounts) never shows negative ticks.
    /// </summary>
    private static (double Minimum, double Maximum) Pad((double Minimum, double Maximum) range)
    {
        var margin = (range.Maximum - range.Minimum) * 0.02;
        var minimum = range.Minimum >= 0 ? Math.Max(0, range.Minimum - margin) : range.Minimum - margin;
        var maximum = range.Maximum <= 0 ? Math.Min(0, range.Maximum + margin) : range.Maximum + margin;
        return (minimum, maximum);
    }

    private static (double Minimum, double Maximum) Union((double Minimum, double Maximum) range, double[]? extra)
    {
        if (extra is null)
        {
            return range;
        }

        var (minimum, maximum) = ChartInputs.Range(extra);
        return (Math.Min(range.Minimum, minimum), Math.Max(range.Maximum, maximum));
    }
}
