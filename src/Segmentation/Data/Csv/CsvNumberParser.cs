using System.Globalization;
using System.Runtime.CompilerServices;

namespace Segmentation.Data.Csv;

/// <summary>
/// Parses a cell as <see cref="double.TryParse(ReadOnlySpan{char}, NumberStyles, IFormatProvider, out double)"/>
/// with <see cref="NumberStyles.Float"/> does, with a fast path for the commonest cells (an optional sign, at most
/// 15 digits and an optional decimal point, no exponent or white space) in a culture that writes numbers as the
/// invariant culture does. Such a number has an exact double mantissa and an exact power of ten, so one IEEE
/// division rounds it correctly, to the same double the general parser gives; every other text goes to the general parser.
/// </summary>
internal sealed class CsvNumberParser(CultureInfo culture)
{
    private const int MaximumFastDigits = 15;

    private static readonly double[] PowersOfTen =
        [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

    private readonly bool _fast = culture.NumberFormat is { NumberDecimalSeparator: ".", NegativeSign: "-", PositiveSign: "+" };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryParse(ReadOnlySpan<char> text, out double value) =>
        (_fast && TryParseSimple(text, out value)) || double.TryParse(text, NumberStyles.Float, culture, out value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryParseSimple(ReadOnlySpan<char> text, out double value)
    {
        value = 0;
        var position = 0;
        var negative = false;
        if (text.Length > 0 && text[0] is '-' or '+')
        {
            negative = text[0] == '-';
            position = 1;
        }

        long mantissa = 0;
        var digits = 0;
        var fractionDigits = -1;
        for (; position < text.Length; position++)
        {
            var character = text[position];
            if (char.IsAsciiDigit(character))
            {
                mantissa = (mantissa * 10) + (character - '0');
                digits++;
                if (fractionDigits >= 0)
                {
                    fractionDigits++;
                }
            }
            else if (character == '.' && fractionDigits < 0)
            {
                fractionDigits = 0;
            }
            else
            {
                return false;
            }
        }

        if (digits is 0 or > MaximumFastDigits)
        {
            return false;
        }

        double result = mantissa;
        if (fractionDigits > 0)
        {
            result /= PowersOfTen[fractionDigits];
        }

        value = negative ? -result : result;
        return true;
    }
}
