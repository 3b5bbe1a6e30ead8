using System.Globalization;
using System.Text;

namespace Segmentation.Plots;

/// <summary>Escaping for HTML text and attribute values.</summary>
internal static class HtmlText
{
    /// <summary>Escapes &amp;, &lt;, &gt;, " and ' so that any string is shown as text, in content or in a quoted attribute.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var character in text)
        {
            builder.Append(character switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => character.ToString(),
            });
        }

        return builder.ToString();
    }

    /// <summary>Whether a table cell reads as a number ("1,234.5", "-0.3", "12%"), to right-align it.</summary>
    public static bool IsNumber(string cell)
    {
        var trimmed = cell.Trim().TrimEnd('%');
        return trimmed.Length > 0 && double.TryParse(trimmed, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out _);
    }
}
