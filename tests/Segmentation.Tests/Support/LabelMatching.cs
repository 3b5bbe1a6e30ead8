namespace Segmentation.Tests.Support;

/// <summary>Compares two labelings up to a renumbering of the clusters.</summary>
internal static class LabelMatching
{
    /// <summary>True when a one-to-one map between the cluster ids turns <paramref name="actual"/> into <paramref name="expected"/>.</summary>
    public static bool SameUpToRenumbering(IReadOnlyList<int> actual, IReadOnlyList<int> expected)
    {
        if (actual.Count != expected.Count)
        {
            return false;
        }

        var forward = new Dictionary<int, int>();
        var backward = new Dictionary<int, int>();
        for (var row = 0; row < actual.Count; row++)
        {
            if (forward.TryGetValue(actual[row], out var mapped) ? mapped != expected[row] : !forward.TryAdd(actual[row], expected[row]))
            {
                return false;
            }

            if (backward.TryGetValue(expected[row], out var back) ? back != actual[row] : !backward.TryAdd(expected[row], actual[row]))
            {
                return false;
            }
        }

        return true;
    }
}
