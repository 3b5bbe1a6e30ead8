using System.Globalization;
using Segmentation.Plots.Layout;
using Segmentation.Plots.Support;

namespace Segmentation.Plots;

public static partial class Charts
{
    /// <summary>
    /// Silhouette plot: one horizontal bar per sample, sorted from highest to lowest within each segment, segments stacked
    /// with a gap, and the mean silhouette as a dashed vertical line. Above <paramref name="maximumBars"/> samples a
    /// seeded uniform sample is drawn (the mean still uses every sample) and the chart says so.
    /// </summary>
    /// <param name="silhouetteValues">Silhouette coefficient of each sample, in [-1, 1].</param>
    /// <param name="labels">Segment of each sample.</param>
    /// <param name="segmentNames">Segment names, or null for "Segment 1", ...</param>
    /// <param name="options">Size and title; null for defaults.</param>
    /// <param name="maximumBars">Most bars drawn. Default <see cref="PlotDefaults.MaximumScatterPoints"/> (5,000).</param>
    /// <param name="seed">Seed of the sample above the maximum. Default <see cref="PlotDefaults.Seed"/> (42).</param>
    /// <exception cref="ArgumentException">Lengths disagree, a label is negative, or a value is outside [-1, 1].</exception>
    public static SvgChart Silhouette(
        ReadOnlySpan<double> silhouetteValues, ReadOnlySpan<int> labels, IReadOnlyList<string>? segmentNames = null,
        ChartOptions? options = null, int maximumBars = PlotDefaults.MaximumScatterPoints, int seed = PlotDefaults.Seed)
    {
        ChartInputs.SameLength(silhouetteValues.Length, labels.Length, nameof(silhouetteValues), nameof(labels));
        Guard.Positive(silhouetteValues.Length, "silhouetteValues.Length");
        Guard.Positive(maximumBars);
        for (var i = 0; i < silhouetteValues.Length; i++)
        {
            Guard.InRange(silhouetteValues[i], -1, 1, $"silhouetteValues[{i}]");
        }

        var segmentCount = ChartInputs.SegmentCount(labels, segmentNames);
        var names = ChartInputs.SegmentNames(segmentNames, segmentCount);
        var mean = 0.0;
        foreach (var value in silhouetteValues)
        {
            mean += value;
        }

        mean /= silhouetteValues.Length;
        var canvas = new ChartCanvas(options ?? new ChartOptions(), "Silhouette of each sample by segment", "silhouette");
        var rows = PointSampler.Sample(silhouetteValues.Length, maximumBars, seed);
        if (rows.Length < silhouetteValues.Length)
        {
            canvas.AddNote($"Showing {ChartInputs.FormatCount(rows.Length)} of {ChartInputs.FormatCount(silhouetteValues.Length)} samples " +
                           $"(seeded uniform sample, seed {seed}); the mean uses all samples.");
        }

        var bySegment = new List<double>[segmentCount];
        for (var segment = 0; segment < segmentCount; segment++)
        {
            bySegment[segment] = [];
        }

        foreach (var row in rows)
        {
            bySegment[labels[row]].Add(silhouetteValues[row]);
        }

        foreach (var list in bySegment)
        {
            list.Sort((a, b) => b.CompareTo(a));
        }

        var labelWidth = Axes.LabelColumnWidth(names, 150);
        var top = canvas.ContentTop + 14;
        var bottom = canvas.Height - 52.0;
        var left = 30 + labelWidth + 12;
        var right = canvas.Width - 24.0;
        var (minimum, _) = ChartInputs.Range(silhouetteValues);
        var x = ScaleFactory.Horizontal(Math.Min(minimum, -0.1), 1, left, right);
        var area = new Rect(left, top, right - left, bottom - top);

        // Each segment gets height in proportion to its samples, plus a fixed gap between segments.
        var gap = Math.Min(12, area.Height * 0.2 / Math.Max(segmentCount, 1));
        var barHeight = (area.Height - (gap * (segmentCount - 1))) / Math.Max(rows.Length, 1);
        Axes.Bottom(canvas.Root, x, area, "Silhouette coefficient");
        var marks = canvas.Root.Add("g").Set("data-marks", "true");
        var zero = x.Map(0);
        var y = top;
        var bandLabels = canvas.Root.Add("g").Set("data-axis", "y");
        for (var segment = 0; segment < segmentCount; segment++)
        {
            var values = bySegment[segment];
            var color = ChartPalette.SegmentColor(segment);
            var segmentTop = y;
            foreach (var value in values)
            {
                var end = x.Map(value);
                // Thin bars overlap slightly so that anti-aliasing leaves no white hairlines between them.
                var height = barHeight < 3 ? barHeight + 0.4 : barHeight - 0.5;
                marks.Add(Marks.Rectangle(Math.Min(zero, end), y, Math.Abs(end - zero), Math.Max(height, 0.01), color)
                    .Set("data-mark", "bar")
                    .Set("data-segment", segment));
                y += barHeight;
            }

            if (values.Count > 0)
            {
                bandLabels.Add(ChartCanvas.Text(left - 8, ((segmentTop + y) / 2) + 4,
                    TextMetrics.Fit(names[segment], TextMetrics.TickFontSize, labelWidth), TextMetrics.TickFontSize, "end"));
            }

            y += gap;
        }

        bandLabels.Add(Axes.Line(zero, top, zero, bottom, ChartCanvas.AxisColor));
        var meanX = x.Map(mean);
        canvas.Root.Add(Axes.Line(meanX, top - 2, meanX, bottom, "#D55E00", 2).Set("stroke-dasharray", "6 4").Set("data-mark", "mean"));
        canvas.Root.Add(ChartCanvas.Text(meanX, top - 8, string.Create(CultureInfo.InvariantCulture, $"mean {mean:0.000}"),
            TextMetrics.TickFontSize, "middle").Set("fill", "#D55E00").Set("font-weight", "bold"));
        canvas.Root.Add(ChartCanvas.Text(16, area.CenterY, "Segment", TextMetrics.AxisTitleFontSize, "middle")
            .Set("transform", $"rotate(-90 16 {Svg.SvgNumber.Format(area.CenterY)})"));
        return canvas.Finish();
    }
}
