using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Segmentation.Clustering.Streaming;

/// <summary>One pass over a <see cref="CsvRowBlockSource"/>: parses the feature columns of each record into the caller's buffer.</summary>
internal sealed class CsvRowBlockReader : IRowBlockReader
{
    private readonly TextReader _text;
    private readonly CsvParser _parser;
    private readonly string _source;
    private readonly string[] _names;
    private readonly int[] _positions;
    private readonly int _fieldCount;
    private readonly HashSet<string> _missingTokens = new(Defaults.MissingValueTokens, StringComparer.Ordinal);
    private long _row;
    private long _lastRecord;
    private long _lastRawLine;
    private bool _unclosedQuote;
    private bool _finished;

    /// <summary>Whether the parser holds a record not yet parsed (the first data record, read while checking there is one).</summary>
    private bool _pending;

    public CsvRowBlockReader(TextReader text, CsvConfiguration configuration, string source, string[] names, int[] positions, int fieldCount)
    {
        _text = text;
        _source = source;
        _names = names;
        _positions = positions;
        _fieldCount = fieldCount;
        _parser = new CsvParser(text, configuration with { BadDataFound = args => _unclosedQuote |= IsUnclosedQuote(args.Field) });
        if (!ReadRecord())
        {
            throw StreamingCsvErrors.Empty(_source);
        }

        _ = NextRecordLine();
        if (!ReadRecord())
        {
            throw StreamingCsvErrors.NoDataRows(_source);
        }

        _pending = true;
    }

    public int Read(Span<double> destination)
    {
        var features = _positions.Length;
        var capacity = destination.Length / features;
        var rows = 0;
        while (rows < capacity && !_finished)
        {
            if (!_pending && !ReadRecord())
            {
                _finished = true;
                break;
            }

            _pending = false;
            ParseRecord(destination.Slice(rows * features, features), NextRecordLine());
            _row++;
            rows++;
        }

        return rows;
    }

    public void Dispose()
    {
        _parser.Dispose();
        _text.Dispose();
    }

    private bool ReadRecord()
    {
        try
        {
            return _parser.Read();
        }
        catch (InvalidDataException error)
        {
            throw StreamingCsvErrors.NotGzip(_source, error);
        }
    }

    /// <summary>The 1-based line where the current record starts: CsvParser counts skipped blank lines in Row and physical lines in RawRow.</summary>
    private long NextRecordLine()
    {
        var line = _lastRawLine + 1 + (_parser.Row - _lastRecord - 1);
        (_lastRecord, _lastRawLine) = (_parser.Row, _parser.RawRow);
        return line;
    }

    private void ParseRecord(Span<double> destination, long line)
    {
        if (_parser.Count != _fieldCount)
        {
            throw _unclosedQuote
                ? StreamingCsvErrors.UnclosedQuote(_source, line, _row)
                : StreamingCsvErrors.Ragged(_source, line, _row, _parser.Count, _fieldCount);
        }

        for (var i = 0; i < _positions.Length; i++)
        {
            var text = _parser[_positions[i]];
            if (_unclosedQuote)
            {
                throw StreamingCsvErrors.UnclosedQuote(_source, line, _row);
            }

            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                throw string.IsNullOrWhiteSpace(text) || _missingTokens.Contains(text)
                    ? StreamingCsvErrors.Missing(_source, line, _row, _names[i], text)
                    : StreamingCsvErrors.NotANumber(_source, line, _row, _names[i], text);
            }

            if (!double.IsFinite(value))
            {
                throw _missingTokens.Contains(text)
                    ? StreamingCsvErrors.Missing(_source, line, _row, _names[i], text)
                    : StreamingCsvErrors.NotFinite(_source, line, _row, _names[i], text);
            }

            destination[i] = value;
        }
    }

    /// <summary>A field that opens a quote and never closes it holds an odd number of quote characters.</summary>
    private static bool IsUnclosedQuote(string field) =>
        field.StartsWith('"') && field.AsSpan().Count('"') % 2 == 1;
}
