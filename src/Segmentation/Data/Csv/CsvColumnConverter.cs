using System.Globalization;
using System.Runtime.CompilerServices;

namespace Segmentation.Data.Csv;

/// <summary>
/// Turns one column of raw cell texts into a typed column: the given kind, or the kind inferred from every value
/// (numeric, else dates in one group of formats, else categorical; no values: numeric). Cells that
/// <see cref="MissingValueMatcher"/> calls missing are NaN, null or a missing date.
/// </summary>
internal sealed class CsvColumnConverter(
    string source, IReadOnlyList<int> lines, CultureInfo culture, IReadOnlyList<string[]> dateFormatGroups, MissingValueMatcher missing)
{
    private const DateTimeStyles DateStyle = DateTimeStyles.AllowWhiteSpaces;

    private readonly CsvNumberParser _numbers = new(culture);

    public DataFrameColumn Convert(string name, CsvColumnText texts, ColumnKind? kind)
    {
        var first = 0;
        while (first < texts.Count && missing.IsMissing(texts[first]))
        {
            first++;
        }

        var cells = new Cells(texts, missing, first < texts.Count ? first : -1);
        return kind switch
        {
            ColumnKind.Numeric => ParseNumbers(name, cells, given: true)!,
            ColumnKind.Date => ParseDates(name, cells, given: true)!,
            ColumnKind.Categorical => Categorical(name, cells),
            _ => (DataFrameColumn?)ParseNumbers(name, cells, given: false)
                 ?? (DataFrameColumn?)ParseDates(name, cells, given: false)
                 ?? Categorical(name, cells),
        };
    }

    /// <summary>
    /// Keeps one string per distinct value, so a column of repeated categories holds each text once; a cell equal to
    /// the one above reuses its string without a lookup.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static CategoricalColumn Categorical(string name, Cells cells)
    {
        var values = new string?[cells.Count];
        var distinct = new TextInterner();
        string? previous = null;
        for (var row = 0; row < values.Length; row++)
        {
            var text = cells.Texts[row];
            if (cells.Missing.IsMissing(text))
            {
                continue;
            }

            if (previous is null || !text.SequenceEqual(previous))
            {
                previous = distinct.Intern(text);
            }

            values[row] = previous;
        }

        return CategoricalColumn.Wrap(name, values);
    }

    /// <summary>
    /// Parses every value as a number. Not given: <see langword="null"/> at the first text that is no number, and an
    /// error for a number that is not finite ("Infinity", "1e999") since the library keeps only finite numbers.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private NumericColumn? ParseNumbers(string name, Cells cells, bool given)
    {
        if (!given && cells.First >= 0 && !_numbers.TryParse(cells.Texts[cells.First], out _))
        {
            return null;
        }

        // Every element is written below before the column is returned, so the array need not be zeroed first.
        var values = GC.AllocateUninitializedArray<double>(cells.Count);
        for (var row = 0; row < values.Length; row++)
        {
            var text = cells.Texts[row];
            if (cells.Missing.IsMissing(text))
            {
                values[row] = double.NaN;
                continue;
            }

            if (!_numbers.TryParse(text, out var value))
            {
                return given ? throw CsvErrors.NotANumber(source, lines[row], row, name, text.ToString()) : null;
            }

            values[row] = value;
        }

        for (var row = 0; row < values.Length; row++)
        {
            if (double.IsInfinity(values[row]))
            {
                throw CsvErrors.NotFinite(source, lines[row], row, name, cells.Texts[row].ToString());
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
    private DateColumn? ParseDates(string name, Cells cells, bool given)
    {
        if (cells.First < 0)
        {
            return given ? DateColumn.Wrap(name, new DateTime?[cells.Count]) : null;
        }

        DateTime?[]? values = null;
        string[]? firstFittingGroup = null;
        foreach (var group in dateFormatGroups)
        {
            if (!DateTime.TryParseExact(cells.Texts[cells.First], group, culture, DateStyle, out _))
            {
                continue;
            }

            firstFittingGroup ??= group;
            // A pass that succeeds has written every row, so the array need not be zeroed first.
            values ??= GC.AllocateUninitializedArray<DateTime?>(cells.Count);
            if (TryParseAll(cells, group, values) < 0)
            {
                return DateColumn.Wrap(name, values);
            }
        }

        if (!given)
        {
            return null;
        }

        var reported = firstFittingGroup ?? dateFormatGroups[0];
        var failed = TryParseAll(cells, reported, values ?? new DateTime?[cells.Count]);
        throw CsvErrors.NotADate(source, lines[failed], failed, name, cells.Texts[failed].ToString(), reported);
    }

    /// <summary>
    /// Fills <paramref name="values"/>; returns the first row that does not parse, or -1. A cell equal to the one
    /// above (invoice lines share their timestamp) takes its date without parsing.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int TryParseAll(Cells cells, string[] formats, DateTime?[] values)
    {
        var fast = IsoDateParser.Covers(formats, culture);
        var previousRow = -1;
        for (var row = 0; row < values.Length; row++)
        {
            var text = cells.Texts[row];
            if (cells.Missing.IsMissing(text))
            {
                values[row] = null;
                continue;
            }

            if (previousRow >= 0 && text.SequenceEqual(cells.Texts[previousRow]))
            {
                values[row] = values[previousRow];
                continue;
            }

            if (fast && IsoDateParser.TryParse(text, out var iso))
            {
                values[row] = iso;
            }
            else if (DateTime.TryParseExact(text, formats, culture, DateStyle, out var value))
            {
                values[row] = value;
            }
            else
            {
                return row;
            }

            previousRow = row;
        }

        return -1;
    }

    /// <summary>A column's texts, the test for missing ones, and the first that is not missing (-1 when all are).</summary>
    private readonly record struct Cells(CsvColumnText Texts, MissingValueMatcher Missing, int First)
    {
        public int Count => Texts.Count;
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
