namespace Segmentation.Data.Csv;

/// <summary>Chooses the separator that occurs most often outside quotes in the first non-blank line.</summary>
internal static class SeparatorDetector
{
    public static char Detect(ReadOnlySpan<char> firstLine, IReadOnlyList<char> candidates)
    {
        Span<int> counts = stackalloc int[candidates.Count];
        var quoted = false;
        foreach (var character in firstLine)
        {
            if (character == '"')
            {
                quoted = !quoted;
                continue;
            }

            if (quoted)
            {
                continue;
            }

            for (var i = 0; i < candidates.Count; i++)
            {
                if (character == candidates[i])
                {
                    counts[i]++;
                }
            }
        }

        var best = 0;
        for (var i = 1; i < counts.Length; i++)
        {
            if (counts[i] > counts[best])
            {
                best = i;
            }
        }

        return candidates[best];
    }
}
