using System.Globalization;
using Segmentation.Plots.Scales;
using Segmentation.Plots.Svg;

namespace Segmentation.Plots.Layout;

/// <summary>
/// Draws a labelled heatmap: row labels left, column labels below (rotated when long), a diverging colour per cell,
/// the cell's text centred in it (white on dark cells), and a stepped colour bar on the right.
/// </summary>
internal static class Heatmap
{
    /// <param name="canvas">The chart to draw on.</param>
    /// <param name="rowLabels">Labels of the rows, top to bottom.</param>
    /// <param name="columnLabels">Labels of the columns, left to right.</param>
    /// <param name="colorValues">Row-major values in [-1, 1] for the colour (NaN for grey).</param>
    /// <param name="cellTexts">Row-major cell labels.</param>
    /// <param name="cellTooltips">Row-major tooltips.</param>
    /// <param name="colorBarLimit">The value the colour bar labels at its ends (+limit and -limit).</param>
    /// <param name="colorBarTitle">The colour bar's title.</param>
    public static void Draw(
        ChartCanvas canvas, IReadOnlyList<string> rowLabels, IReadOnlyList<string> columnLabels, double[] colorValues,
        string[] cellTexts, string[] cellTooltips, double colorBarLimit, string colorBarTitle)
    {
        var labelWidth = Axes.LabelColumnWidth(rowLabels, 170);
        var right = canvas.Width - 90.0;
        var top = canvas.ContentTop + 8;
        var provisional = new BandScale(columnLabels, 16 + labelWidth + 10, right, 0.04);

        // A rotated first column label must not run off the left edge when the row labels are short.
        var left = Math.Max(16 + labelWidth + 10, 8 + Axes.RotatedLabelOverhang(provisional) - (provisional.BandWidth / 2));
        provisional = new BandScale(columnLabels, left, right, 0.04);
        var bottom = canvas.Height - Axes.BottomBandsHeight(provisional) - 4;
        var area = new Rect(left, top, right - left, bottom - top);
        var columns = new BandScale(columnLabels, area.X, area.Right, 0.04);
        var rows = new BandScale(rowLabels, area.Y, area.Bottom, 0.06);

        Axes.LeftBands(canvas.Root, rows, area, null, labelWidth);
        Axes.BottomBands(canvas.Root, columns, area, null);
        var marks = canvas.Root.Add("g").Set("data-marks", "true");
        var fontSize = Math.Clamp(Math.Min(rows.BandWidth * 0.4, columns.BandWidth / 5), 8, 13);
        for (var row = 0; row < rowLabels.Count; row++)
        {
            for (var column = 0; column < columnLabels.Count; column++)
            {
                var index = (row * columnLabels.Count) + column;
                var value = colorValues[index];
                var cell = marks.Add(Marks.Rectangle(columns.Start(column), rows.Start(row), columns.BandWidth, rows.BandWidth,
                        ChartPalette.DivergingColor(value))
                    .Set("data-mark", "cell")
                    .Set("data-row", row)
                    .Set("data-column", column));
                cell.Add("title").WithText(cellTooltips[index]);
                if (TextMetrics.Width(cellTexts[index], fontSize) < columns.BandWidth - 4 && fontSize < rows.BandWidth)
                {
                    marks.Add(ChartCanvas.Text(columns.Center(column), rows.Center(row) + (fontSize * 0.35), cellTexts[index], fontSize, "middle")
                        .Set("fill", ChartPalette.NeedsLightText(value) ? "#FFFFFF" : "#222222"));
                }
            }
        }

        DrawColorBar(canvas.Root, new Rect(area.Right + 24, area.Y, 14, Math.Min(area.Height, 220)), colorBarLimit, colorBarTitle);
    }

    private static void DrawColorBar(SvgElement parent, Rect bar, double limit, string title)
    {
        const int Steps = 40;
        var group = parent.Add("g").Set("data-legend", "color-bar");
        var step = bar.Height / Steps;
        for (var i = 0; i < Steps; i++)
        {
            var value = 1 - ((i + 0.5) / Steps * 2);
            group.Add(Marks.Rectangle(bar.X, bar.Y + (i * step), bar.Width, step + 0.3, ChartPalette.DivergingColor(value)));
        }

        foreach (var (fraction, value) in new[] { (0.0, limit), (0.5, 0.0), (1.0, -limit) })
        {
            var y = bar.Y + (fraction * bar.Height);
            group.Add(Axes.Line(bar.Right, y, bar.Right + 4, y, ChartCanvas.AxisColor));
            group.Add(ChartCanvas.Text(bar.Right + 6, y + 4, CellFormat(value), TextMetrics.TickFontSize, "start"));
        }

        var titleX = bar.X - 6;
        group.Add(ChartCanvas.Text(titleX, bar.CenterY, title, TextMetrics.TickFontSize, "middle")
            .Set("transform", $"rotate(-90 {SvgNumber.Format(titleX)} {SvgNumber.Format(bar.CenterY)})")
            .Set("fill", ChartCanvas.MutedTextColor));
    }

    private static string CellFormat(double value) =>
        value > 0 ? "+" + value.ToString("0.#", CultureInfo.InvariantCulture) : value.ToString("0.#", CultureInfo.InvariantCulture);
}
