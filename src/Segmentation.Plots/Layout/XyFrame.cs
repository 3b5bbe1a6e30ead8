using Segmentation.Plots.Scales;
using Segmentation.Plots.Svg;

namespace Segmentation.Plots.Layout;

/// <summary>
/// An x-y plot inside a region: it sizes the margins to the tick labels and titles, draws grid and axes,
/// opens a group for the data marks above the grid, and draws the legend right of the plot.
/// </summary>
internal sealed class XyFrame
{
    private XyFrame(Rect area, IScale x, IScale y, SvgElement marks)
    {
        Area = area;
        X = x;
        Y = y;
        Marks = marks;
    }

    public Rect Area { get; }

    public IScale X { get; }

    public IScale Y { get; }

    /// <summary>The group data marks go into (drawn above the grid).</summary>
    public SvgElement Marks { get; }

    public static XyFrame Create(
        SvgElement parent,
        Rect region,
        (double Minimum, double Maximum) x,
        (double Minimum, double Maximum) y,
        string? xTitle,
        string? yTitle,
        IReadOnlyList<LegendEntry> legend,
        bool logY = false,
        bool integerX = false,
        bool niceX = true,
        bool integerY = false)
    {
        var top = region.Y + 8;
        var bottom = region.Bottom - (xTitle is null ? 28 : 52);
        IScale yScale = logY
            ? new LogScale(y.Minimum, y.Maximum, bottom, top)
            : ScaleFactory.Vertical(y.Minimum, y.Maximum, bottom, top, integerTicks: integerY);
        var left = region.X + (yTitle is null ? 8 : 30) + ScaleFactory.WidestLabel(yScale) + 10;
        var right = region.Right - Math.Max(Legend.Width(legend), 16);
        var xScale = ScaleFactory.Horizontal(x.Minimum, x.Maximum, left, right, nice: niceX && !integerX, integerTicks: integerX);
        var area = new Rect(left, top, right - left, bottom - top);

        Axes.Left(parent, yScale, area, yTitle);
        Axes.Bottom(parent, xScale, area, xTitle);
        var marks = parent.Add("g").Set("data-marks", "true");
        Legend.Draw(parent, legend, area.Right + 8, area.Y + 10);
        return new XyFrame(area, xScale, yScale, marks);
    }
}
