using System.Buffers;
using System.Diagnostics;

namespace Segmentation.Clustering.Streaming;

/// <summary>
/// A small CSV tokenizer over a <see cref="TextReader"/> that finds the fields of one record at a time in its own
/// character buffer, without allocating per field: quoted fields (a doubled quote inside is a quote; separators and
/// line breaks inside are text), LF, CRLF or CR line ends, empty lines skipped. A quote inside an unquoted field is
/// kept as text, as pandas does; a quote left open at the end of the input is an error the caller reports. The character
/// buffer is rented from the shared pool and returned by <see cref="Dispose"/>, so that pass after pass reuses it.
/// </summary>
internal sealed class CsvRecordScanner : IDisposable
{
    private const int InitialBufferSize = 1 << 16;

    private readonly TextReader _reader;
    private readonly char _separator;
    private char[] _buffer = ArrayPool<char>.Shared.Rent(InitialBufferSize);
    private int _start;
    private int _end;
    private bool _endOfInput;

    // Per field of the current record: start and length (relative to _start, quotes excluded) and whether it was quoted.
    private int[] _fieldStarts = new int[16];
    private int[] _fieldLengths = new int[16];
    private bool[] _fieldQuoted = new bool[16];
    private int _recordLength;

    /// <summary>Line ends read so far.</summary>
    private long _linesRead;

    public CsvRecordScanner(TextReader reader, char separator)
    {
        _reader = reader;
        _separator = separator;
    }

    /// <summary>Returns the buffer to the pool; the scanner is not used after.</summary>
    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = [];
    }

    /// <summary>Gets the fields of the current record.</summary>
    public int Count { get; private set; }

    /// <summary>Gets the 1-based line where the current record starts.</summary>
    public long Line { get; private set; }

    /// <summary>Gets whether the current record ended inside an open quote (the input ended first).</summary>
    public bool UnclosedQuote { get; private set; }

    /// <summary>Gets the text of field <paramref name="index"/>; a quoted field still holds its doubled quotes as two.</summary>
    public ReadOnlySpan<char> Field(int index) => _buffer.AsSpan(_start + _fieldStarts[index], _fieldLengths[index]);

    /// <summary>Gets field <paramref name="index"/> as a string, doubled quotes of a quoted field made single.</summary>
    public string FieldText(int index)
    {
        var text = Field(index).ToString();
        return _fieldQuoted[index] ? text.Replace("\"\"", "\"", StringComparison.Ordinal) : text;
    }

    /// <summary>Moves to the next non-empty record.</summary>
    /// <returns>False at the end of the input.</returns>
    public bool Read()
    {
        _start += _recordLength;
        _recordLength = 0;
        while (true)
        {
            if (_start == _end && !Fill())
            {
                return false;
            }

            // Skip the line end that closed the previous record, and empty lines.
            var c = _buffer[_start];
            if (c == '\n')
            {
                _start++;
                _linesRead++;
                continue;
            }

            if (c == '\r')
            {
                if (_start + 1 == _end)
                {
                    Fill();
                }

                _start += _start + 1 < _end && _buffer[_start + 1] == '\n' ? 2 : 1;
                _linesRead++;
                continue;
            }

            break;
        }

        Line = _linesRead + 1;
        ScanRecord();
        return true;
    }

    /// <summary>Finds the fields of the record at _start, through (not including) its line end.</summary>
    private void ScanRecord()
    {
        Count = 0;
        UnclosedQuote = false;
        var i = 0;
        while (true)
        {
            // One field from offset i.
            var quoted = Available(i) && _buffer[_start + i] == '"';
            int fieldStart;
            int fieldLength;
            if (quoted)
            {
                i++;
                fieldStart = i;
                while (true)
                {
                    if (!Available(i))
                    {
                        UnclosedQuote = true;
                        break;
                    }

                    var c = _buffer[_start + i];
                    if (c == '"')
                    {
                        if (Available(i + 1) && _buffer[_start + i + 1] == '"')
                        {
                            i += 2;
                            continue;
                        }

                        break;
                    }

                    if (c == '\n' || (c == '\r' && !(Available(i + 1) && _buffer[_start + i + 1] == '\n')))
                    {
                        _linesRead++;
                    }

                    i++;
                }

                fieldLength = i - fieldStart;
                if (!UnclosedQuote)
                {
                    i++; // the closing quote
                }

                // Text after the closing quote up to the separator is kept out of the field, as CsvHelper does leniently.
                while (Available(i) && _buffer[_start + i] is var after && after != _separator && after != '\n' && after != '\r')
                {
                    i++;
                }
            }
            else
            {
                fieldStart = i;
                i = EndOfUnquotedField(i);
                fieldLength = i - fieldStart;
            }

            AddField(fieldStart, fieldLength, quoted);
            if (Available(i) && _buffer[_start + i] == _separator)
            {
                i++;
                continue;
            }

            _recordLength = i;
            return;
        }
    }

    /// <summary>The offset of the separator or line end after an unquoted field from offset <paramref name="i"/>, or of the input's end.</summary>
    private int EndOfUnquotedField(int i)
    {
        var separator = _separator;
        do
        {
            // Scan what is buffered without a call per character; read more only at the buffer's end.
            var buffer = _buffer;
            for (var index = _start + i; index < _end; index++, i++)
            {
                var c = buffer[index];
                if (c == separator || c == '\n' || c == '\r')
                {
                    return i;
                }
            }
        }
        while (Available(i));

        return i;
    }

    /// <summary>Whether offset <paramref name="i"/> of the current record is in the buffer, reading more input when needed.</summary>
    private bool Available(int i)
    {
        while (_start + i >= _end)
        {
            if (!Fill())
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Moves the current record to the front of the buffer (growing it when the record fills it) and reads more.</summary>
    private bool Fill()
    {
        if (_endOfInput)
        {
            return false;
        }

        var kept = _end - _start;
        if (kept == _buffer.Length)
        {
            var larger = ArrayPool<char>.Shared.Rent(_buffer.Length * 2);
            Array.Copy(_buffer, _start, larger, 0, kept);
            ArrayPool<char>.Shared.Return(_buffer);
            _buffer = larger;
        }
        else if (_start > 0)
        {
            Array.Copy(_buffer, _start, _buffer, 0, kept);
        }

        _start = 0;
        _end = kept;
        var read = _reader.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _endOfInput = true;
            return false;
        }

        _end += read;
        return true;
    }

    private void AddField(int start, int length, bool quoted)
    {
        if (Count == _fieldStarts.Length)
        {
            Array.Resize(ref _fieldStarts, Count * 2);
            Array.Resize(ref _fieldLengths, Count * 2);
            Array.Resize(ref _fieldQuoted, Count * 2);
        }

        Debug.Assert(length >= 0, "a field has a length");
        _fieldStarts[Count] = start;
        _fieldLengths[Count] = length;
        _fieldQuoted[Count] = quoted;
        Count++;
    }
}
