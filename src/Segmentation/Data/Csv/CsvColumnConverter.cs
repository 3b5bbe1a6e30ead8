using System.Globalization;
using System.Runtime.InteropServices;

namespace Segmentation.Data.Csv;

/// <summary>
/// Turns one column of raw cell texts (<see langword="null"/> = missing) into a typed column: the given kind, or the
/// kind inferred from every value (numeric, else dates in one group of formats, else categorical; no values: numeric).
/// </summary>
internal sealed class CsvColumnConverter(string source, IReadOnlyList<int> lines, CultureInfo culture, IReadOnlyList<string[]> dateFormatGroups)
{
    private const NumberStyles NumberStyle = NumberStyles.Float;
    private const DateTimeStyles DateStyle = DateTimeStyles.AllowWhiteSpaces;

    public DataFrameColumn Convert(string name, ReadOnlySpan<string?> texts, ColumnKind? kind) => kind switch
    {
        ColumnKind.Numeric => ParseNumbers(name, texts, given: true)!,
        ColumnKind.Date => ParseDates(name, texts, given: true)!,
        ColumnKind.Categorical => Categorical(name, texts),
        _ => (DataFrameColumn?)ParseNumbers(name, texts, given: false)
             ?? (DataFrameColumn?)ParseDates(name, texts, given: false)
             ?? Categorical(name, texts),
    };

    /// <summary>Keeps one string per distinct value, so a column of repeated categories holds each text once.</summary>
    private static CategoricalColumn Categorical(string name, ReadOnlySpan<string?> texts)
    {
        var values = new string?[texts.Length];
        var distinct = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var row = 0; row < texts.Length; row++)
        {
            if (texts[row] is { } text)
            {
                ref var kept = ref CollectionsMarshal.GetValueRefOrAddDefault(distinct, text, out _);
                kept ??= text;
                values[row] = kept;
            }
        }

        return CategoricalColumn.Wrap(name, values);
    }

    /// <summary>
    /// Parses every value as a number. Not given: <see langword="null"/> at the first text that is no number, and an
    /// error for a number that is not finite ("Infinity", "1e999") since the library keeps only finite numbers.
    /// </summary>
    private NumericColumn? ParseNumbers(string name, ReadOnlySpan<string?> texts, bool given)
    {
        var first = FirstValue(texts);
        if (!given && first >= 0 && !double.TryParse(texts[first], NumberStyle, culture, out _))
        {
            return null;
        }

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
    /// Parses every value with one group of formats: the caller's <see cref="CsvLoadOptions.DateFormats"/>, then the
    /// groups of <see cref="Defaults.DateFormats"/> by their first field (year first = ISO, day first, month first).
    /// A value may use any format of the group (a midnight date without its time beside a timestamp) but day-first and
    /// month-first values never mix. Not given: <see langword="null"/> when no group parses them all.
    /// </summary>
    private DateColumn? ParseDates(string name, ReadOnlySpan<string?> texts, bool given)
    {
        var first = FirstValue(texts);
        if (first < 0)
        {
            return given ? DateColumn.Wrap(name, new DateTime?[texts.Length]) : null;
        }

        DateTime?[]? values = null;
        string[]? firstFittingGroup = null;
        foreach (var group in dateFormatGroups)
        {
            if (!DateTime.TryParseExact(texts[first], group, culture, DateStyle, out _))
            {
                continue;
            }

            firstFittingGroup ??= group;
            values ??= new DateTime?[texts.Length];
            if (TryParseAll(texts, group, values) < 0)
            {
                return DateColumn.Wrap(name, values);
            }
        }

        if (!given)
        {
            return null;
        }

        var reported = firstFittingGroup ?? dateFormatGroups[0];
        var failed = TryParseAll(texts, reported, values ?? new DateTime?[texts.Length]);
        throw CsvErrors.NotADate(source, lines[failed], failed, name, texts[failed]!, reported);
    }

    /// <summary>Fills <paramref name="values"/>; returns the first row that does not parse, or -1.</summary>
    private int TryParseAll(ReadOnlySpan<string?> texts, string[] formats, DateTime?[] values)
    {
        var fast = IsoDateParser.Covers(formats, culture);
        for (var row = 0; row < texts.Length; row++)
        {
            var text = texts[row];
            if (text is null)
            {
                values[row] = null;
                continue;
            }

            if (fast && IsoDateParser.TryParse(text, out var iso))
            {
                values[row] = iso;
                continue;
            }

            if (!DateTime.TryParseExact(text, formats, culture, DateStyle, out var value))
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

    /// <summary>The caller's formats as one group, then the defaults grouped by their first field (y, d or M).</summary>
    public static IReadOnlyList<string[]> GroupDateFormats(IEnumerable<string> given)
    {
        var groups = new List<string[]>();
        var callers = given.ToArray();
        if (callers.Length > 0)
        {
            groups.Add(callers);
        }

        groups.AddRange(Defaults.DateFormats.GroupBy(format => format[0]).Select(group => group.ToArray()));
        return groups;
    }
}
