using System.Runtime.CompilerServices;

namespace Segmentation.Data.Csv;

/// <summary>
/// Splits CSV text into records of fields without a string per field: fields are spans over a character buffer,
/// delimited with the help of <see cref="CsvStopScanner"/>. Follows the RFC 4180 rules of CsvHelper,
/// which the loader used before, to the same results: a field is quoted only when it starts with a quote; CRLF, LF
/// and a lone CR end a record; a line that is empty is skipped (a line of spaces is a record of one field); a quoted
/// field open at the end of the input runs to the end.
/// </summary>
internal sealed class CsvTokenizer
{
    private const char Quote = '"';
    private const int InitialBufferSize = 1 << 17;

    private readonly TextReader _reader;
    private readonly char _separator;
    private CsvStopScanner _stops;
    private char[] _buffer = new char[InitialBufferSize + CsvStopScanner.Padding];
    private int _start;
    private int _length;
    private bool _endOfInput;
    private int _linesBefore;
    private long _discarded;
    private Field[] _fields = new Field[16];
    private int _count;
    private bool _anyQuotes;
    private char[] _unquoted = new char[256];

    public CsvTokenizer(TextReader reader, char separator)
    {
        _reader = reader;
        _separator = separator;
        _stops = new CsvStopScanner(separator);
    }

    private enum Outcome
    {
        Record,
        EndOfInput,
        NeedMoreText,
    }

    /// <summary>Gets the number of fields of the current record.</summary>
    public int FieldCount => _count;

    /// <summary>Gets the line (1-based, counting blank lines and line breaks inside quotes) where the current record starts.</summary>
    public int Line { get; private set; }

    /// <summary>Gets the number of characters read through the end of the current record.</summary>
    public long Position => _discarded + _start;

    /// <summary>Gets the value of field <paramref name="index"/> of the current record, quotes removed.</summary>
    public ReadOnlySpan<char> this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            ref readonly var field = ref _fields[index];
            return field.InUnquoted ? _unquoted.AsSpan(field.Start, field.Length) : _buffer.AsSpan(field.Start, field.Length);
        }
    }

    /// <summary>Gets whether a field of the current record opens a quote that the input never closes.</summary>
    public bool HasUnclosedField { get; private set; }

    /// <summary>Whether field <paramref name="index"/> opens a quote that the input never closes.</summary>
    public bool IsUnclosed(int index) => _fields[index].Unclosed;

    /// <summary>Moves to the next record; <see langword="false"/> at the end of the input.</summary>
    public bool Read()
    {
        while (true)
        {
            var outcome = TryReadRecord();
            if (outcome != Outcome.NeedMoreText)
            {
                return outcome == Outcome.Record;
            }

            Refill();
        }
    }

    /// <summary>
    /// Reads one record from <see cref="_start"/>. When the buffer ends before the record does (and the input does
    /// not), nothing of the record is kept: it is read again after <see cref="Refill"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Outcome TryReadRecord()
    {
        var text = _buffer.AsSpan(0, _length);
        if (!SkipEmptyLines(text))
        {
            return Outcome.NeedMoreText;
        }

        var position = _start;
        if (position == text.Length)
        {
            return _endOfInput ? Outcome.EndOfInput : Outcome.NeedMoreText;
        }

        _count = 0;
        _anyQuotes = false;
        var quotedLineBreaks = 0;
        while (true)
        {
            var fieldStart = position;
            var quoteCount = 0;
            if (position < text.Length && text[position] == Quote)
            {
                SkipQuotedPart(text, ref position, ref quoteCount, ref quotedLineBreaks);
            }

            var isBad = SkipUnquotedPart(text, ref position);
            if (position == text.Length && !_endOfInput)
            {
                return Outcome.NeedMoreText;
            }

            AddField(fieldStart, position - fieldStart, quoteCount, isBad);
            if (position == text.Length)
            {
                return CompleteRecord(position, quotedLineBreaks);
            }

            var stop = text[position++];
            if (stop == _separator)
            {
                continue;
            }

            if (stop == '\r')
            {
                if (position == text.Length && !_endOfInput)
                {
                    return Outcome.NeedMoreText;
                }

                if (position < text.Length && text[position] == '\n')
                {
                    position++;
                }
            }

            return CompleteRecord(position, quotedLineBreaks);
        }
    }

    /// <summary>Moves <see cref="_start"/> past empty lines, counting them; <see langword="false"/> when a CR ends the buffer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool SkipEmptyLines(ReadOnlySpan<char> text)
    {
        var position = _start;
        while (position < text.Length && text[position] is '\r' or '\n')
        {
            if (text[position] == '\r' && position + 1 == text.Length && !_endOfInput)
            {
                return false;
            }

            position += text[position] == '\r' && position + 1 < text.Length && text[position + 1] == '\n' ? 2 : 1;
            _start = position;
            _linesBefore++;
        }

        return true;
    }

    /// <summary>
    /// From an opening quote, moves past the quoted text through its closing quote (a doubled quote stays inside), or
    /// to the end of the text. Line breaks inside count as CsvHelper counted them: a CR, or an LF not after a CR.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void SkipQuotedPart(ReadOnlySpan<char> text, ref int position, ref int quoteCount, ref int quotedLineBreaks)
    {
        quoteCount = 1;
        position++;
        while (true)
        {
            var next = _stops.Next(_buffer, _length, position);
            while (next >= 0 && text[next] == _separator)
            {
                next = _stops.Next(_buffer, _length, next + 1);
            }

            if (next < 0)
            {
                position = text.Length;
                return;
            }

            position = next + 1;
            if (text[next] != Quote)
            {
                if (text[next] == '\r' || text[next - 1] != '\r')
                {
                    quotedLineBreaks++;
                }

                continue;
            }

            quoteCount++;
            if (position == text.Length || text[position] != Quote)
            {
                return;
            }

            quoteCount++;
            position++;
        }
    }

    /// <summary>
    /// Moves to the separator or line break that ends the field, or to the end of the text. Returns whether a quote
    /// stood in the way: in an unquoted field, or after a closing quote, that is bad data.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool SkipUnquotedPart(ReadOnlySpan<char> text, ref int position)
    {
        var isBad = false;
        while (position < text.Length)
        {
            var next = _stops.Next(_buffer, _length, position);
            if (next < 0)
            {
                position = text.Length;
                break;
            }

            position = next;
            if (text[position] != Quote)
            {
                break;
            }

            isBad = true;
            position++;
        }

        return isBad;
    }

    private Outcome CompleteRecord(int end, int quotedLineBreaks)
    {
        Line = _linesBefore + 1;
        _linesBefore += 1 + quotedLineBreaks;
        _start = end;
        HasUnclosedField = false;
        if (_anyQuotes)
        {
            UnquoteFields();
        }

        return Outcome.Record;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AddField(int start, int length, int quoteCount, bool isBad)
    {
        _anyQuotes |= quoteCount > 0 || isBad;
        if (_count == _fields.Length)
        {
            Array.Resize(ref _fields, _fields.Length * 2);
        }

        _fields[_count++] = new Field { Start = start, Length = length, QuoteCount = quoteCount, IsBad = isBad };
    }

    /// <summary>Fields with quotes get their value written to a side buffer; the rest stay spans of the input.</summary>
    private void UnquoteFields()
    {
        var used = 0;
        for (var i = 0; i < _count; i++)
        {
            ref var field = ref _fields[i];
            if (field.Length == 0 || (field.QuoteCount == 0 && !field.IsBad))
            {
                continue;
            }

            if (_unquoted.Length - used < field.Length)
            {
                Array.Resize(ref _unquoted, Math.Max(_unquoted.Length * 2, used + field.Length));
            }

            var raw = _buffer.AsSpan(field.Start, field.Length);
            var length = CsvQuotedField.Unquote(raw, field.QuoteCount, field.IsBad, _unquoted.AsSpan(used), out field.Unclosed);
            HasUnclosedField |= field.Unclosed;
            field.Start = used;
            field.Length = length;
            field.InUnquoted = true;
            used += length;
        }
    }

    /// <summary>Moves the unread text to the front of the buffer (growing it when one record fills it) and reads more.</summary>
    private void Refill()
    {
        var kept = _length - _start;
        var capacity = _buffer.Length - CsvStopScanner.Padding;
        if (_start == 0 && _length == capacity)
        {
            Array.Resize(ref _buffer, (capacity * 2) + CsvStopScanner.Padding);
        }
        else if (kept > 0)
        {
            _buffer.AsSpan(_start, kept).CopyTo(_buffer);
        }

        _discarded += _start;
        _start = 0;
        _length = kept;
        _stops.Reset();
        var read = _reader.Read(_buffer, _length, _buffer.Length - CsvStopScanner.Padding - _length);
        if (read == 0)
        {
            _endOfInput = true;
        }

        _length += read;
    }

    private struct Field
    {
        public int Start;
        public int Length;
        public int QuoteCount;
        public bool IsBad;
        public bool InUnquoted;
        public bool Unclosed;
    }
}
