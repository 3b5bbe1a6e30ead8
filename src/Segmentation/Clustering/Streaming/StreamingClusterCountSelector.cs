using Segmentation.Evaluation;

namespace Segmentation.Clustering.Streaming;

/// <summary>
/// The k sweep on data larger than memory: every k of the range is fitted from the same passes over the source (each
/// block is read once per epoch and fed to every k's mini-batch update), then one exact pass labels every row for every
/// k and yields the inertia and the Calinski-Harabasz and Davies-Bouldin totals; the silhouette is computed on the
/// reservoir sample. The recommended k is the vote of <see cref="ClusterCountSelector"/> over the knee, silhouette,
/// Calinski-Harabasz and Davies-Bouldin.
/// </summary>
/// <remarks>
/// The passes and the determinism are those of <see cref="StreamingKMeans"/>; the memory budget covers every k at once
/// (see <see cref="StreamingKMeansOptions.MemoryBudgetBytes"/>, K = the number of k values).
/// </remarks>
public sealed class StreamingClusterCountSelector
{
    /// <summary>Creates the selector.</summary>
    /// <param name="options">The sweep's settings; validated here.</param>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public StreamingClusterCountSelector(StreamingClusterCountSelectorOptions options)
    {
        Guard.NotNull(options).Validate();
        Options = options;
    }

    /// <summary>Creates a selector for minClusters .. maxClusters (inclusive) with every other setting at its default.</summary>
    /// <param name="minClusters">The smallest k, at least 1.</param>
    /// <param name="maxClusters">The largest k, inclusive.</param>
    /// <param name="seed">The seed. Default <see cref="Defaults.Seed"/> (42).</param>
    public StreamingClusterCountSelector(int minClusters, int maxClusters, int seed = Defaults.Seed)
        : this(new StreamingClusterCountSelectorOptions
        {
            MinClusters = minClusters,
            MaxClusters = maxClusters,
            KMeans = new StreamingKMeansOptions { Seed = seed },
        })
    {
    }

    /// <summary>Gets the settings.</summary>
    public StreamingClusterCountSelectorOptions Options { get; }

    /// <summary>Runs the sweep.</summary>
    /// <param name="source">The rows; read at most <see cref="StreamingKMeansOptions.MaximumEpochs"/> + <see cref="StreamingKMeansOptions.MaximumLloydPasses"/> + 2 times.</param>
    /// <param name="cancellationToken">Stops the sweep between blocks.</param>
    /// <exception cref="ArgumentOutOfRangeException">The memory budget cannot hold one block row besides the fixed buffers, or the sample is smaller than MaxClusters.</exception>
    /// <exception cref="SegmentationDataException">The source has fewer rows than MaxClusters, or a value that is not a finite number.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public StreamingClusterCountSelection Select(IRowBlockSource source, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(source);
        var options = Options;
        var ks = Enumerable.Range(options.MinClusters, options.MaxClusters - options.MinClusters + 1).ToArray();
        var fit = StreamingFit.Run(source, ks, options.KMeans, labels: null, silhouettes: true, cancellationToken);

        var rows = new List<ClusterCountEvaluation>();
        var models = new Dictionary<int, StreamingKMeansModel>();
        for (var i = 0; i < ks.Length; i++)
        {
            var state = fit.States[i];
            models[ks[i]] = fit.Model(i);
            rows.Add(new ClusterCountEvaluation(
                ks[i],
                state.Inertia,
                SampleSilhouette(fit, i, cancellationToken),
                StreamingScores.DaviesBouldin(state, fit.Rows),
                StreamingScores.CalinskiHarabasz(state, fit.Rows),
                Gap: null,
                GapStandardError: null,
                Stability: null,
                SilhouetteIsSampled: true));
        }

        var knee = ks.Length >= 3 ? Kneedle.FindKnee(ks.Select(k => (double)k).ToArray(), rows.Select(r => r.Inertia).ToArray()) : null;
        var preferences = ClusterCountPreferences.From(rows, knee, gap: null);
        var recommended = preferences.Vote(rows).Recommended;
        var reason = preferences.Explain(rows, GapRule.FirstSEMax, new Dictionary<int, ClusterStabilityResult>());
        return new StreamingClusterCountSelection(rows, models, knee, preferences, recommended, reason, fit.Rows, fit.BlockRows, fit.Sample.Rows);
    }

    private double? SampleSilhouette(StreamingFit fit, int index, CancellationToken cancellationToken)
    {
        var labels = fit.SampleLabels(index);
        var clusters = labels.Distinct().Count();
        return clusters >= 2 && clusters <= fit.Sample.Rows - 1
            ? Silhouette.Compute(fit.Sample, labels, Options.KMeans.MaxDegreeOfParallelism, cancellationToken).Mean
            : null;
    }
}
