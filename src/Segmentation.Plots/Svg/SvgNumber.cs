using System.Globalization;

namespace Segmentation.Plots.Svg;

/// <summary>
/// Formats coordinates for SVG: invariant culture, at most two decimals, no exponent, no negative zero.
/// Fixed rounding keeps files small and golden files stable across machines and cultures.
/// </summary>
internal static class SvgNumber
{
    public static string Format(double value)
    {
        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        if (rounded == 0)
        {
            return "0";
        }

        return rounded.ToString("0.##", CultureInfo.InvariantCulture);
    }
}
