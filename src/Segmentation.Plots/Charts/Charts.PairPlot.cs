using Segmentation.Clustering;
using Segmentation.Plots.Layout;
using Segmentation.Plots.Scales;
using Segmentation.Plots.Support;

namespace Segmentation.Plots;

public static partial class Charts
{
    /// <summary>
    /// Pair plot: a scatter matrix of every pair of features coloured by segment, with per-segment histograms
    /// (shared Freedman-Diaconis bins, at most 20) on the diagonal. Tick labels sit on the left column and bottom row.
    /// Above <see cref="ScatterChartOptions.MaximumPoints"/> rows every panel draws the same seeded sample.
    /// Best with up to six features; unless <paramref name="options"/> is given the chart is 800 x 800 px.
    /// </summary>
    /// <param name="data">Rows x features.</param>
    /// <param name="featureNames">One name per feature.</param>
    /// <param name="labels">Segment of each row.</param>
    /// <param name="options">Names, size and sampling (axis titles and units are not used); null for 800 x 800 px.</param>
    /// <exception cref="ArgumentException">Counts disagree, fewer than 2 features, or a label is negative.</exception>
    /// <exception cref="SegmentationDataException">A value is NaN or infinite.</exception>
    public static SvgChart PairPlot(DenseMatrix data, IReadOnlyList<string> featureNames, ReadOnlySpan<int> labels, ScatterChartOptions? options = null)
    {
        Guard.NotNull(data);
        Guard.NotNull(featureNames);
        Guard.AtLeast(data.Columns, 2, "data.Columns");
        ChartInputs.SameLength(data.Columns, featureNames.Count, "data.Columns", "featureNames.Count");
        ChartInputs.SameLength(data.Rows, labels.Length, "data.Rows", nameof(labels));
        options ??= new ScatterChartOptions { Height = 800 };
        Guard.Positive(options.MaximumPoints, nameof(options.MaximumPoints));
        var features = data.Columns;
        var columns = new double[features][];
        for (var feature = 0; feature < features; feature++)
        {
            columns[feature] = ChartInputs.Column(data, feature);
            ChartInputs.Finite(columns[feature], featureNames[feature]);
        }

        var segmentCount = ChartInputs.SegmentCount(labels, options.SegmentNames);
        var names = ChartInputs.SegmentNames(options.SegmentNames, segmentCount);
        var canvas = new ChartCanvas(options, "Pairs of features by segment", "pair-plot");
        var rows = PointSampler.Sample(data.Rows, options.MaximumPoints, options.Seed);
        if (rows.Length < data.Rows)
        {
            canvas.AddNote($"Showing {ChartInputs.FormatCount(rows.Length)} of {ChartInputs.FormatCount(data.Rows)} points per panel " +
                           $"(seeded uniform sample, seed {options.Seed}); histograms use all points.");
        }

        var legend = names.Select((name, i) => new LegendEntry(name, ChartPalette.SegmentColor(i), LegendSymbol.Square)).ToList();
        const double Gap = 24;
        var top = canvas.ContentTop + 6;
        var bottom = canvas.Height - 50.0;
        var panelHeight = (bottom - top - (Gap * (features - 1))) / features;
        var ranges = columns.Select(column => ChartInputs.Range(column)).ToArray();
        var yScales = new IScale[features];
        for (var feature = 0; feature < features; feature++)
        {
            var panelBottom = top + ((feature + 1) * panelHeight) + (feature * Gap);
            yScales[feature] = new LinearScale(ranges[feature].Minimum, ranges[feature].Maximum, panelBottom, panelBottom - panelHeight,
                Math.Max(2, (int)(panelHeight / 40)));
        }

        var left = 30 + yScales.Max(ScaleFactory.WidestLabel) + 10;
        var right = canvas.Width - Legend.Width(legend) - 8;
        var panelWidth = (right - left - (Gap * (features - 1))) / features;
        var xScales = new IScale[features];
        for (var feature = 0; feature < features; feature++)
        {
            var panelLeft = left + (feature * (panelWidth + Gap));
            xScales[feature] = ScaleFactory.Horizontal(ranges[feature].Minimum, ranges[feature].Maximum, panelLeft, panelLeft + panelWidth);
        }

        var radius = rows.Length <= 300 ? 2.5 : 1.6;
        for (var row = 0; row < features; row++)
        {
            for (var column = 0; column < features; column++)
            {
                var area = new Rect(left + (column * (panelWidth + Gap)), top + (row * (panelHeight + Gap)), panelWidth, panelHeight);
                var panel = canvas.Root.Add("g").Set("data-panel", $"{row},{column}");
                panel.Add(Marks.Rectangle(area.X, area.Y, area.Width, area.Height, "#FFFFFF").Set("stroke", ChartCanvas.GridColor));
                if (column == 0)
                {
                    Axes.Left(panel, yScales[row], area, featureNames[row], grid: row != column);
                }

                if (row == features - 1)
                {
                    Axes.Bottom(panel, xScales[column], area, featureNames[column], grid: row != column);
                }

                if (row == column)
                {
                    DrawSegmentHistograms(panel, area, xScales[column], columns[column], labels, segmentCount);
                    panel.Add(ChartCanvas.Text(area.X + 6, area.Y + 14, TextMetrics.Fit(featureNames[row], TextMetrics.TickFontSize, area.Width - 12),
                        TextMetrics.TickFontSize, "start").Set("font-weight", "bold"));
                    continue;
                }

                foreach (var index in rows)
                {
                    panel.Add(Marks.Circle(xScales[column].Map(columns[column][index]), yScales[row].Map(columns[row][index]), radius,
                            ChartPalette.SegmentColor(labels[index]))
                        .Set("fill-opacity", 0.7)
                        .Set("data-mark", "point")
                        .Set("data-segment", labels[index]));
                }
            }
        }

        Legend.Draw(canvas.Root, legend, right + 4, top + 10);
        return canvas.Finish();
    }

    private static void DrawSegmentHistograms(
        Svg.SvgElement panel, Rect area, IScale x, double[] values, ReadOnlySpan<int> labels, int segmentCount)
    {
        var binCount = HistogramBins.ChooseBinCount(values, 20);
        var (minimum, maximum) = ChartInputs.Range(values);
        var perSegment = new HistogramBins[segmentCount];
        var segmentValues = new List<double>[segmentCount];
        for (var segment = 0; segment < segmentCount; segment++)
        {
            segmentValues[segment] = [];
        }

        for (var row = 0; row < values.Length; row++)
        {
            segmentValues[labels[row]].Add(values[row]);
        }

        var highest = 1;
        for (var segment = 0; segment < segmentCount; segment++)
        {
            perSegment[segment] = HistogramBins.Compute(segmentValues[segment].ToArray(), binCount, minimum, maximum);
            highest = Math.Max(highest, perSegment[segment].Counts.Max());
        }

        var y = new LinearScale(0, highest, area.Bottom, area.Y + 18, 2, nice: false);
        for (var segment = 0; segment < segmentCount; segment++)
        {
            var bins = perSegment[segment];
            var outline = new List<(double X, double Y)> { (x.Map(bins.Edge(0)), y.Map(0)) };
            for (var bin = 0; bin < bins.BinCount; bin++)
            {
                outline.Add((x.Map(bins.Edge(bin)), y.Map(bins.Counts[bin])));
                outline.Add((x.Map(bins.Edge(bin + 1)), y.Map(bins.Counts[bin])));
            }

            outline.Add((x.Map(bins.Edge(bins.BinCount)), y.Map(0)));
            var color = ChartPalette.SegmentColor(segment);
            panel.Add(Marks.Polyline(outline, color, 2)
                .Set("fill", color)
                .Set("fill-opacity", 0.12)
                .Set("data-mark", "histogram")
                .Set("data-segment", segment));
        }
    }
}
