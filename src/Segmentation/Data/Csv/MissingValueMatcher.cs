using System.Runtime.CompilerServices;

namespace Segmentation.Data.Csv;

/// <summary>
/// Tells whether a cell text is missing: empty, only white space, or one of
/// <see cref="CsvLoadOptions.MissingValueTokens"/> (compared exactly). Most cells are rejected by their length or
/// first character before any lookup.
/// </summary>
internal sealed class MissingValueMatcher
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _tokens;
    private readonly int _longestToken;
    private readonly bool[] _asciiFirstCharacters = new bool[128];
    private readonly bool _anyNonAsciiFirstCharacter;

    public MissingValueMatcher(IEnumerable<string> tokens)
    {
        var set = new HashSet<string>(tokens, StringComparer.Ordinal);
        _tokens = set.GetAlternateLookup<ReadOnlySpan<char>>();
        _longestToken = set.Count == 0 ? -1 : set.Max(token => token.Length);
        foreach (var token in set.Where(token => token.Length > 0))
        {
            if (token[0] < 128)
            {
                _asciiFirstCharacters[token[0]] = true;
            }
            else
            {
                _anyNonAsciiFirstCharacter = true;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsMissing(ReadOnlySpan<char> text)
    {
        if (text.Length == 0)
        {
            return true;
        }

        var first = text[0];
        if (text.Length <= _longestToken
            && (first < 128 ? _asciiFirstCharacters[first] : _anyNonAsciiFirstCharacter)
            && _tokens.Contains(text))
        {
            return true;
        }

        return char.IsWhiteSpace(first) && text.IsWhiteSpace();
    }
}
