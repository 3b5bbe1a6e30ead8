using System.Globalization;

namespace Segmentation.Data.Csv;

/// <summary>
/// Parses the plain decimals a CSV mostly holds ("-12.375", "4.5e-3") without the general parser: when the
/// digits fit in 2^53 and the decimal exponent is within +-22, the value is one exact integer times or divided by one
/// exact power of ten, a single correctly rounded operation (Clinger 1990), so it equals what
/// <see cref="double.Parse(ReadOnlySpan{char}, NumberStyles, IFormatProvider?)"/> returns. Anything else (white space,
/// more digits, "Infinity", text) goes to that parser with <see cref="NumberStyles.Float"/> and the invariant culture.
/// </summary>
internal static class FastNumberParser
{
    private const ulong MaximumExactMantissa = 1UL << 53;

    private static readonly double[] PowersOfTen =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];

    public static bool TryParse(ReadOnlySpan<char> text, out double value)
    {
        if (TryParseExact(text, out value))
        {
            return true;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>
    /// The fast path alone: true with the exactly rounded value for an optional sign, digits with at most one point and
    /// an optional exponent whose value is exact (see the class summary); false, leaving the text to the general
    /// parser, for anything else.
    /// </summary>
    public static bool TryParseExact(ReadOnlySpan<char> text, out double value)
    {
        value = 0;
        var i = 0;
        var negative = false;
        if (i < text.Length && text[i] is '-' or '+')
        {
            negative = text[i] == '-';
            i++;
        }

        ulong mantissa = 0;
        var digits = 0;
        var significant = 0;
        var exponent = 0;
        var seenPoint = false;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= '0' and <= '9')
            {
                digits++;
                if (mantissa == 0 && c == '0')
                {
                    exponent -= seenPoint ? 1 : 0;
                    continue;
                }

                if (++significant > 19)
                {
                    return false;
                }

                mantissa = (mantissa * 10) + (ulong)(c - '0');
                exponent -= seenPoint ? 1 : 0;
            }
            else if (c == '.' && !seenPoint)
            {
                seenPoint = true;
            }
            else
            {
                break;
            }
        }

        if (digits == 0)
        {
            return false;
        }

        if (i < text.Length)
        {
            if (text[i] is not ('e' or 'E') || !TryParseExponent(text[(i + 1)..], out var written))
            {
                return false;
            }

            exponent += written;
        }

        if (mantissa == 0)
        {
            value = negative ? -0.0 : 0.0;
            return true;
        }

        if (mantissa > MaximumExactMantissa || exponent < -22 || exponent > 22)
        {
            return false;
        }

        value = exponent >= 0 ? mantissa * PowersOfTen[exponent] : mantissa / PowersOfTen[-exponent];
        value = negative ? -value : value;
        return true;
    }

    private static bool TryParseExponent(ReadOnlySpan<char> text, out int exponent)
    {
        exponent = 0;
        var i = 0;
        var negative = false;
        if (i < text.Length && text[i] is '-' or '+')
        {
            negative = text[i] == '-';
            i++;
        }

        if (i == text.Length || text.Length - i > 4)
        {
            return false;
        }

        for (; i < text.Length; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                return false;
            }

            exponent = (exponent * 10) + (text[i] - '0');
        }

        exponent = negative ? -exponent : exponent;
        return true;
    }
}
