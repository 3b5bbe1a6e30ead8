using System.Text;

namespace Segmentation.Profiling;

/// <summary>
/// Turns a column name into the noun a segment name uses. The rule, in order:
/// (1) a display name the caller supplied wins;
/// (2) units in parentheses or brackets are dropped ("Annual Income (k$)" -> "Annual Income");
/// (3) the rest is split into words at spaces, underscores, hyphens and lower-to-upper case changes, and lowercased
///     ("NumWebVisitsMonth" -> "num web visits month");
/// (4) well-known marketing columns get their usual word: annual income / income -> "income",
///     spending score / mnt total / total spending / spending -> "spending", num purchases -> "purchases",
///     num web visits month -> "web visits", monetary -> "spend", frequency -> "frequency", recency -> "recency",
///     year birth -> "birth year".
/// A level and a noun make the phrase "high income", "low spending", "average age", except that counts read
/// "many children" / "few children" (children, kids, teens, purchases, orders, visits, web visits) and recency reads
/// "recent" (low) / "lapsed" (high) / "average recency".
/// </summary>
public static class FeatureNouns
{
    private static readonly Dictionary<string, string> WellKnown = new(StringComparer.Ordinal)
    {
        ["annual income"] = "income",
        ["income"] = "income",
        ["spending score"] = "spending",
        ["mnt total"] = "spending",
        ["total spending"] = "spending",
        ["spending"] = "spending",
        ["num purchases"] = "purchases",
        ["num web visits month"] = "web visits",
        ["monetary"] = "spend",
        ["frequency"] = "frequency",
        ["recency"] = "recency",
        ["year birth"] = "birth year",
    };

    private static readonly HashSet<string> CountNouns = new(StringComparer.Ordinal)
    {
        "children", "kids", "teens", "kidhome", "teenhome", "purchases", "orders", "visits", "web visits",
    };

    /// <summary>Returns the lowercase phrase for a level of the feature called <paramref name="noun"/>: "high income", "many children", "recent".</summary>
    /// <param name="level">The level.</param>
    /// <param name="noun">The noun from <see cref="For"/>.</param>
    /// <returns>The phrase.</returns>
    public static string Phrase(FeatureLevel level, string noun)
    {
        Guard.NotNull(noun);
        if (noun == "recency" && level != FeatureLevel.Average)
        {
            return level == FeatureLevel.Low ? "recent" : "lapsed";
        }

        return (level, CountNouns.Contains(noun)) switch
        {
            (FeatureLevel.High, true) => $"many {noun}",
            (FeatureLevel.Low, true) => $"few {noun}",
            (FeatureLevel.High, false) => $"high {noun}",
            (FeatureLevel.Low, false) => $"low {noun}",
            _ => $"average {noun}",
        };
    }

    /// <summary>Returns the noun for <paramref name="column"/> by the rule above.</summary>
    /// <param name="column">The column name.</param>
    /// <param name="displayNames">Caller-supplied names by column, or <see langword="null"/>.</param>
    /// <returns>The noun, lowercase unless the caller supplied it otherwise.</returns>
    public static string For(string column, IReadOnlyDictionary<string, string>? displayNames = null)
    {
        Guard.NotNull(column);
        if (displayNames is not null && displayNames.TryGetValue(column, out var supplied))
        {
            return supplied;
        }

        var words = Words(StripUnits(column));
        var joined = string.Join(' ', words);
        if (joined.Length == 0)
        {
            return column;
        }

        return WellKnown.TryGetValue(joined, out var known) ? known : joined;
    }

    private static string StripUnits(string column)
    {
        var builder = new StringBuilder(column.Length);
        var depth = 0;
        foreach (var character in column)
        {
            if (character is '(' or '[')
            {
                depth++;
            }
            else if (character is ')' or ']')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0)
            {
                builder.Append(character);
            }
        }

        return builder.ToString();
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var character = text[i];
            if (!char.IsLetterOrDigit(character))
            {
                Flush();
                continue;
            }

            var startsWord = current.Length > 0 && char.IsUpper(character)
                && (char.IsLower(text[i - 1]) || (i + 1 < text.Length && char.IsLower(text[i + 1]) && char.IsUpper(text[i - 1])));
            if (startsWord)
            {
                Flush();
            }

            current.Append(char.ToLowerInvariant(character));
        }

        Flush();
        return words;

        void Flush()
        {
            if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
    }
}
