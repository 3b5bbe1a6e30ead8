namespace Segmentation.Profiling;

/// <summary>Quantile scores the way the common pandas recipe <c>pd.qcut(x.rank(method="first"), 5, labels=...)</c> computes them.</summary>
internal static class RfmScoring
{
    /// <summary>
    /// Scores 1..<paramref name="levels"/>: values are ranked 1..n ascending, ties broken by position (rank
    /// "first"); the bin edges are the linear-interpolation quantiles of the ranks, 1 + j (n - 1) / levels, and a rank
    /// r gets the smallest j with r &lt;= edge j (right-closed bins, the lowest included). Integer arithmetic avoids
    /// rounding at the edges.
    /// </summary>
    public static int[] Quantiles(ReadOnlySpan<double> values, int levels)
    {
        var n = values.Length;
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
        }

        var keys = values.ToArray();
        Array.Sort(keys, order); // unstable: restore position order among ties below
        var scores = new int[n];
        var start = 0;
        while (start < n)
        {
            var end = start + 1;
            while (end < n && keys[end].Equals(keys[start]))
            {
                end++;
            }

            Array.Sort(order, start, end - start);
            start = end;
        }

        for (var position = 0; position < n; position++)
        {
            long rankMinusOne = position;
            var bin = 1;
            while (bin < levels && levels * rankMinusOne > (long)bin * (n - 1))
            {
                bin++;
            }

            scores[order[position]] = bin;
        }

        return scores;
    }
}
