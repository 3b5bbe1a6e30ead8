using System.Globalization;
using System.Runtime.CompilerServices;

namespace Segmentation.Data.Csv;

/// <summary>
/// A fast path for the commonest dates, <c>yyyy-MM-dd</c> and <c>yyyy-MM-dd HH:mm:ss</c> (or with 'T'), giving the
/// same result as <see cref="DateTime.TryParseExact(string, string[], IFormatProvider, DateTimeStyles, out DateTime)"/>
/// with those formats in a Gregorian culture; any other text falls back to the general parser.
/// </summary>
internal static class IsoDateParser
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss"];

    /// <summary>Whether the fast path may answer for <paramref name="formats"/> in <paramref name="culture"/>.</summary>
    public static bool Covers(string[] formats, CultureInfo culture) =>
        culture.Calendar is GregorianCalendar && Formats.All(format => formats.Contains(format, StringComparer.Ordinal));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryParse(ReadOnlySpan<char> text, out DateTime value)
    {
        value = default;
        if ((text.Length != 10 && text.Length != 19) || text[4] != '-' || text[7] != '-'
            || !TryDigits(text[..4], out var year) || !TryDigits(text.Slice(5, 2), out var month) || !TryDigits(text.Slice(8, 2), out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        int hour = 0, minute = 0, second = 0;
        if (text.Length == 19
            && (text[10] is not (' ' or 'T') || text[13] != ':' || text[16] != ':'
                || !TryDigits(text.Slice(11, 2), out hour) || !TryDigits(text.Slice(14, 2), out minute) || !TryDigits(text.Slice(17, 2), out second)
                || hour > 23 || minute > 59 || second > 59))
        {
            return false;
        }

        value = new DateTime(year, month, day, hour, minute, second);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryDigits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (var digit in digits)
        {
            if (!char.IsAsciiDigit(digit))
            {
                return false;
            }

            value = (value * 10) + (digit - '0');
        }

        return true;
    }
}
