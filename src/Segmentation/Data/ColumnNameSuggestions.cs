namespace Segmentation.Data;

/// <summary>Finds the existing column names closest to a mistyped one, for error messages.</summary>
internal static class ColumnNameSuggestions
{
    private const int MaximumSuggestions = 3;

    public static IReadOnlyList<string> Closest(string wanted, IReadOnlyList<string> existing)
    {
        var folded = wanted.Trim().ToUpperInvariant();
        return existing
            .Select(name => (Name: name, Distance: Distance(folded, name.Trim().ToUpperInvariant())))
            .Where(candidate => candidate.Distance <= Math.Max(2, folded.Length / 2)
                                || candidate.Name.Contains(wanted.Trim(), StringComparison.OrdinalIgnoreCase))
            .OrderBy(candidate => candidate.Distance)
            .ThenBy(candidate => candidate.Name, StringComparer.Ordinal)
            .Take(MaximumSuggestions)
            .Select(candidate => candidate.Name)
            .ToArray();
    }

    /// <summary>Levenshtein distance with two rows of scratch.</summary>
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
