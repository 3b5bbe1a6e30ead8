using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Segmentation.Data.Csv;

/// <summary>
/// Streams CSV records through CsvHelper's <see cref="CsvParser"/> into one list of cell texts per column, then
/// types each column from all of its values. Unquoted fields with stray quotes are read leniently as pandas does
/// (<c>ab"c</c> stays <c>ab"c</c>); a quote left open to the end of the input is an error.
/// </summary>
internal sealed class CsvTableReader
{
    private const int FirstLineChunk = 4096;

    /// <summary>Separator detection looks no further than this many characters for the end of the first line.</summary>
    private const int FirstLineLimit = 1 << 20;

    /// <summary>Columns are typed in parallel from this many cells on; below it threads cost more than they save.</summary>
    private const long ParallelConversionCells = 200_000;

    private readonly CsvLoadOptions _options;
    private readonly string _source;
    private readonly InvalidByteTracker? _tracker;
    private readonly HashSet<string> _missingTokens;
    private readonly int _longestMissingToken;
    private bool _unclosedQuote;

    private CsvTableReader(CsvLoadOptions options, string source, InvalidByteTracker? tracker)
    {
        _options = options;
        _source = source;
        _tracker = tracker;
        _missingTokens = new HashSet<string>(options.MissingValueTokens, StringComparer.Ordinal);
        _longestMissingToken = _missingTokens.Count == 0 ? -1 : _missingTokens.Max(token => token.Length);
    }

    public static DataFrame Read(TextReader reader, CsvLoadOptions options, string source, InvalidByteTracker? tracker)
    {
        Validate(options);
        return new CsvTableReader(options, source, tracker).Read(reader);
    }

    private static void Validate(CsvLoadOptions options)
    {
        Guard.NotNull(options.Culture);
        if (options.Separator is '"' or '\r' or '\n')
        {
            throw new ArgumentException(
                $"Separator='{options.Separator}' cannot be a quote or a line break.", nameof(options));
        }
    }

    private DataFrame Read(TextReader reader)
    {
        var prefix = ReadThroughFirstLine(reader, out var firstLine);
        if (string.IsNullOrWhiteSpace(prefix))
        {
            throw CsvErrors.Empty(_source);
        }

        var separator = _options.Separator ?? SeparatorDetector.Detect(firstLine, Defaults.CsvSeparators);
        var configuration = new CsvConfiguration(_options.Culture)
        {
            Delimiter = separator.ToString(),
            HasHeaderRecord = false,
            IgnoreBlankLines = true,
            CacheFields = true,
            BufferSize = 1 << 16,
            DetectColumnCountChanges = false,
            BadDataFound = args => _unclosedQuote |= IsUnclosedQuote(args.Field),
        };

        using var parser = new CsvParser(new PrefixedTextReader(prefix, reader), configuration);
        var lines = new List<int>();
        var lastRow = 0;
        var lastRawRow = 0;

        int NextRecordLine()
        {
            // CsvParser counts skipped blank lines in Row and physical lines (through the record's end) in RawRow.
            var line = lastRawRow + 1 + (parser.Row - lastRow - 1);
            (lastRow, lastRawRow) = (parser.Row, parser.RawRow);
            return line;
        }

        if (!parser.Read())
        {
            throw CsvErrors.Empty(_source);
        }

        var headerLine = NextRecordLine();
        var names = ReadNames(parser, headerLine);
        var columns = new List<string?>[names.Length];
        for (var i = 0; i < columns.Length; i++)
        {
            columns[i] = [];
        }

        var pending = !_options.HasHeader;
        if (!pending)
        {
            pending = parser.Read();
        }

        while (pending)
        {
            var line = _options.HasHeader || lines.Count > 0 ? NextRecordLine() : headerLine;
            var row = lines.Count;
            lines.Add(line);
            AddRecord(parser, names, columns, line, row);
            pending = parser.Read();
        }

        if (lines.Count == 0 && !_options.AllowNoDataRows)
        {
            throw CsvErrors.NoDataRows(_source);
        }

        return BuildFrame(names, columns, lines);
    }

    private string[] ReadNames(CsvParser parser, int line)
    {
        var count = parser.Count;
        var names = new string[count];
        var positions = new Dictionary<string, int>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var field = parser[i];
            if (_unclosedQuote)
            {
                throw _options.HasHeader ? CsvErrors.UnclosedQuoteInHeader(_source, line) : CsvErrors.UnclosedQuote(_source, line, 0);
            }

            if (_options.HasHeader && _tracker is { SawInvalidBytes: true } && field.Contains(InvalidByteTracker.Substitute, StringComparison.Ordinal))
            {
                throw CsvErrors.InvalidBytesInHeader(_source, line, i + 1, field);
            }

            if (!_options.HasHeader)
            {
                names[i] = $"Column{i + 1}";
                continue;
            }

            if (string.IsNullOrWhiteSpace(field))
            {
                throw CsvErrors.EmptyHeaderName(_source, i + 1);
            }

            if (!positions.TryAdd(field, i))
            {
                throw CsvErrors.DuplicateHeaderName(_source, field, positions[field] + 1, i + 1);
            }

            names[i] = field;
        }

        return names;
    }

    private void AddRecord(CsvParser parser, string[] names, List<string?>[] columns, int line, int row)
    {
        var count = parser.Count;
        if (count != names.Length)
        {
            for (var i = 0; i < count; i++)
            {
                _ = parser[i];
            }

            throw _unclosedQuote
                ? CsvErrors.UnclosedQuote(_source, line, row)
                : CsvErrors.Ragged(_source, line, row, count, names.Length, _options.HasHeader);
        }

        for (var i = 0; i < count; i++)
        {
            var text = parser[i];
            if (_tracker is { SawInvalidBytes: true } && text.Contains(InvalidByteTracker.Substitute, StringComparison.Ordinal))
            {
                throw CsvErrors.InvalidBytes(_source, line, row, names[i], text);
            }

            columns[i].Add(IsMissing(text) ? null : text);
        }

        if (_unclosedQuote)
        {
            throw CsvErrors.UnclosedQuote(_source, line, row);
        }
    }

    private DataFrame BuildFrame(string[] names, List<string?>[] columns, List<int> lines)
    {
        foreach (var name in _options.ColumnTypes.Keys)
        {
            if (Array.IndexOf(names, name) < 0)
            {
                throw new ColumnNotFoundException(name, ColumnNameSuggestions.Closest(name, names));
            }
        }

        var formatGroups = CsvColumnConverter.GroupDateFormats(_options.DateFormats);
        var converter = new CsvColumnConverter(_source, lines, _options.Culture, formatGroups);
        var typed = new DataFrameColumn[names.Length];
        var errors = new Exception?[names.Length];
        void ConvertColumn(int i)
        {
            try
            {
                ColumnKind? kind = _options.ColumnTypes.TryGetValue(names[i], out var given) ? given : null;
                typed[i] = converter.Convert(names[i], CollectionsMarshal.AsSpan(columns[i]), kind);
                columns[i] = [];
            }
            catch (SegmentationDataException error)
            {
                errors[i] = error;
            }
        }

        if ((long)lines.Count * names.Length >= ParallelConversionCells)
        {
            Parallel.For(0, names.Length, ConvertColumn);
        }
        else
        {
            for (var i = 0; i < names.Length; i++)
            {
                ConvertColumn(i);
            }
        }

        // The first column in order with a problem is reported, whichever thread found it first.
        if (Array.Find(errors, error => error is not null) is { } first)
        {
            ExceptionDispatchInfo.Throw(first);
        }

        return new DataFrame(typed);
    }

    private bool IsMissing(string text) =>
        text.Length == 0
        || (text.Length <= _longestMissingToken && _missingTokens.Contains(text))
        || (char.IsWhiteSpace(text[0]) && text.AsSpan().IsWhiteSpace());

    /// <summary>A field that opens a quote and never closes it holds an odd number of quote characters.</summary>
    private static bool IsUnclosedQuote(string field) =>
        field.StartsWith('"') && field.AsSpan().Count('"') % 2 == 1;

    /// <summary>
    /// Reads from <paramref name="reader"/> through the end of the first non-blank line (a line break inside quotes
    /// does not end it), for separator detection; returns everything read, without a leading byte order mark.
    /// </summary>
    private static string ReadThroughFirstLine(TextReader reader, out string firstLine)
    {
        var text = new StringBuilder();
        var buffer = new char[FirstLineChunk];
        var quoted = false;
        var lineStart = 0;
        var scanned = 0;
        while (true)
        {
            var read = text.Length >= FirstLineLimit ? 0 : reader.Read(buffer, 0, buffer.Length);
            if (read == 0)
            {
                var all = TrimByteOrderMark(text.ToString(), ref lineStart);
                firstLine = all[Math.Min(lineStart, all.Length)..];
                return all;
            }

            text.Append(buffer, 0, read);
            for (; scanned < text.Length; scanned++)
            {
                var character = text[scanned];
                if (character == '"')
                {
                    quoted = !quoted;
                }
                else if (!quoted && character is '\n' or '\r')
                {
                    if (scanned > lineStart)
                    {
                        var all = TrimByteOrderMark(text.ToString(), ref lineStart);
                        var end = scanned - (text.Length - all.Length);
                        firstLine = all[lineStart..end];
                        return all;
                    }

                    lineStart = scanned + 1;
                }
            }
        }
    }

    private static string TrimByteOrderMark(string text, ref int lineStart)
    {
        if (!text.StartsWith('\uFEFF'))
        {
            return text;
        }

        lineStart = Math.Max(0, lineStart - 1);
        return text[1..];
    }
}
