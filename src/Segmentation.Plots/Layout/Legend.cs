using Segmentation.Plots.Svg;

namespace Segmentation.Plots.Layout;

/// <summary>The symbol a legend entry shows.</summary>
internal enum LegendSymbol
{
    Circle,
    Diamond,
    Square,
    Line,
    DashedLine,
}

/// <summary>One legend entry.</summary>
internal readonly record struct LegendEntry(string Label, string Color, LegendSymbol Symbol);

/// <summary>A vertical legend right of the plot area; long labels are shortened with an ellipsis (full text in a tooltip).</summary>
internal static class Legend
{
    private const double RowHeight = 20;
    private const double MaximumLabelWidth = 170;

    /// <summary>The width the legend needs, including its left gap.</summary>
    public static double Width(IReadOnlyList<LegendEntry> entries) =>
        entries.Count == 0
            ? 0
            : 40 + Math.Min(entries.Max(entry => TextMetrics.Width(entry.Label, TextMetrics.TickFontSize)), MaximumLabelWidth);

    public static void Draw(SvgElement parent, IReadOnlyList<LegendEntry> entries, double x, double y)
    {
        var group = parent.Add("g").Set("data-legend", "true");
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var rowY = y + (i * RowHeight);
            var symbolX = x + 16;
            switch (entry.Symbol)
            {
                case LegendSymbol.Circle:
                    group.Add(Marks.Circle(symbolX, rowY, 5, entry.Color));
                    break;
                case LegendSymbol.Diamond:
                    group.Add(Marks.Diamond(symbolX, rowY, 7, entry.Color));
                    break;
                case LegendSymbol.Square:
                    group.Add(new SvgElement("rect").Set("x", symbolX - 6).Set("y", rowY - 6).Set("width", 12).Set("height", 12).Set("fill", entry.Color));
                    break;
                default:
                    var line = group.Add(Axes.Line(symbolX - 9, rowY, symbolX + 9, rowY, entry.Color, 2));
                    if (entry.Symbol == LegendSymbol.DashedLine)
                    {
                        line.Set("stroke-dasharray", "5 3");
                    }

                    break;
            }

            var text = group.Add(ChartCanvas.Text(symbolX + 14, rowY + 4, TextMetrics.Fit(entry.Label, TextMetrics.TickFontSize, MaximumLabelWidth),
                TextMetrics.TickFontSize, "start"));
            if (text.Text != entry.Label)
            {
                text.Add("title").WithText(entry.Label);
            }
        }
    }
}
