using System.Globalization;

namespace Segmentation.Evaluation;

/// <summary>The k each criterion prefers, and the vote that combines them (see <see cref="ClusterCountSelection.RecommendedClusterCount"/>).</summary>
internal sealed record ClusterCountPreferences(int? Knee, int? Silhouette, int? CalinskiHarabasz, int? DaviesBouldin, int? Gap)
{
    public static ClusterCountPreferences From(IReadOnlyList<ClusterCountEvaluation> rows, KneedleResult? knee, int? gap) => new(
        knee?.Knee is { } x ? (int)x : null,
        Best(rows, r => r.Silhouette, higher: true),
        Best(rows, r => r.CalinskiHarabasz, higher: true),
        Best(rows, r => r.DaviesBouldin, higher: false),
        gap);

    /// <summary>Majority vote; ties go to the highest silhouette, then the smallest k.</summary>
    public (int Recommended, int Votes, int Voters, int[] Tied) Vote(IReadOnlyList<ClusterCountEvaluation> rows)
    {
        int?[] ballots = [Knee, Silhouette, CalinskiHarabasz, DaviesBouldin, Gap];
        var votes = ballots.OfType<int>().GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count());
        if (votes.Count == 0)
        {
            return (rows[0].K, 0, 0, []);
        }

        var most = votes.Values.Max();
        var tied = votes.Where(v => v.Value == most).Select(v => v.Key).Order().ToArray();
        var silhouette = rows.ToDictionary(r => r.K, r => r.Silhouette);
        var winner = tied
            .OrderByDescending(k => silhouette.GetValueOrDefault(k) ?? double.NegativeInfinity)
            .ThenBy(k => k)
            .First();
        return (winner, most, ballots.Count(b => b is not null), tied);
    }

    public string Explain(IReadOnlyList<ClusterCountEvaluation> rows, GapRule gapRule, IReadOnlyDictionary<int, ClusterStabilityResult> stability)
    {
        var byK = rows.ToDictionary(r => r.K);
        var parts = new List<string>();
        parts.Add(Knee is { } knee ? $"knee at {knee}" : "no knee in the inertia curve");
        if (Silhouette is { } s)
        {
            parts.Add($"silhouette highest at {s} ({Format(byK[s].Silhouette, "F3")})");
        }

        if (CalinskiHarabasz is { } ch)
        {
            parts.Add($"CH highest at {ch} ({Format(byK[ch].CalinskiHarabasz, "F1")})");
        }

        if (DaviesBouldin is { } db)
        {
            parts.Add($"DB lowest at {db} ({Format(byK[db].DaviesBouldin, "F3")})");
        }

        if (Gap is { } gap)
        {
            parts.Add($"gap ({gapRule}) at {gap}");
        }

        var (recommended, votes, voters, tied) = Vote(rows);
        if (voters == 0)
        {
            parts.Add($"no criterion applies; {recommended} is the smallest k");
        }
        else if (tied.Length > 1)
        {
            parts.Add($"{votes} of {voters} criteria each for {string.Join(" and ", tied)}; {recommended} has the highest silhouette");
        }
        else
        {
            parts.Add($"{votes} of {voters} criteria chose {recommended}");
        }

        if (stability.TryGetValue(recommended, out var stable))
        {
            var word = stable.MeanJaccard >= 0.85 ? "highly stable" : stable.MeanJaccard >= 0.75 ? "stable" : stable.MeanJaccard >= 0.6 ? "moderately stable" : "unstable";
            parts.Add($"{recommended} is {word}, mean Jaccard {Format(stable.MeanJaccard, "F2")}");
        }

        return string.Join("; ", parts);
    }

    private static int? Best(IReadOnlyList<ClusterCountEvaluation> rows, Func<ClusterCountEvaluation, double?> value, bool higher)
    {
        int? best = null;
        double bestValue = 0;
        foreach (var row in rows)
        {
            if (value(row) is { } v && !double.IsNaN(v) && (best is null || (higher ? v > bestValue : v < bestValue)))
            {
                best = row.K;
                bestValue = v;
            }
        }

        return best;
    }

    private static string Format(double? value, string format) => value?.ToString(format, CultureInfo.InvariantCulture) ?? "n/a";
}
