using System.Globalization;
using Segmentation.Data.Csv;

namespace Segmentation.Clustering.Streaming;

/// <summary>One pass over a <see cref="CsvRowBlockSource"/>: parses the feature columns of each record into the caller's buffer.</summary>
internal sealed class CsvRowBlockReader : IRowBlockReader
{
    private readonly TextReader _text;
    private readonly CsvRecordScanner _scanner;
    private readonly string _source;
    private readonly string[] _names;
    private readonly int[] _positions;
    private readonly int _fieldCount;
    private long _row;
    private bool _finished;

    /// <summary>Whether the scanner holds a record not yet parsed (the first data record, read while checking there is one).</summary>
    private bool _pending;

    public CsvRowBlockReader(TextReader text, char separator, string source, string[] names, int[] positions, int fieldCount)
    {
        _text = text;
        _source = source;
        _names = names;
        _positions = positions;
        _fieldCount = fieldCount;
        _scanner = new CsvRecordScanner(text, separator);
        if (!ReadRecord())
        {
            throw StreamingCsvErrors.Empty(_source);
        }

        if (!ReadRecord())
        {
            throw StreamingCsvErrors.NoDataRows(_source);
        }

        _pending = true;
    }

    public int Read(Span<double> destination)
    {
        var features = _positions.Length;
        if (destination.Length < features)
        {
            Guard.ThrowArgument($"destination.Length={destination.Length} must hold at least one row of {features} features.", nameof(destination));
        }

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
            ParseRecord(destination.Slice(rows * features, features));
            _row++;
            rows++;
        }

        return rows;
    }

    public void Dispose()
    {
        _scanner.Dispose();
        _text.Dispose();
    }

    private bool ReadRecord()
    {
        try
        {
            return _scanner.Read();
        }
        catch (InvalidDataException error)
        {
            throw StreamingCsvErrors.NotGzip(_source, error);
        }
    }

    private void ParseRecord(Span<double> destination)
    {
        if (_scanner.UnclosedQuote)
        {
            throw StreamingCsvErrors.UnclosedQuote(_source, _scanner.Line, _row);
        }

        if (_scanner.Count != _fieldCount)
        {
            throw StreamingCsvErrors.Ragged(_source, _scanner.Line, _row, _scanner.Count, _fieldCount);
        }

        for (var i = 0; i < _positions.Length; i++)
        {
            if (!FastNumberParser.TryParse(_scanner.Field(_positions[i]), out var value)
                || !double.IsFinite(value))
            {
                ThrowNotAFiniteNumber(i);
            }

            destination[i] = value;
        }
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private void ThrowNotAFiniteNumber(int feature)
    {
        var text = _scanner.FieldText(_positions[feature]);
        var line = _scanner.Line;
        var name = _names[feature];
        if (string.IsNullOrWhiteSpace(text) || Defaults.MissingValueTokens.Contains(text))
        {
            throw StreamingCsvErrors.Missing(_source, line, _row, name, text);
        }

        throw double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            ? StreamingCsvErrors.NotFinite(_source, line, _row, name, text)
            : StreamingCsvErrors.NotANumber(_source, line, _row, name, text);
    }
}
