using System.Globalization;

namespace Segmentation.Plots;

/// <summary>
/// Colour-blind-safe colours: Okabe and Ito's eight categorical colours (2008) for segments, and Paul Tol's
/// BuRd diverging scheme for contrasts and correlations.
/// </summary>
public static class ChartPalette
{
    /// <summary>
    /// Okabe-Ito colours in the order segments use them: blue, orange, bluish green, vermillion, reddish purple,
    /// sky blue, yellow, black. Segment <c>i</c> gets colour <c>i % 8</c>.
    /// </summary>
    public static IReadOnlyList<string> Categorical { get; } =
        ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000"];

    /// <summary>Paul Tol's BuRd diverging scheme, nine stops from blue (low) through off-white to red (high).</summary>
    public static IReadOnlyList<string> Diverging { get; } =
        ["#2166AC", "#4393C3", "#92C5DE", "#D1E5F0", "#F7F7F7", "#FDDBC7", "#F4A582", "#D6604D", "#B2182B"];

    /// <summary>The colour of segment <paramref name="segment"/>: <see cref="Categorical"/> cycled.</summary>
    /// <param name="segment">Zero-based segment number, at least 0.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="segment"/> is negative.</exception>
    public static string SegmentColor(int segment)
    {
        Guard.NonNegative(segment);
        return Categorical[segment % Categorical.Count];
    }

    /// <summary>
    /// The diverging colour for <paramref name="value"/> in [-1, 1] (clamped): -1 is dark blue, 0 off-white, 1 dark red,
    /// interpolated between the stops of <see cref="Diverging"/>. NaN gives light grey.
    /// </summary>
    /// <param name="value">A value in [-1, 1]; outside values are clamped.</param>
    public static string DivergingColor(double value)
    {
        if (double.IsNaN(value))
        {
            return "#DDDDDD";
        }

        var position = (Math.Clamp(value, -1, 1) + 1) / 2 * (Diverging.Count - 1);
        var lower = (int)Math.Floor(position);
        var upper = Math.Min(lower + 1, Diverging.Count - 1);
        var fraction = position - lower;
        var (r1, g1, b1) = Parse(Diverging[lower]);
        var (r2, g2, b2) = Parse(Diverging[upper]);
        return string.Create(CultureInfo.InvariantCulture, $"#{Mix(r1, r2, fraction):X2}{Mix(g1, g2, fraction):X2}{Mix(b1, b2, fraction):X2}");
    }

    /// <summary>Whether text on a diverging cell of <paramref name="value"/> should be white rather than dark to stay readable.</summary>
    internal static bool NeedsLightText(double value) => !double.IsNaN(value) && Math.Abs(value) > 0.6;

    private static int Mix(int from, int to, double fraction) => (int)Math.Round(from + ((to - from) * fraction));

    private static (int Red, int Green, int Blue) Parse(string color) =>
        (Convert.ToInt32(color[1..3], 16), Convert.ToInt32(color[3..5], 16), Convert.ToInt32(color[5..7], 16));
}
