using System.Globalization;

namespace Segmentation.Plots.Support;

/// <summary>Short, fixed-precision numbers for cell and bar labels (invariant culture).</summary>
internal static class CellFormat
{
    /// <summary>Three significant figures or so: 1,234 / 54.3 / 0.83 / n/a.</summary>
    public static string Value(double value)
    {
        if (!double.IsFinite(value))
        {
            return "n/a";
        }

        var magnitude = Math.Abs(value);
        var format = magnitude >= 100 ? "N0" : magnitude >= 10 ? "0.0" : "0.00";
        var text = value.ToString(format, CultureInfo.InvariantCulture);
        return text is "-0" or "-0.0" or "-0.00" ? text[1..] : text;
    }

    /// <summary>A signed value: +1.23 / -0.45 / 0.00.</summary>
    public static string Signed(double value)
    {
        var text = Value(value);
        return value > 0 && text != Value(0) ? "+" + text : text;
    }

    public static string Percent(double share) => share.ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
