using Segmentation.Clustering;

namespace Segmentation.Evaluation;

/// <summary>
/// Cluster-wise stability by the bootstrap, as R's <c>fpc::clusterboot(bootmethod = "boot")</c> with its defaults:
/// each resample draws n rows with replacement and keeps the distinct ones, clusters them again with the same
/// K-Means settings, and scores every original cluster by its best Jaccard similarity with a resample cluster,
/// both restricted to the resampled rows (0 when the cluster has no row in the resample). Clusters with a mean
/// Jaccard below 0.6 are usually called unstable, above 0.75 stable, above 0.85 highly stable (Hennig 2007).
/// </summary>
public static class ClusterStability
{
    /// <summary>Resamples, reclusters and scores each cluster of <paramref name="labels"/>.</summary>
    /// <param name="data">rows x features; every value finite.</param>
    /// <param name="labels">The clustering of all rows to assess, labels 0 .. k-1 (e.g. a model's labels).</param>
    /// <param name="kMeansOptions">How each resample is clustered; ClusterCount is the number of distinct labels.</param>
    /// <param name="resamples">B, at least 1. Default <see cref="Defaults.StabilityResamples"/> (20).</param>
    /// <param name="seed">Seed of the resampling. Default <see cref="Defaults.Seed"/> (42).</param>
    /// <param name="cancellationToken">Stops the work between resamples.</param>
    /// <exception cref="ArgumentException">The labels do not match the rows, or are not 0 .. k-1 with k &gt;= 2.</exception>
    /// <exception cref="SegmentationDataException">A value is not finite.</exception>
    public static ClusterStabilityResult Compute(
        DenseMatrix data,
        IReadOnlyList<int> labels,
        KMeansOptions kMeansOptions,
        int resamples = Defaults.StabilityResamples,
        int seed = Defaults.Seed,
        CancellationToken cancellationToken = default)
    {
        var set = LabelSet.ForData(data, labels);
        Guard.NotNull(kMeansOptions);
        Guard.Positive(resamples);
        var k = set.ClusterCount;
        if (k < 2 || set.Values[0] != 0 || set.Values[^1] != k - 1)
        {
            Guard.ThrowArgument($"labels must be 0 .. k-1 with k >= 2; found {k} distinct label(s) from {set.Values[0]} to {set.Values[^1]}.", nameof(labels));
        }

        data.RequireFinite();
        var random = new Random(seed);
        var jaccard = new double[k];
        var dissolved = new int[k];
        var recovered = new int[k];
        var randSum = 0.0;
        var drawn = new bool[data.Rows];
        for (var b = 0; b < resamples; b++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Array.Clear(drawn);
            for (var i = 0; i < data.Rows; i++)
            {
                drawn[random.Next(data.Rows)] = true;
            }

            // Distinct rows in ascending order (fpc keeps first-draw order; the set, hence every Jaccard, is the same).
            var rows = Enumerable.Range(0, data.Rows).Where(i => drawn[i]).ToArray();
            var original = rows.Select(i => set.Compact[i]).ToArray();
            int[] resampled;
            if (rows.Length < k)
            {
                resampled = new int[rows.Length];
            }
            else
            {
                var model = new KMeans(kMeansOptions with { ClusterCount = k }).Fit(data.TakeRows(rows), cancellationToken);
                resampled = [.. model.Labels];
            }

            var best = BestJaccard(original, resampled, k);
            for (var cluster = 0; cluster < k; cluster++)
            {
                jaccard[cluster] += best[cluster];
                dissolved[cluster] += best[cluster] <= 0.5 ? 1 : 0;
                recovered[cluster] += best[cluster] > 0.75 ? 1 : 0;
            }

            randSum += LabelAgreement.AdjustedRandIndex(original, resampled);
        }

        for (var cluster = 0; cluster < k; cluster++)
        {
            jaccard[cluster] /= resamples;
        }

        return new ClusterStabilityResult(jaccard, dissolved, recovered, randSum / resamples, resamples);
    }

    /// <summary>For each original cluster, the highest Jaccard similarity with any resample cluster (0 when none overlaps).</summary>
    internal static double[] BestJaccard(int[] original, int[] resampled, int clusters)
    {
        var resampledClusters = resampled.Length == 0 ? 0 : resampled.Max() + 1;
        var both = new int[clusters, Math.Max(1, resampledClusters)];
        var originalSizes = new int[clusters];
        var resampledSizes = new int[Math.Max(1, resampledClusters)];
        for (var i = 0; i < original.Length; i++)
        {
            both[original[i], resampled[i]]++;
            originalSizes[original[i]]++;
            resampledSizes[resampled[i]]++;
        }

        var best = new double[clusters];
        for (var c = 0; c < clusters; c++)
        {
            for (var t = 0; t < resampledClusters; t++)
            {
                var union = originalSizes[c] + resampledSizes[t] - both[c, t];
                if (union > 0)
                {
                    best[c] = Math.Max(best[c], (double)both[c, t] / union);
                }
            }
        }

        return best;
    }
}
