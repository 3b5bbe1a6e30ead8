namespace Segmentation.Clustering.Streaming;

/// <summary>Cluster-validity indices from the totals of one exact pass, without a second pass over the data.</summary>
internal static class StreamingScores
{
    /// <summary>
    /// Calinski-Harabasz as scikit-learn's, from per-cluster sizes, sums and squared distances to the centres:
    /// W = sum over clusters of (squared distances to the centre - n ||mean - centre||^2), which is the squared distances
    /// to the cluster mean; B = sum of n ||mean - overall mean||^2. Null unless 2 &lt;= non-empty clusters &lt;= rows - 1.
    /// </summary>
    public static double? CalinskiHarabasz(StreamingCentres state, long rows)
    {
        var features = state.Features;
        var clusters = state.Sizes.Count(size => size > 0);
        if (clusters < 2 || clusters > rows - 1)
        {
            return null;
        }

        var overall = new double[features];
        for (var cluster = 0; cluster < state.ClusterCount; cluster++)
        {
            for (var j = 0; j < features; j++)
            {
                overall[j] += state.Sums[(cluster * features) + j];
            }
        }

        for (var j = 0; j < features; j++)
        {
            overall[j] /= rows;
        }

        var mean = new double[features];
        double between = 0, within = 0;
        for (var cluster = 0; cluster < state.ClusterCount; cluster++)
        {
            var size = state.Sizes[cluster];
            if (size == 0)
            {
                continue;
            }

            for (var j = 0; j < features; j++)
            {
                mean[j] = state.Sums[(cluster * features) + j] / size;
            }

            between += size * StreamingDistance.Squared(mean, overall);
            within += Math.Max(0, state.Within[cluster] - (size * StreamingDistance.Squared(mean, state.Centres.AsSpan(cluster * features, features))));
        }

        double n = rows, k = clusters;
        return within == 0 ? 1.0 : between * (n - k) / (within * (k - 1));
    }

    /// <summary>
    /// Davies-Bouldin with scikit-learn's rules, measured against the fitted centres (which are the cluster means once
    /// the fit has converged): s = mean distance of a cluster's rows to its centre, d = distance between centres, over
    /// non-empty clusters. Null unless 2 &lt;= non-empty clusters &lt;= rows - 1.
    /// </summary>
    public static double? DaviesBouldin(StreamingCentres state, long rows)
    {
        var features = state.Features;
        var present = Enumerable.Range(0, state.ClusterCount).Where(c => state.Sizes[c] > 0).ToArray();
        if (present.Length < 2 || present.Length > rows - 1)
        {
            return null;
        }

        var spread = present.Select(c => state.Spread[c] / state.Sizes[c]).ToArray();
        var distances = new double[present.Length, present.Length];
        var allZero = true;
        for (var i = 0; i < present.Length; i++)
        {
            for (var j = 0; j < present.Length; j++)
            {
                distances[i, j] = Math.Sqrt(StreamingDistance.Squared(
                    state.Centres.AsSpan(present[i] * features, features), state.Centres.AsSpan(present[j] * features, features)));
                allZero &= Math.Abs(distances[i, j]) <= 1e-8;
            }
        }

        if (allZero || spread.All(s => Math.Abs(s) <= 1e-8))
        {
            return 0.0;
        }

        var total = 0.0;
        for (var i = 0; i < present.Length; i++)
        {
            var worst = double.NegativeInfinity;
            for (var j = 0; j < present.Length; j++)
            {
                var distance = distances[i, j];
                worst = Math.Max(worst, (spread[i] + spread[j]) / (distance == 0 ? double.PositiveInfinity : distance));
            }

            total += worst;
        }

        return total / present.Length;
    }
}
