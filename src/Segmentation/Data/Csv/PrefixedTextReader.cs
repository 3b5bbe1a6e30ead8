namespace Segmentation.Data.Csv;

/// <summary>
/// Reads some characters already taken from a reader (to detect the separator) and then the rest of that reader.
/// Does not dispose the inner reader.
/// </summary>
internal sealed class PrefixedTextReader(string prefix, TextReader inner) : TextReader
{
    private int _position;

    public override int Peek() => _position < prefix.Length ? prefix[_position] : inner.Peek();

    public override int Read() => _position < prefix.Length ? prefix[_position++] : inner.Read();

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        if (_position < prefix.Length)
        {
            var count = Math.Min(buffer.Length, prefix.Length - _position);
            prefix.AsSpan(_position, count).CopyTo(buffer);
            _position += count;
            return count;
        }

        return inner.Read(buffer);
    }
}
