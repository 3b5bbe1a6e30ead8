using Segmentation.Plots.Svg;

namespace Segmentation.Plots.Layout;

/// <summary>Shapes for data marks.</summary>
internal static class Marks
{
    public static SvgElement Circle(double x, double y, double radius, string fill) =>
        new SvgElement("circle").Set("cx", x).Set("cy", y).Set("r", radius).Set("fill", fill);

    /// <summary>A diamond with a dark outline: the centroid marker, distinct from the round points in shape and edge.</summary>
    public static SvgElement Diamond(double x, double y, double halfSize, string fill) =>
        new SvgElement("path")
            .Set("d", $"M{SvgNumber.Format(x)} {SvgNumber.Format(y - halfSize)}L{SvgNumber.Format(x + halfSize)} {SvgNumber.Format(y)}" +
                      $"L{SvgNumber.Format(x)} {SvgNumber.Format(y + halfSize)}L{SvgNumber.Format(x - halfSize)} {SvgNumber.Format(y)}Z")
            .Set("fill", fill)
            .Set("stroke", "#111111")
            .Set("stroke-width", 1.5);

    public static SvgElement Rectangle(double x, double y, double width, double height, string fill) =>
        new SvgElement("rect").Set("x", x).Set("y", y).Set("width", Math.Max(width, 0)).Set("height", Math.Max(height, 0)).Set("fill", fill);

    /// <summary>A polyline through the points.</summary>
    public static SvgElement Polyline(IEnumerable<(double X, double Y)> points, string stroke, double width) =>
        new SvgElement("polyline")
            .Set("points", string.Join(" ", points.Select(point => $"{SvgNumber.Format(point.X)},{SvgNumber.Format(point.Y)}")))
            .Set("fill", "none")
            .Set("stroke", stroke)
            .Set("stroke-width", width)
            .Set("stroke-linejoin", "round");
}
