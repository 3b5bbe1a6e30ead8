using System.Globalization;

namespace Segmentation.Data.Csv;

/// <summary>
/// Turns one column of raw cell texts (<see langword="null"/> = missing) into a typed column: the given kind, or the
/// kind inferred from every value (numeric, else date in one format, else categorical; no values: numeric).
/// </summary>
internal sealed class CsvColumnConverter(string source, IReadOnlyList<int> lines, CultureInfo culture, IReadOnlyList<string> dateFormats)
{
    private const NumberStyles NumberStyle = NumberStyles.Float;
    private const DateTimeStyles DateStyle = DateTimeStyles.AllowWhiteSpaces;

    public DataFrameColumn Convert(string name, ReadOnlySpan<string?> texts, ColumnKind? kind) => kind switch
    {
        ColumnKind.Numeric => ParseNumbers(name, texts, given: true)!,
        ColumnKind.Date => ParseDates(name, texts, given: true)!,
        ColumnKind.Categorical => CategoricalColumn.Wrap(name, texts.ToArray()),
        _ => (DataFrameColumn?)ParseNumbers(name, texts, given: false)
             ?? (DataFrameColumn?)ParseDates(name, texts, given: false)
             ?? CategoricalColumn.Wrap(name, texts.ToArray()),
    };

    /// <summary>
    /// Parses every value as a number. Not given: <see langword="null"/> at the first text that is no number, and an
    /// error for a number that is not finite ("Infinity", "1e999") since the library keeps only finite numbers.
    /// </summary>
    private NumericColumn? ParseNumbers(string name, ReadOnlySpan<string?> texts, bool given)
    {
        var values = new double[texts.Length];
        for (var row = 0; row < texts.Length; row++)
        {
            var text = texts[row];
            if (text is null)
            {
                values[row] = double.NaN;
                continue;
            }

            if (!double.TryParse(text, NumberStyle, culture, out var value))
            {
                return given ? throw CsvErrors.NotANumber(source, lines[row], row, name, text) : null;
            }

            values[row] = value;
        }

        for (var row = 0; row < texts.Length; row++)
        {
            if (double.IsInfinity(values[row]))
            {
                throw CsvErrors.NotFinite(source, lines[row], row, name, texts[row]!);
            }
        }

        return NumericColumn.Wrap(name, values);
    }

    /// <summary>
    /// Parses every value with the first format (in <see cref="CsvLoadOptions.DateFormats"/> then
    /// <see cref="Defaults.DateFormats"/> order) that parses them all; one format per column, so day-first and
    /// month-first values are never mixed. Not given: <see langword="null"/> when no format parses them all.
    /// </summary>
    private DateColumn? ParseDates(string name, ReadOnlySpan<string?> texts, bool given)
    {
        var first = FirstValue(texts);
        if (first < 0)
        {
            return given ? DateColumn.Wrap(name, new DateTime?[texts.Length]) : null;
        }

        var values = new DateTime?[texts.Length];
        string? firstFittingFormat = null;
        foreach (var format in dateFormats)
        {
            if (!DateTime.TryParseExact(texts[first], format, culture, DateStyle, out _))
            {
                continue;
            }

            firstFittingFormat ??= format;
            if (TryParseAll(texts, format, values) < 0)
            {
                return DateColumn.Wrap(name, values);
            }
        }

        if (!given)
        {
            return null;
        }

        var reportedFormat = firstFittingFormat ?? dateFormats[0];
        var failed = TryParseAll(texts, reportedFormat, values);
        throw CsvErrors.NotADate(source, lines[failed], failed, name, texts[failed]!, reportedFormat);
    }

    /// <summary>Fills <paramref name="values"/>; returns the first row that does not parse, or -1.</summary>
    private int TryParseAll(ReadOnlySpan<string?> texts, string format, DateTime?[] values)
    {
        for (var row = 0; row < texts.Length; row++)
        {
            var text = texts[row];
            if (text is null)
            {
                values[row] = null;
                continue;
            }

            if (!DateTime.TryParseExact(text, format, culture, DateStyle, out var value))
            {
                return row;
            }

            values[row] = value;
        }

        return -1;
    }

    private static int FirstValue(ReadOnlySpan<string?> texts)
    {
        for (var row = 0; row < texts.Length; row++)
        {
            if (texts[row] is not null)
            {
                return row;
            }
        }

        return -1;
    }
}
