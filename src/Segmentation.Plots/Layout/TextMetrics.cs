namespace Segmentation.Plots.Layout;

/// <summary>
/// Estimates text widths without a font engine: 0.6 em per character (DejaVu Sans and Arial average about
/// 0.55 em; the margin errs toward space). Used to size margins and to thin out ticks that would overlap.
/// </summary>
internal static class TextMetrics
{
    public const double TickFontSize = 12;
    public const double AxisTitleFontSize = 13;
    public const double TitleFontSize = 17;
    public const double NoteFontSize = 12;

    public static double Width(string text, double fontSize) => text.Length * fontSize * 0.6;

    /// <summary>Shortens <paramref name="text"/> with an ellipsis to fit <paramref name="maximumWidth"/> pixels.</summary>
    public static string Fit(string text, double fontSize, double maximumWidth)
    {
        if (Width(text, fontSize) <= maximumWidth)
        {
            return text;
        }

        var characters = Math.Max(1, (int)(maximumWidth / (fontSize * 0.6)) - 1);
        return string.Concat(text.AsSpan(0, Math.Min(characters, text.Length)), "\u2026");
    }
}
