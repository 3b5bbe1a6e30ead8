using Segmentation.Plots.Scales;
using Segmentation.Plots.Svg;

namespace Segmentation.Plots.Layout;

/// <summary>Draws axes: grid lines, tick marks, tick labels and axis titles, outside the plot area.</summary>
internal static class Axes
{
    private const double TickLength = 5;

    /// <summary>Longest rotated category label, in pixels, before it is shortened with an ellipsis.</summary>
    private const double RotatedLabelWidth = 160;

    public static void Bottom(SvgElement parent, IScale scale, Rect area, string? title, bool grid = true)
    {
        var group = parent.Add("g").Set("data-axis", "x");
        foreach (var tick in scale.Ticks)
        {
            var x = scale.Map(tick.Value);
            if (grid)
            {
                group.Add(Line(x, area.Y, x, area.Bottom, ChartCanvas.GridColor));
            }

            group.Add(Line(x, area.Bottom, x, area.Bottom + TickLength, ChartCanvas.AxisColor));
            group.Add(ChartCanvas.Text(x, area.Bottom + TickLength + 13, tick.Label, TextMetrics.TickFontSize, "middle"));
        }

        group.Add(Line(area.X, area.Bottom, area.Right, area.Bottom, ChartCanvas.AxisColor));
        if (title is not null)
        {
            group.Add(ChartCanvas.Text(area.CenterX, area.Bottom + 42, TextMetrics.Fit(title, TextMetrics.AxisTitleFontSize, area.Width),
                TextMetrics.AxisTitleFontSize, "middle").Set("data-axis-title", "x"));
        }
    }

    public static void Left(SvgElement parent, IScale scale, Rect area, string? title, bool grid = true)
    {
        var group = parent.Add("g").Set("data-axis", "y");
        foreach (var tick in scale.Ticks)
        {
            var y = scale.Map(tick.Value);
            if (grid)
            {
                group.Add(Line(area.X, y, area.Right, y, ChartCanvas.GridColor));
            }

            group.Add(Line(area.X - TickLength, y, area.X, y, ChartCanvas.AxisColor));
            group.Add(ChartCanvas.Text(area.X - TickLength - 3, y + 4, tick.Label, TextMetrics.TickFontSize, "end"));
        }

        group.Add(Line(area.X, area.Y, area.X, area.Bottom, ChartCanvas.AxisColor));
        if (title is not null)
        {
            var x = area.X - TickLength - 10 - ScaleFactory.WidestLabel(scale);
            group.Add(VerticalTitle(x, area.CenterY, TextMetrics.Fit(title, TextMetrics.AxisTitleFontSize, area.Height)));
        }
    }

    /// <summary>Category labels under vertical bands; labels that would collide are rotated 40 degrees.</summary>
    public static void BottomBands(SvgElement parent, BandScale bands, Rect area, string? title)
    {
        var group = parent.Add("g").Set("data-axis", "x");
        var rotate = BandLabelsRotate(bands);
        for (var i = 0; i < bands.Labels.Count; i++)
        {
            var x = bands.Center(i);
            var label = ChartCanvas.Text(x, area.Bottom + 17, TextMetrics.Fit(bands.Labels[i], TextMetrics.TickFontSize, rotate ? RotatedLabelWidth : bands.BandWidth),
                TextMetrics.TickFontSize, rotate ? "end" : "middle");
            if (rotate)
            {
                label.Set("transform", $"rotate(-40 {SvgNumber.Format(x)} {SvgNumber.Format(area.Bottom + 17)})");
            }

            group.Add(label);
        }

        group.Add(Line(area.X, area.Bottom, area.Right, area.Bottom, ChartCanvas.AxisColor));
        if (title is not null)
        {
            var y = area.Bottom + (rotate ? BottomBandsHeight(bands) + 4 : 42);
            group.Add(ChartCanvas.Text(area.CenterX, y, title, TextMetrics.AxisTitleFontSize, "middle").Set("data-axis-title", "x"));
        }
    }

    /// <summary>Category labels left of horizontal bands.</summary>
    public static void LeftBands(SvgElement parent, BandScale bands, Rect area, string? title, double labelWidth)
    {
        var group = parent.Add("g").Set("data-axis", "y");
        for (var i = 0; i < bands.Labels.Count; i++)
        {
            group.Add(ChartCanvas.Text(area.X - 8, bands.Center(i) + 4, TextMetrics.Fit(bands.Labels[i], TextMetrics.TickFontSize, labelWidth),
                TextMetrics.TickFontSize, "end"));
        }

        if (title is not null)
        {
            group.Add(VerticalTitle(area.X - 18 - labelWidth, area.CenterY, title));
        }
    }

    /// <summary>Pixels the band labels and title need below the plot area.</summary>
    public static double BottomBandsHeight(BandScale bands) =>
        BandLabelsRotate(bands)
            ? 24 + (Math.Min(bands.Labels.Max(label => TextMetrics.Width(label, TextMetrics.TickFontSize)), RotatedLabelWidth) * 0.65)
            : 52;

    /// <summary>Pixels a left label column needs for <paramref name="labels"/>, capped at <paramref name="maximum"/>.</summary>
    public static double LabelColumnWidth(IEnumerable<string> labels, double maximum) =>
        Math.Min(labels.Select(label => TextMetrics.Width(label, TextMetrics.TickFontSize)).DefaultIfEmpty(0).Max(), maximum);

    public static SvgElement Line(double x1, double y1, double x2, double y2, string stroke, double width = 1) =>
        new SvgElement("line")
            .Set("x1", x1).Set("y1", y1).Set("x2", x2).Set("y2", y2)
            .Set("stroke", stroke).Set("stroke-width", width);

    /// <summary>Pixels a rotated first label reaches left of its band centre (0 when labels are not rotated).</summary>
    public static double RotatedLabelOverhang(BandScale bands) =>
        BandLabelsRotate(bands)
            ? Math.Cos(40 * Math.PI / 180) * Math.Min(TextMetrics.Width(bands.Labels[0], TextMetrics.TickFontSize), RotatedLabelWidth)
            : 0;

    private static bool BandLabelsRotate(BandScale bands) =>
        bands.Labels.Count > 0 &&
        bands.Labels.Max(label => TextMetrics.Width(label, TextMetrics.TickFontSize)) + 6 > bands.BandWidth / 0.85;

    private static SvgElement VerticalTitle(double x, double y, string title) =>
        ChartCanvas.Text(x, y, title, TextMetrics.AxisTitleFontSize, "middle")
            .Set("transform", $"rotate(-90 {SvgNumber.Format(x)} {SvgNumber.Format(y)})")
            .Set("data-axis-title", "y");
}
