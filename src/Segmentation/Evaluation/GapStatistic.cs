using Segmentation.Clustering;

namespace Segmentation.Evaluation;

/// <summary>
/// The gap statistic (Tibshirani, Walther and Hastie 2001): how much lower log W(k) is on the data than on
/// reference data without clusters, W(k) the within-cluster sum of squares of a K-Means fit (the paper's W with
/// squared distances; R's <c>clusGap(d.power = 2)</c>).
/// </summary>
public static class GapStatistic
{
    /// <summary>Computes Gap(k) and s(k) for every k in minClusters .. maxClusters.</summary>
    /// <param name="data">rows x features; every value finite.</param>
    /// <param name="minClusters">The smallest k, at least 1.</param>
    /// <param name="maxClusters">The largest k (inclusive), at least minClusters and at most the rows.</param>
    /// <param name="kMeansOptions">How each k is fitted, on the data and on every reference set (ClusterCount is ignored).</param>
    /// <param name="referenceSets">B, at least 2. Default <see cref="Defaults.GapReferenceSets"/> (20).</param>
    /// <param name="reference">Where reference sets are drawn. Default <see cref="GapReference.UniformBox"/>.</param>
    /// <param name="seed">Seed of the reference draws. Default <see cref="Defaults.Seed"/> (42).</param>
    /// <param name="cancellationToken">Stops the work between fits.</param>
    /// <exception cref="ArgumentOutOfRangeException">The range or B is out of range.</exception>
    /// <exception cref="SegmentationDataException">Fewer rows than maxClusters, or a value that is not finite.</exception>
    public static GapStatisticResult Compute(
        DenseMatrix data,
        int minClusters,
        int maxClusters,
        KMeansOptions kMeansOptions,
        int referenceSets = Defaults.GapReferenceSets,
        GapReference reference = GapReference.UniformBox,
        int seed = Defaults.Seed,
        CancellationToken cancellationToken = default)
    {
        Guard.NotNull(data);
        Guard.NotNull(kMeansOptions);
        ClusterRange.Validate(minClusters, maxClusters, data.Rows);
        Guard.AtLeast(referenceSets, 2);
        Guard.Defined(reference);
        data.RequireFinite();

        var logW = LogDispersions(data, minClusters, maxClusters, kMeansOptions, cancellationToken);
        return Compute(data, minClusters, maxClusters, logW, kMeansOptions, referenceSets, reference, seed, cancellationToken);
    }

    /// <summary>Like the public overload, with log W(k) already known from fits the caller made.</summary>
    internal static GapStatisticResult Compute(
        DenseMatrix data,
        int minClusters,
        int maxClusters,
        double[] logW,
        KMeansOptions kMeansOptions,
        int referenceSets,
        GapReference reference,
        int seed,
        CancellationToken cancellationToken)
    {
        var count = maxClusters - minClusters + 1;
        var sampler = new ReferenceSampler(data, reference);
        var random = new Random(seed);
        var referenceLogW = new double[referenceSets, count];
        for (var b = 0; b < referenceSets; b++)
        {
            var sample = sampler.Draw(random);
            var row = LogDispersions(sample, minClusters, maxClusters, kMeansOptions, cancellationToken);
            for (var i = 0; i < count; i++)
            {
                referenceLogW[b, i] = row[i];
            }
        }

        var expected = new double[count];
        var gap = new double[count];
        var standardError = new double[count];
        for (var i = 0; i < count; i++)
        {
            var mean = 0.0;
            for (var b = 0; b < referenceSets; b++)
            {
                mean += referenceLogW[b, i];
            }

            mean /= referenceSets;
            var squares = 0.0;
            for (var b = 0; b < referenceSets; b++)
            {
                squares += (referenceLogW[b, i] - mean) * (referenceLogW[b, i] - mean);
            }

            expected[i] = mean;
            gap[i] = mean - logW[i];
            standardError[i] = Math.Sqrt(squares / (referenceSets - 1)) * Math.Sqrt(1 + (1.0 / referenceSets));
        }

        var ks = Enumerable.Range(minClusters, count).ToArray();
        return new GapStatisticResult(ks, logW, expected, gap, standardError, referenceSets);
    }

    /// <summary>
    /// The index (0-based) that <paramref name="rule"/> picks from <paramref name="values"/> and their standard errors,
    /// as R's <c>cluster::maxSE</c> with SE.factor = 1.
    /// </summary>
    /// <param name="values">f(k) for consecutive k, e.g. the gap.</param>
    /// <param name="standardErrors">The standard error of each value.</param>
    /// <param name="rule">The rule.</param>
    /// <exception cref="ArgumentException">The lists are empty or differ in length.</exception>
    public static int MaxSE(IReadOnlyList<double> values, IReadOnlyList<double> standardErrors, GapRule rule)
    {
        Guard.NotNull(values);
        Guard.NotNull(standardErrors);
        Guard.Defined(rule);
        if (values.Count == 0 || values.Count != standardErrors.Count)
        {
            Guard.ThrowArgument(
                $"values.Count={values.Count} must be > 0 and equal standardErrors.Count={standardErrors.Count}.", nameof(standardErrors));
        }

        var last = values.Count - 1;
        int FirstMax()
        {
            for (var i = 0; i < last; i++)
            {
                if (values[i + 1] - values[i] <= 0)
                {
                    return i;
                }
            }

            return last;
        }

        int WithinOneStandardError(int best)
        {
            for (var i = 0; i < best; i++)
            {
                if (values[i] >= values[best] - standardErrors[best])
                {
                    return i;
                }
            }

            return best;
        }

        switch (rule)
        {
            case GapRule.FirstMax:
                return FirstMax();
            case GapRule.GlobalMax:
                var best = 0;
                for (var i = 1; i <= last; i++)
                {
                    if (values[i] > values[best])
                    {
                        best = i;
                    }
                }

                return best;
            case GapRule.Tibshirani2001SEMax:
                for (var i = 0; i < last; i++)
                {
                    if (values[i] >= values[i + 1] - standardErrors[i + 1])
                    {
                        return i;
                    }
                }

                return last;
            default:
                return WithinOneStandardError(FirstMax());
        }
    }

    /// <summary>log W(k) for each k: the log inertia of a K-Means fit (k = 1: the total sum of squares, no fit).</summary>
    internal static double[] LogDispersions(
        DenseMatrix data, int minClusters, int maxClusters, KMeansOptions kMeansOptions, CancellationToken cancellationToken)
    {
        var result = new double[maxClusters - minClusters + 1];
        var first = Math.Max(minClusters, 2);
        if (minClusters == 1)
        {
            result[0] = Math.Log(Inertia.Compute(data, new int[data.Rows]));
        }

        if (first <= maxClusters)
        {
            var models = KMeans.FitRange(kMeansOptions, data, first, maxClusters, cancellationToken);
            for (var k = first; k <= maxClusters; k++)
            {
                result[k - minClusters] = Math.Log(models[k - first].Inertia);
            }
        }

        return result;
    }
}
