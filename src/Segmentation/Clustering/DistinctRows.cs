using System.Numerics;

namespace Segmentation.Clustering;

/// <summary>Counts distinct rows of a problem, stopping as soon as a limit is reached (so it is cheap on ordinary data).</summary>
internal static class DistinctRows
{
    public static int CountUpTo<T>(KMeansProblem<T> problem, int limit)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var seen = new HashSet<int>(new RowComparer<T>(problem));
        for (var row = 0; row < problem.Rows && seen.Count < limit; row++)
        {
            seen.Add(row);
        }

        return seen.Count;
    }

    private sealed class RowComparer<T>(KMeansProblem<T> problem) : IEqualityComparer<int>
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        public bool Equals(int x, int y) => problem.Row(x).SequenceEqual(problem.Row(y));

        public int GetHashCode(int obj)
        {
            var hash = default(HashCode);
            foreach (var value in problem.Row(obj))
            {
                // +0.0 and -0.0 are equal rows, so they must hash alike.
                hash.Add(value == T.Zero ? T.Zero : value);
            }

            return hash.ToHashCode();
        }
    }
}
