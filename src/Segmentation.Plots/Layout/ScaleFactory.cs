using Segmentation.Plots.Scales;

namespace Segmentation.Plots.Layout;

/// <summary>
/// Builds linear scales with as many ticks as fit: it starts from about one tick per 70 px (x, at least 3; 50 px when
/// the domain is not widened to nice bounds, since then the end ticks fall inside; at most 10) or 45 px (y), and asks for fewer
/// until the estimated labels no longer overlap.
/// </summary>
internal static class ScaleFactory
{
    private const double MinimumLabelGap = 12;

    public static LinearScale Horizontal(double minimum, double maximum, double left, double right, bool nice = true, bool integerTicks = false)
    {
        var length = right - left;
        // Whole-number axes (k) have short labels, so they may start denser.
        var pixelsPerTick = integerTicks ? 40 : nice ? 70 : 50;
        for (var target = Math.Clamp((int)(length / pixelsPerTick), 3, 10); ; target--)
        {
            var scale = new LinearScale(minimum, maximum, left, right, target, nice, integerTicks);
            if (target <= 2 || Fits(scale, length))
            {
                return scale;
            }
        }
    }

    public static LinearScale Vertical(double minimum, double maximum, double bottom, double top, bool nice = true, bool integerTicks = false)
    {
        var length = bottom - top;
        var target = Math.Max(2, (int)(length / 45));
        return new LinearScale(minimum, maximum, bottom, top, target, nice, integerTicks);
    }

    /// <summary>The widest tick label of a scale, in pixels, at the tick font size.</summary>
    public static double WidestLabel(IScale scale) =>
        scale.Ticks.Count == 0 ? 0 : scale.Ticks.Max(tick => TextMetrics.Width(tick.Label, TextMetrics.TickFontSize));

    private static bool Fits(IScale scale, double length)
    {
        if (scale.Ticks.Count < 2)
        {
            return true;
        }

        var spacing = Math.Abs(scale.Map(scale.Ticks[1].Value) - scale.Map(scale.Ticks[0].Value));
        return WidestLabel(scale) + MinimumLabelGap <= spacing && spacing > 0 && length > 0;
    }
}
