namespace Segmentation.Clustering;

/// <summary>Counts distinct rows of a problem, stopping as soon as a limit is reached (so it is cheap on ordinary data).</summary>
internal static class DistinctRows
{
    public static int CountUpTo(KMeansProblem problem, int limit)
    {
        var seen = new HashSet<int>(new RowComparer(problem));
        for (var row = 0; row < problem.Rows && seen.Count < limit; row++)
        {
            seen.Add(row);
        }

        return seen.Count;
    }

    private sealed class RowComparer(KMeansProblem problem) : IEqualityComparer<int>
    {
        public bool Equals(int x, int y) => problem.Row(x).SequenceEqual(problem.Row(y));

        public int GetHashCode(int obj)
        {
            var hash = default(HashCode);
            foreach (var value in problem.Row(obj))
            {
                // +0.0 and -0.0 are equal rows, so they must hash alike.
                hash.Add(value == 0 ? 0.0 : value);
            }

            return hash.ToHashCode();
        }
    }
}
