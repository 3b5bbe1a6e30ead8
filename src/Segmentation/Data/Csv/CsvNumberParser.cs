using System.Globalization;
using System.Runtime.CompilerServices;

namespace Segmentation.Data.Csv;

/// <summary>
/// Parses a cell as <see cref="double.TryParse(ReadOnlySpan{char}, NumberStyles, IFormatProvider, out double)"/>
/// with <see cref="NumberStyles.Float"/> does. In a culture that writes numbers as the invariant culture does, the
/// commonest cells (plain decimals, optionally with an exponent) take <see cref="FastNumberParser.TryParseExact"/>,
/// which gives the same double with one exactly rounded operation; every other text goes to the general parser.
/// </summary>
internal sealed class CsvNumberParser(CultureInfo culture)
{
    private readonly bool _fast = culture.NumberFormat is { NumberDecimalSeparator: ".", NegativeSign: "-", PositiveSign: "+" };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryParse(ReadOnlySpan<char> text, out double value) =>
        (_fast && FastNumberParser.TryParseExact(text, out value)) || double.TryParse(text, NumberStyles.Float, culture, out value);
}
