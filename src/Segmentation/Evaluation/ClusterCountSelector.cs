using Segmentation.Clustering;

namespace Segmentation.Evaluation;

/// <summary>
/// Sweeps k over an inclusive range: fits K-Means for each k, computes inertia, the Kneedle knee, and the chosen
/// criteria, and recommends a k with its reasons (<see cref="ClusterCountSelection.RecommendedClusterCount"/> documents
/// the vote). Fits run one after another, each with the K-Means options' own parallelism, so the same seed gives the
/// same selection at any thread count.
/// </summary>
/// <remarks>
/// k = 1 in the range: only inertia (the total sum of squares) and the gap apply; silhouette, Davies-Bouldin and
/// Calinski-Harabasz are null there (they need 2 &lt;= k &lt;= rows - 1, as in scikit-learn), and so at k = rows.
/// The silhouette is exact up to <see cref="ClusterCountSelectorOptions.ExactSilhouetteMaximumRows"/> rows and
/// sampled beyond (<see cref="Silhouette.Sample"/>). The knee needs at least 3 k values.
/// </remarks>
public sealed class ClusterCountSelector
{
    /// <summary>Creates the selector.</summary>
    /// <param name="options">The sweep's settings; validated here.</param>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range (e.g. an empty range or MinClusters &lt; 1).</exception>
    public ClusterCountSelector(ClusterCountSelectorOptions options)
    {
        Guard.NotNull(options).Validate();
        Options = options;
    }

    /// <summary>Creates a selector for minClusters .. maxClusters (inclusive) with every other setting at its default.</summary>
    /// <param name="minClusters">The smallest k, at least 1.</param>
    /// <param name="maxClusters">The largest k, inclusive.</param>
    /// <param name="seed">The K-Means seed. Default <see cref="Defaults.Seed"/> (42).</param>
    public ClusterCountSelector(int minClusters, int maxClusters, int seed = Defaults.Seed)
        : this(new ClusterCountSelectorOptions
        {
            MinClusters = minClusters,
            MaxClusters = maxClusters,
            KMeans = new KMeansOptions { Seed = seed },
        })
    {
    }

    /// <summary>Gets the settings.</summary>
    public ClusterCountSelectorOptions Options { get; }

    /// <summary>Runs the sweep.</summary>
    /// <param name="data">rows x features; every value finite.</param>
    /// <param name="progress">Told after each k's fit and scores, the gap and each k's stability.</param>
    /// <param name="cancellationToken">Stops the sweep between and within fits.</param>
    /// <exception cref="SegmentationDataException">Fewer rows than MaxClusters, or a value that is not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The models the sweep keeps would exceed <see cref="Defaults.SweepMemoryLimitBytes"/> (checked before any fit).
    /// </exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public ClusterCountSelection Select(
        DenseMatrix data, IProgress<ClusterCountProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(data);
        var options = Options;
        ClusterRange.Validate(options.MinClusters, options.MaxClusters, data.Rows);
        RequireMemoryWithinLimit(options, data);
        data.RequireFinite();

        var criteria = options.Criteria;
        var count = options.MaxClusters - options.MinClusters + 1;
        var stabilityKs = criteria.HasFlag(ClusterCountCriteria.Stability) ? Enumerable.Range(options.MinClusters, count).Count(k => k >= 2) : 0;
        var totalSteps = count + (criteria.HasFlag(ClusterCountCriteria.Gap) ? 1 : 0) + stabilityKs;
        var step = 0;

        var models = new Dictionary<int, KMeansModel>();
        var rows = new List<ClusterCountEvaluation>();
        var fitted = KMeans.FitRange(options.KMeans, data, options.MinClusters, options.MaxClusters, cancellationToken);
        for (var k = options.MinClusters; k <= options.MaxClusters; k++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var model = fitted[k - options.MinClusters];
            models[k] = model;
            rows.Add(Score(data, k, model, cancellationToken));
            progress?.Report(new ClusterCountProgress("fit and scores", k, ++step, totalSteps));
        }

        GapStatisticResult? gap = null;
        if (criteria.HasFlag(ClusterCountCriteria.Gap))
        {
            var logW = rows.Select(r => Math.Log(r.Inertia)).ToArray();
            gap = GapStatistic.Compute(
                data, options.MinClusters, options.MaxClusters, logW, options.KMeans, options.GapReferenceSets,
                options.GapReference, options.KMeans.Seed, cancellationToken);
            for (var i = 0; i < rows.Count; i++)
            {
                rows[i] = rows[i] with { Gap = gap.Gap[i], GapStandardError = gap.StandardError[i] };
            }

            progress?.Report(new ClusterCountProgress("gap", null, ++step, totalSteps));
        }

        var stability = new Dictionary<int, ClusterStabilityResult>();
        if (criteria.HasFlag(ClusterCountCriteria.Stability))
        {
            for (var i = 0; i < rows.Count; i++)
            {
                var k = rows[i].K;
                if (k < 2 || models[k].Labels.Distinct().Count() != k)
                {
                    continue;
                }

                var result = ClusterStability.Compute(
                    data, models[k].Labels, options.KMeans, options.StabilityResamples, options.KMeans.Seed, cancellationToken);
                stability[k] = result;
                rows[i] = rows[i] with { Stability = result.MeanJaccard };
                progress?.Report(new ClusterCountProgress("stability", k, ++step, totalSteps));
            }
        }

        var knee = count >= 3 ? Kneedle.FindKnee(rows.Select(r => (double)r.K).ToArray(), rows.Select(r => r.Inertia).ToArray()) : null;
        var preferences = ClusterCountPreferences.From(rows, knee, gap?.ChooseClusterCount(options.GapRule));
        var recommended = preferences.Vote(rows).Recommended;
        var reason = preferences.Explain(rows, options.GapRule, stability);
        return new ClusterCountSelection(rows, models, knee, gap, stability, preferences, recommended, reason);
    }

    /// <summary>Refuses a sweep whose kept models alone would exceed <see cref="Defaults.SweepMemoryLimitBytes"/>.</summary>
    private static void RequireMemoryWithinLimit(ClusterCountSelectorOptions options, DenseMatrix data)
    {
        var fits = (long)options.MaxClusters - options.MinClusters + 1;
        var perFit = (4.0 * data.Rows) + (8.0 * options.MaxClusters * data.Columns);
        var bytes = fits * perFit;
        if (bytes > Defaults.SweepMemoryLimitBytes)
        {
            Guard.ThrowArgumentOutOfRange(
                $"The sweep k={options.MinClusters}..{options.MaxClusters} over rows={data.Rows} x features={data.Columns} would keep "
                + $"{fits} fitted models, about {(long)Math.Ceiling(bytes / (1 << 20))} MiB, more than Defaults.SweepMemoryLimitBytes={Defaults.SweepMemoryLimitBytes >> 20} MiB. "
                + "Narrow the k range or sample the rows.",
                nameof(options.MaxClusters));
        }
    }

    private ClusterCountEvaluation Score(DenseMatrix data, int k, KMeansModel model, CancellationToken cancellationToken)
    {
        var options = Options;
        var criteria = options.Criteria;
        // A fit on fewer distinct points than k can leave clusters empty; the scores count the clusters it found.
        var found = model.Labels.Distinct().Count();
        var scored = found >= 2 && found <= data.Rows - 1;
        double? silhouette = null;
        var sampled = false;
        if (scored && criteria.HasFlag(ClusterCountCriteria.Silhouette))
        {
            var threads = options.KMeans.MaxDegreeOfParallelism;
            if (data.Rows <= options.ExactSilhouetteMaximumRows)
            {
                silhouette = Silhouette.Compute(data, model.Labels, threads, cancellationToken).Mean;
            }
            else
            {
                var size = Math.Min(options.SilhouetteSampleSize, data.Rows);
                silhouette = Silhouette.Sample(data, model.Labels, size, options.KMeans.Seed, Defaults.SilhouetteConfidenceLevel, threads, cancellationToken).Mean;
                sampled = true;
            }
        }

        double? daviesBouldin = scored && criteria.HasFlag(ClusterCountCriteria.DaviesBouldin) ? DaviesBouldin.Score(data, model.Labels) : null;
        double? calinskiHarabasz = scored && criteria.HasFlag(ClusterCountCriteria.CalinskiHarabasz) ? CalinskiHarabasz.Score(data, model.Labels) : null;
        return new ClusterCountEvaluation(k, model.Inertia, silhouette, daviesBouldin, calinskiHarabasz, null, null, null, sampled);
    }
}
