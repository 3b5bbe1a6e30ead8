namespace Segmentation.Data.Csv;

/// <summary>
/// Turns the raw text of a field that holds quotes into its value, with the rules of CsvHelper's RFC 4180 mode
/// (which the loader used before and whose results it keeps): <c>"a ""b"""</c> is <c>a "b"</c>; a field that does
/// not start and end with a quote, or that has text after its closing quote, is bad data and is read leniently
/// (<c>ab"c</c> stays <c>ab"c</c>, <c>"ab"cd</c> is <c>abcd</c>).
/// </summary>
internal static class CsvQuotedField
{
    private const char Quote = '"';

    /// <summary>
    /// Writes the value of <paramref name="raw"/> to <paramref name="destination"/> (at least as long as
    /// <paramref name="raw"/>) and returns its length.
    /// </summary>
    /// <param name="raw">The field as it stands in the input, not empty.</param>
    /// <param name="quoteCount">The quotes the tokenizer counted in a field that starts with one.</param>
    /// <param name="isBad">Whether the tokenizer saw a quote where none may stand.</param>
    /// <param name="destination">Where the value goes.</param>
    /// <param name="unclosed">Whether the field opens a quote it never closes (an odd number of quotes).</param>
    public static int Unquote(ReadOnlySpan<char> raw, int quoteCount, bool isBad, Span<char> destination, out bool unclosed)
    {
        unclosed = false;
        if (!isBad && quoteCount == 0)
        {
            raw.CopyTo(destination);
            return raw.Length;
        }

        if (isBad || raw[0] != Quote || raw[^1] != Quote || raw.Length == 1)
        {
            unclosed = raw[0] == Quote && raw.Count(Quote) % 2 == 1;
            return UnquoteBadData(raw, destination);
        }

        var inner = raw[1..^1];
        if (quoteCount == 2)
        {
            inner.CopyTo(destination);
            return inner.Length;
        }

        // Each quote escapes the character after it.
        var written = 0;
        var inEscape = false;
        foreach (var character in inner)
        {
            if (inEscape)
            {
                inEscape = false;
            }
            else if (character == Quote)
            {
                inEscape = true;
                continue;
            }

            destination[written++] = character;
        }

        return written;
    }

    /// <summary>Unescapes doubled quotes up to the first quote that is not doubled; the rest is kept as written.</summary>
    private static int UnquoteBadData(ReadOnlySpan<char> raw, Span<char> destination)
    {
        if (raw[0] != Quote)
        {
            raw.CopyTo(destination);
            return raw.Length;
        }

        var written = 0;
        var inEscape = false;
        var done = false;
        var current = '\0';
        for (var i = 1; i < raw.Length; i++)
        {
            var previous = current;
            current = raw[i];
            if (inEscape)
            {
                inEscape = false;
                if (current == Quote)
                {
                    continue;
                }

                if (previous == Quote)
                {
                    done = true;
                }
            }

            if (current == Quote && !done)
            {
                inEscape = true;
                continue;
            }

            destination[written++] = current;
        }

        return written;
    }
}
