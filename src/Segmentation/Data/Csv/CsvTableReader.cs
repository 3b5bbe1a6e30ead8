using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Text;

namespace Segmentation.Data.Csv;

/// <summary>
/// Streams CSV records through <see cref="CsvTokenizer"/> into one <see cref="CsvColumnText"/> per column, then
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

    /// <summary>After this many data rows the column buffers are sized for the whole input, when its size is known.</summary>
    private const int SizingSampleRows = 1024;

    /// <summary>Room added to the estimated size, so that a later stretch of longer rows does not need one more copy.</summary>
    private const double SizingSlack = 1.05;

    private readonly CsvLoadOptions _options;
    private readonly string _source;
    private readonly InvalidByteTracker? _tracker;
    private readonly long? _expectedCharacters;

    private CsvTableReader(CsvLoadOptions options, string source, InvalidByteTracker? tracker, long? expectedCharacters)
    {
        _options = options;
        _source = source;
        _tracker = tracker;
        _expectedCharacters = expectedCharacters;
    }

    /// <param name="reader">The text.</param>
    /// <param name="options">How to read it.</param>
    /// <param name="source">The input's name in messages.</param>
    /// <param name="tracker">The decoder's record of invalid bytes, if it decodes UTF-8.</param>
    /// <param name="expectedCharacters">About how long the text is, if known: the buffers are sized once from it.</param>
    public static DataFrame Read(TextReader reader, CsvLoadOptions options, string source, InvalidByteTracker? tracker, long? expectedCharacters)
    {
        Validate(options);
        return new CsvTableReader(options, source, tracker, expectedCharacters).Read(reader);
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
        var records = new CsvTokenizer(new PrefixedTextReader(prefix, reader), separator);
        if (!records.Read())
        {
            throw CsvErrors.Empty(_source);
        }

        var headerLine = records.Line;
        var names = ReadNames(records, headerLine);
        var columns = new CsvColumnText[names.Length];
        for (var i = 0; i < columns.Length; i++)
        {
            columns[i] = new CsvColumnText();
        }

        try
        {
            var lines = new List<int>();
            var dataStart = _options.HasHeader ? records.Position : 0;
            var pending = !_options.HasHeader || records.Read();
            while (pending)
            {
                var row = lines.Count;
                lines.Add(records.Line);
                AddRecord(records, names, columns, records.Line, row);
                if (row + 1 == SizingSampleRows && _expectedCharacters is { } expected)
                {
                    Reserve(columns, lines, (double)(expected - dataStart) / (records.Position - dataStart));
                }

                pending = records.Read();
            }

            if (lines.Count == 0 && !_options.AllowNoDataRows)
            {
                throw CsvErrors.NoDataRows(_source);
            }

            return BuildFrame(names, columns, lines);
        }
        finally
        {
            // Returned here, not by the threads that typed them: the pool caches per thread, and the next load rents
            // from this one (returning them from the workers raised the peak RSS of repeated loads from 307 to 460 MB).
            foreach (var column in columns)
            {
                column.Dispose();
            }
        }
    }

    /// <summary>Sizes the buffers for <paramref name="scale"/> times the rows read so far, so they grow at most once more.</summary>
    private static void Reserve(CsvColumnText[] columns, List<int> lines, double scale)
    {
        if (!(scale > 1))
        {
            return;
        }

        static int Scaled(long count, double scale) => (int)Math.Min(count * scale * SizingSlack, Array.MaxLength);
        lines.Capacity = Scaled(lines.Count, scale);
        foreach (var column in columns)
        {
            column.Reserve(Scaled(column.Count, scale), Scaled(column.CharacterCount, scale));
        }
    }

    private string[] ReadNames(CsvTokenizer records, int line)
    {
        var count = records.FieldCount;
        var names = new string[count];
        var positions = new Dictionary<string, int>(count, StringComparer.Ordinal);
        var unclosed = false;
        for (var i = 0; i < count; i++)
        {
            var field = records[i];
            unclosed |= records.IsUnclosed(i);
            if (unclosed)
            {
                throw _options.HasHeader ? CsvErrors.UnclosedQuoteInHeader(_source, line) : CsvErrors.UnclosedQuote(_source, line, 0);
            }

            if (_options.HasHeader && HoldsInvalidBytes(field))
            {
                throw CsvErrors.InvalidBytesInHeader(_source, line, i + 1, field.ToString());
            }

            if (!_options.HasHeader)
            {
                names[i] = $"Column{i + 1}";
                continue;
            }

            var name = field.ToString();
            if (string.IsNullOrWhiteSpace(name))
            {
                throw CsvErrors.EmptyHeaderName(_source, i + 1);
            }

            if (!positions.TryAdd(name, i))
            {
                throw CsvErrors.DuplicateHeaderName(_source, name, positions[name] + 1, i + 1);
            }

            names[i] = name;
        }

        return names;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddRecord(CsvTokenizer records, string[] names, CsvColumnText[] columns, int line, int row)
    {
        var count = records.FieldCount;
        if (count != names.Length)
        {
            throw records.HasUnclosedField
                ? CsvErrors.UnclosedQuote(_source, line, row)
                : CsvErrors.Ragged(_source, line, row, count, names.Length, _options.HasHeader);
        }

        var checkBytes = _tracker is { SawInvalidBytes: true };
        for (var i = 0; i < columns.Length; i++)
        {
            var text = records[i];
            if (checkBytes && text.Contains(InvalidByteTracker.Substitute))
            {
                throw CsvErrors.InvalidBytes(_source, line, row, names[i], text.ToString());
            }

            columns[i].Add(text);
        }

        if (records.HasUnclosedField)
        {
            throw CsvErrors.UnclosedQuote(_source, line, row);
        }
    }

    /// <summary>A substitute character counts only once the decoder replaced some bytes.</summary>
    private bool HoldsInvalidBytes(ReadOnlySpan<char> text) =>
        _tracker is { SawInvalidBytes: true } && text.Contains(InvalidByteTracker.Substitute);

    private DataFrame BuildFrame(string[] names, CsvColumnText[] columns, List<int> lines)
    {
        foreach (var name in _options.ColumnTypes.Keys)
        {
            if (Array.IndexOf(names, name) < 0)
            {
                throw new ColumnNotFoundException(name, ColumnNameSuggestions.Closest(name, names));
            }
        }

        var formatGroups = CsvColumnConverter.GroupDateFormats(_options.DateFormats);
        var missing = new MissingValueMatcher(_options.MissingValueTokens);
        var converter = new CsvColumnConverter(_source, lines, _options.Culture, formatGroups, missing);
        var typed = new DataFrameColumn[names.Length];
        var errors = new Exception?[names.Length];
        void ConvertColumn(int i)
        {
            try
            {
                ColumnKind? kind = _options.ColumnTypes.TryGetValue(names[i], out var given) ? given : null;
                typed[i] = converter.Convert(names[i], columns[i], kind);
            }
            catch (SegmentationDataException error)
            {
                errors[i] = error;
            }
        }

        if ((long)lines.Count * names.Length >= ParallelConversionCells)
        {
            // Longest texts first, one column at a time, so that the last column to finish is a short one.
            var longestFirst = Enumerable.Range(0, names.Length).OrderByDescending(i => columns[i].CharacterCount).ToArray();
            Parallel.ForEach(Partitioner.Create(longestFirst, EnumerablePartitionerOptions.NoBuffering), ConvertColumn);
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
