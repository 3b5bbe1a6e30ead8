namespace Segmentation.Profiling;

/// <summary>The naming rule documented on <see cref="SegmentProfiler"/>.</summary>
internal static class SegmentNamer
{
    /// <summary>The naming columns of one segment with their levels, strongest |effect| first (ties: naming-column order).</summary>
    public static NameFeature[] RankedNameFeatures(
        NumericFeatureProfile[] numeric,
        string[] namingColumns,
        IReadOnlyDictionary<string, string> displayNames,
        double threshold,
        NamingScale scale)
    {
        var ranked = new List<NameFeature>(namingColumns.Length);
        foreach (var column in namingColumns)
        {
            var feature = numeric.First(n => n.Column == column);
            var effect = scale == NamingScale.Rank ? feature.RankEffectSize : feature.EffectSize;
            if (double.IsNaN(effect))
            {
                continue;
            }

            var level = effect >= threshold ? FeatureLevel.High : effect <= -threshold ? FeatureLevel.Low : FeatureLevel.Average;
            ranked.Add(new NameFeature(column, FeatureNouns.For(column, displayNames), level, effect));
        }

        return ranked.OrderByDescending(f => Math.Abs(f.EffectSize)).ToArray();
    }

    /// <summary>Builds unique names; <paramref name="used"/> receives the features each name was built from, in name order.</summary>
    public static string[] UniqueNames(
        IReadOnlyList<NameFeature>[] ranked,
        int[] sizes,
        int featureCount,
        string[] namingColumns,
        out IReadOnlyList<NameFeature>[] used)
    {
        var segmentCount = ranked.Length;
        var counts = new int[segmentCount];
        for (var segment = 0; segment < segmentCount; segment++)
        {
            counts[segment] = Math.Min(featureCount, ranked[segment].Count);
        }

        var names = new string[segmentCount];
        used = new IReadOnlyList<NameFeature>[segmentCount];
        while (true)
        {
            for (var segment = 0; segment < segmentCount; segment++)
            {
                used[segment] = ranked[segment].Take(counts[segment])
                    .OrderBy(f => Array.IndexOf(namingColumns, f.Column))
                    .ToArray();
                names[segment] = sizes[segment] == 0 ? $"Empty segment {segment}"
                    : used[segment].Count == 0 ? $"Segment {segment}"
                    : Capitalize(string.Join(", ", used[segment].Select(f => f.Phrase)));
            }

            var extended = false;
            foreach (var group in Duplicates(names))
            {
                foreach (var segment in group)
                {
                    if (counts[segment] < ranked[segment].Count)
                    {
                        counts[segment]++;
                        extended = true;
                    }
                }
            }

            if (!extended)
            {
                break;
            }
        }

        foreach (var group in Duplicates(names))
        {
            var taken = new HashSet<string>(names, StringComparer.OrdinalIgnoreCase);
            foreach (var segment in group.Skip(1))
            {
                var suffix = 2;
                string candidate;
                do
                {
                    candidate = $"{names[segment]} ({suffix++})";
                }
                while (taken.Contains(candidate));

                names[segment] = candidate;
                taken.Add(candidate);
            }
        }

        return names;
    }

    private static IEnumerable<int[]> Duplicates(string[] names) =>
        Enumerable.Range(0, names.Length)
            .GroupBy(i => names[i], StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1)
            .Select(g => g.Order().ToArray())
            .ToArray();

    private static string Capitalize(string text) =>
        text.Length == 0 ? text : string.Concat(char.ToUpperInvariant(text[0]).ToString(), text.AsSpan(1));
}
