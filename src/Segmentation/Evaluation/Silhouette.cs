using System.Buffers;
using Segmentation.Clustering;

namespace Segmentation.Evaluation;

/// <summary>
/// The silhouette (Rousseeuw 1987) with Euclidean distances, exactly as scikit-learn's <c>silhouette_samples</c> and
/// <c>silhouette_score</c>: for row i, a = mean distance to the other rows of its cluster, b = the lowest mean distance
/// to the rows of another cluster, s = (b - a) / max(a, b); a row alone in its cluster has s = 0.
/// </summary>
/// <remarks>
/// Memory is O(n x (d + 32 + k)), never an n x n matrix: the data is copied once, sorted by cluster, and cut into at
/// most about 32 + k tiles; each pair of tiles is one parallel task that computes each distance once (d(i, j) =
/// d(j, i), with AVX-512; otherwise each row's sums are computed on their own in blocks) and writes per-row, per-tile
/// partial sums. Squared distances are summed from exact differences (x_i - x_j)^2, not from the norms trick, so
/// close points lose no digits. Every sum has a fixed order, so the result is the same at any degree of parallelism.
/// Needs 2 &lt;= clusters &lt;= rows - 1, as scikit-learn.
/// </remarks>
public static class Silhouette
{
    private const int BlockRows = 64;
    private const long ParallelWorkThreshold = 1L << 22;

    /// <summary>Computes every row's silhouette, the mean and each cluster's mean.</summary>
    /// <param name="data">rows x features; every value finite.</param>
    /// <param name="labels">One cluster label per row; any integers.</param>
    /// <param name="maxDegreeOfParallelism">Most threads; -1 (default) means every core. The result does not depend on it.</param>
    /// <param name="cancellationToken">Stops the work between blocks of rows.</param>
    /// <exception cref="ArgumentException">The labels do not match the rows, there are fewer than 2 or more than rows - 1 clusters, or the data has no column.</exception>
    /// <exception cref="SegmentationDataException">A value is not finite.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static SilhouetteResult Compute(
        DenseMatrix data, IReadOnlyList<int> labels, int maxDegreeOfParallelism = -1, CancellationToken cancellationToken = default)
    {
        var set = Prepare(data, labels, maxDegreeOfParallelism);
        var samples = new double[data.Rows];
        Evaluate(data, set, rows: null, samples, maxDegreeOfParallelism, cancellationToken);

        var mean = 0.0;
        var clusterSums = new double[set.ClusterCount];
        for (var row = 0; row < samples.Length; row++)
        {
            mean += samples[row];
            clusterSums[set.Compact[row]] += samples[row];
        }

        for (var cluster = 0; cluster < clusterSums.Length; cluster++)
        {
            clusterSums[cluster] /= set.Counts[cluster];
        }

        return new SilhouetteResult(mean / samples.Length, samples, clusterSums, set.Values);
    }

    /// <summary>Computes the mean silhouette over all rows (scikit-learn's <c>silhouette_score</c>).</summary>
    /// <inheritdoc cref="Compute(DenseMatrix, IReadOnlyList{int}, int, CancellationToken)"/>
    public static double Score(
        DenseMatrix data, IReadOnlyList<int> labels, int maxDegreeOfParallelism = -1, CancellationToken cancellationToken = default) =>
        Compute(data, labels, maxDegreeOfParallelism, cancellationToken).Mean;

    /// <summary>
    /// Estimates the mean silhouette from <paramref name="sampleSize"/> rows drawn without replacement, with a
    /// confidence interval for the exact mean.
    /// </summary>
    /// <remarks>
    /// Each sampled row's silhouette is exact: it is measured against every row of the data, not only against the
    /// sample (scikit-learn's <c>silhouette_score(sample_size=...)</c> measures against the sample only, which is
    /// cheaper but biased for small samples). The sampled values are then a simple random sample of the n exact
    /// values, so their mean is unbiased for the exact mean, and the interval is mean +- z * s / sqrt(m) *
    /// sqrt((n - m) / (n - 1)): s the sample standard deviation (m - 1), z the normal quantile of the level, and the
    /// finite-population correction, which makes the interval zero-width when every row is sampled. Cost O(m x n x d)
    /// time, O(n x d) memory. The same seed draws the same rows.
    /// </remarks>
    /// <param name="data">rows x features; every value finite.</param>
    /// <param name="labels">One cluster label per row; any integers.</param>
    /// <param name="sampleSize">Rows to sample, between 2 and the number of rows. Default <see cref="Defaults.SilhouetteSampleSize"/> is used by the k sweep.</param>
    /// <param name="seed">Seed of the draw. Default <see cref="Defaults.Seed"/> (42).</param>
    /// <param name="confidenceLevel">Level of the interval, strictly between 0 and 1. Default <see cref="Defaults.SilhouetteConfidenceLevel"/> (0.95).</param>
    /// <param name="maxDegreeOfParallelism">Most threads; -1 (default) means every core.</param>
    /// <param name="cancellationToken">Stops the work between blocks of rows.</param>
    /// <exception cref="ArgumentOutOfRangeException">The sample size or the level is out of range.</exception>
    /// <exception cref="ArgumentException">The labels do not match the rows, or there are fewer than 2 or more than rows - 1 clusters.</exception>
    /// <exception cref="SegmentationDataException">A value is not finite.</exception>
    public static SampledSilhouetteResult Sample(
        DenseMatrix data,
        IReadOnlyList<int> labels,
        int sampleSize,
        int seed = Defaults.Seed,
        double confidenceLevel = Defaults.SilhouetteConfidenceLevel,
        int maxDegreeOfParallelism = -1,
        CancellationToken cancellationToken = default)
    {
        var set = Prepare(data, labels, maxDegreeOfParallelism);
        Guard.InRange(sampleSize, 2, data.Rows);
        if (!(confidenceLevel > 0 && confidenceLevel < 1))
        {
            Guard.ThrowArgumentOutOfRange(
                $"confidenceLevel={Guard.Format(confidenceLevel)} must be strictly between 0 and 1.", nameof(confidenceLevel));
        }

        var rows = DrawWithoutReplacement(data.Rows, sampleSize, seed);
        var samples = new double[sampleSize];
        Evaluate(data, set, rows, samples, maxDegreeOfParallelism, cancellationToken);

        var mean = 0.0;
        foreach (var value in samples)
        {
            mean += value;
        }

        mean /= sampleSize;
        var squares = 0.0;
        foreach (var value in samples)
        {
            squares += (value - mean) * (value - mean);
        }

        var n = (double)data.Rows;
        var standardError = Math.Sqrt(squares / (sampleSize - 1) / sampleSize * ((n - sampleSize) / (n - 1)));
        var z = NormalDistribution.Quantile(0.5 + (confidenceLevel / 2));
        return new SampledSilhouetteResult(
            mean, standardError, confidenceLevel, mean - (z * standardError), mean + (z * standardError), rows, samples);
    }

    /// <summary>Partial Fisher-Yates shuffle: the first <paramref name="count"/> of a seeded permutation of 0 .. n-1.</summary>
    internal static int[] DrawWithoutReplacement(int n, int count, int seed)
    {
        var random = new Random(seed);
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
        }

        for (var i = 0; i < count; i++)
        {
            var j = random.Next(i, n);
            (order[i], order[j]) = (order[j], order[i]);
        }

        return order.AsSpan(0, count).ToArray();
    }

    private static LabelSet Prepare(DenseMatrix data, IReadOnlyList<int> labels, int maxDegreeOfParallelism)
    {
        var set = LabelSet.ForData(data, labels);
        if (maxDegreeOfParallelism is 0 or < -1)
        {
            Guard.ThrowArgumentOutOfRange(
                $"maxDegreeOfParallelism={maxDegreeOfParallelism} must be -1 (every core) or >= 1.", nameof(maxDegreeOfParallelism));
        }

        set.RequireClusterCountForScores();
        if (data.Columns < 1)
        {
            Guard.ThrowArgument($"data.Columns={data.Columns} must be >= 1.", nameof(data));
        }

        EvaluationGuard.RequireFinite(data);
        return set;
    }

    /// <summary>Writes the silhouette of each row in <paramref name="rows"/> (all rows when null) to <paramref name="output"/>.</summary>
    private static void Evaluate(
        DenseMatrix data, LabelSet set, int[]? rows, double[] output, int maxDegreeOfParallelism, CancellationToken cancellationToken)
    {
        var sums = new SilhouetteDistanceSums(data, set);
        var count = output.Length;
        var work = (long)count * data.Rows * Math.Max(1, data.Columns);
        var threads = work < ParallelWorkThreshold ? 1 : maxDegreeOfParallelism;
        if (rows is null && SilhouetteDistanceSums.SymmetricSupported)
        {
            var all = sums.ComputeAll(threads, cancellationToken);
            var clusters = set.ClusterCount;
            for (var row = 0; row < count; row++)
            {
                output[row] = FromSums(all.AsSpan(row * clusters, clusters), set.Compact[row], set.Counts);
            }

            return;
        }

        var blocks = (count + BlockRows - 1) / BlockRows;
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = threads };

        Parallel.For(0, blocks, options, block => EvaluateBlock(data, set, sums, rows, output, block));
    }

    private static void EvaluateBlock(DenseMatrix data, LabelSet set, SilhouetteDistanceSums sums, int[]? rows, double[] output, int block)
    {
        var clusters = set.ClusterCount;
        var features = data.Columns;
        var first = block * BlockRows;
        var count = Math.Min(output.Length, first + BlockRows) - first;
        var padded = (count + SilhouetteDistanceSums.QueryRows - 1) / SilhouetteDistanceSums.QueryRows * SilhouetteDistanceSums.QueryRows;
        var queries = ArrayPool<double>.Shared.Rent(Math.Max(1, padded * features));
        var distanceSums = ArrayPool<double>.Shared.Rent(count * clusters);
        try
        {
            // Padding rows repeat the last real row; their sums are computed and dropped.
            for (var r = 0; r < padded; r++)
            {
                var index = first + Math.Min(r, count - 1);
                var row = rows is null ? index : rows[index];
                data.Row(row).CopyTo(queries.AsSpan(r * features, features));
            }

            sums.Compute(queries.AsSpan(0, padded * features), count, distanceSums);
            for (var r = 0; r < count; r++)
            {
                var row = rows is null ? first + r : rows[first + r];
                output[first + r] = FromSums(distanceSums.AsSpan(r * clusters, clusters), set.Compact[row], set.Counts);
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(queries);
            ArrayPool<double>.Shared.Return(distanceSums);
        }
    }

    private static double FromSums(ReadOnlySpan<double> sums, int own, int[] counts)
    {
        if (counts[own] == 1)
        {
            return 0;
        }

        var a = sums[own] / (counts[own] - 1);
        var b = double.PositiveInfinity;
        for (var cluster = 0; cluster < sums.Length; cluster++)
        {
            if (cluster != own)
            {
                b = Math.Min(b, sums[cluster] / counts[cluster]);
            }
        }

        var scale = Math.Max(a, b);

        // Both zero: duplicates of one point in every cluster; scikit-learn's nan_to_num makes this 0.
        return scale == 0 ? 0 : (b - a) / scale;
    }
}
