using Segmentation.Clustering;
using Segmentation.Plots.Layout;
using Segmentation.Plots.Support;
using Segmentation.Plots.Svg;

namespace Segmentation.Plots;

public static partial class Charts
{
    private const string HistogramColor = "#56B4E9";
    private const int OverviewPanelsPerRow = 3;

    /// <summary>
    /// Histogram of one numeric column. Bins follow the Freedman-Diaconis rule (width 2 IQR / n^(1/3)), capped at
    /// <see cref="PlotDefaults.MaximumHistogramBins"/> (50), falling back to Sturges' rule when the IQR is 0. Missing values
    /// (NaN) are left out and counted in a note.
    /// </summary>
    /// <param name="values">The column's values; NaN is missing.</param>
    /// <param name="columnName">The column name, used as the x axis title.</param>
    /// <param name="unit">The unit shown after the name, or null.</param>
    /// <param name="options">Size and title; null for defaults.</param>
    /// <exception cref="ArgumentException"><paramref name="columnName"/> is empty.</exception>
    public static SvgChart Histogram(ReadOnlySpan<double> values, string columnName, string? unit = null, ChartOptions? options = null)
    {
        Guard.NotNullOrWhiteSpace(columnName);
        var canvas = new ChartCanvas(options ?? new ChartOptions(), $"Distribution of {columnName}", "histogram");
        var missing = CountMissing(values);
        if (missing > 0)
        {
            canvas.AddNote($"{ChartInputs.FormatCount(missing)} missing values not shown.");
        }

        var region = new Rect(0, canvas.ContentTop, canvas.Width, canvas.Height - canvas.ContentTop);
        DrawHistogram(canvas.Root, region, values, AxisTitle.Compose(columnName, unit), "Count", PlotDefaults.MaximumHistogramBins);
        return canvas.Finish();
    }

    /// <summary>
    /// Data overview: a histogram per column of <paramref name="data"/>, three panels per row, each titled with its column
    /// name and its missing count. Bins as in <see cref="Histogram"/>. Unless <paramref name="options"/> sets a height,
    /// the chart grows 230 px per row of panels.
    /// </summary>
    /// <param name="data">Rows x numeric columns; NaN is missing.</param>
    /// <param name="columnNames">One name per column.</param>
    /// <param name="options">Size and title; null for 800 px wide and 230 px per row of panels.</param>
    /// <exception cref="ArgumentException">The name count differs from the column count, or there are no columns.</exception>
    public static SvgChart Histograms(DenseMatrix data, IReadOnlyList<string> columnNames, ChartOptions? options = null)
    {
        Guard.NotNull(data);
        Guard.NotNull(columnNames);
        Guard.Positive(data.Columns, "data.Columns");
        ChartInputs.SameLength(data.Columns, columnNames.Count, "data.Columns", "columnNames.Count");
        var panelRows = (data.Columns + OverviewPanelsPerRow - 1) / OverviewPanelsPerRow;
        options ??= new ChartOptions { Height = 70 + (panelRows * 230) };
        var canvas = new ChartCanvas(options, "Distribution of each numeric column", "histograms");
        canvas.AddNote("Bins: Freedman-Diaconis rule, at most 50; missing values are left out.");
        var panelWidth = (canvas.Width - 8.0) / OverviewPanelsPerRow;
        var panelHeight = (canvas.Height - canvas.ContentTop) / (double)panelRows;
        for (var column = 0; column < data.Columns; column++)
        {
            var values = ChartInputs.Column(data, column);
            var missing = CountMissing(values);
            var left = 4 + (column % OverviewPanelsPerRow * panelWidth);
            var top = canvas.ContentTop + (column / OverviewPanelsPerRow * panelHeight);
            var panel = canvas.Root.Add("g").Set("data-panel", columnNames[column]);
            var title = missing > 0 ? $"{columnNames[column]} ({ChartInputs.FormatCount(missing)} missing)" : columnNames[column];
            panel.Add(ChartCanvas.Text(left + (panelWidth / 2), top + 10, TextMetrics.Fit(title, TextMetrics.AxisTitleFontSize, panelWidth - 8),
                TextMetrics.AxisTitleFontSize, "middle").Set("font-weight", "bold"));
            DrawHistogram(panel, new Rect(left, top + 14, panelWidth, panelHeight - 18), values, null, null, PlotDefaults.MaximumHistogramBins);
        }

        return canvas.Finish();
    }

    private static void DrawHistogram(SvgElement parent, Rect region, ReadOnlySpan<double> values, string? xTitle, string? yTitle, int maximumBins)
    {
        var bins = HistogramBins.Compute(values, maximumBins);
        var frame = XyFrame.Create(parent, region, (bins.Minimum, bins.Maximum), (0, Math.Max(bins.Counts.Max(), 1)), xTitle, yTitle, [], niceX: false, integerY: true);
        var baseline = frame.Y.Map(0);
        for (var bin = 0; bin < bins.BinCount; bin++)
        {
            var x0 = frame.X.Map(bins.Edge(bin));
            var x1 = frame.X.Map(bins.Edge(bin + 1));
            var y = frame.Y.Map(bins.Counts[bin]);
            var bar = frame.Marks.Add(Marks.Rectangle(x0, y, x1 - x0, baseline - y, HistogramColor)
                .Set("stroke", "#FFFFFF").Set("stroke-width", x1 - x0 > 4 ? 0.8 : 0)
                .Set("data-mark", "bin"));
            bar.Add("title").WithText($"[{CellFormat.Value(bins.Edge(bin))}, {CellFormat.Value(bins.Edge(bin + 1))}): {bins.Counts[bin]}");
        }
    }

    private static int CountMissing(ReadOnlySpan<double> values)
    {
        var missing = 0;
        foreach (var value in values)
        {
            if (!double.IsFinite(value))
            {
                missing++;
            }
        }

        return missing;
    }
}
