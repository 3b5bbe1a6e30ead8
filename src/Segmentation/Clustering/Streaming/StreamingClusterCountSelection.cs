using Segmentation.Evaluation;

namespace Segmentation.Clustering.Streaming;

/// <summary>
/// The result of an out-of-core k sweep: the criteria per k, the k each prefers, the recommended k and why, and the
/// model of every k. Immutable and safe to share across threads.
/// </summary>
public sealed class StreamingClusterCountSelection
{
    private readonly IReadOnlyDictionary<int, StreamingKMeansModel> _models;

    internal StreamingClusterCountSelection(
        IReadOnlyList<ClusterCountEvaluation> evaluations,
        IReadOnlyDictionary<int, StreamingKMeansModel> models,
        KneedleResult? knee,
        ClusterCountPreferences preferences,
        int recommended,
        string reason,
        long rows,
        int blockRows,
        int sampleRows)
    {
        Evaluations = evaluations;
        _models = models;
        Knee = knee;
        KneeClusterCount = preferences.Knee;
        SilhouetteClusterCount = preferences.Silhouette;
        CalinskiHarabaszClusterCount = preferences.CalinskiHarabasz;
        DaviesBouldinClusterCount = preferences.DaviesBouldin;
        RecommendedClusterCount = recommended;
        Reason = reason;
        Rows = rows;
        BlockRows = blockRows;
        SampleRows = sampleRows;
    }

    /// <summary>
    /// Gets one row per k, ascending: the exact inertia, the Calinski-Harabasz index (exact, from the totals of the
    /// exact pass), the Davies-Bouldin index (measured against the fitted centres), and the silhouette of the reservoir
    /// sample (<see cref="ClusterCountEvaluation.SilhouetteIsSampled"/> is true). Gap and stability are not computed.
    /// </summary>
    public IReadOnlyList<ClusterCountEvaluation> Evaluations { get; }

    /// <summary>Gets the Kneedle result on the inertia curve, or null with fewer than 3 k values.</summary>
    public KneedleResult? Knee { get; }

    /// <summary>Gets the knee of the inertia curve (Kneedle, S = 1), or null when the curve has none.</summary>
    public int? KneeClusterCount { get; }

    /// <summary>Gets the k with the highest sample silhouette (the smallest such k on a tie), or null.</summary>
    public int? SilhouetteClusterCount { get; }

    /// <summary>Gets the k with the highest Calinski-Harabasz index, or null.</summary>
    public int? CalinskiHarabaszClusterCount { get; }

    /// <summary>Gets the k with the lowest Davies-Bouldin index, or null.</summary>
    public int? DaviesBouldinClusterCount { get; }

    /// <summary>
    /// Gets the recommended k: the majority vote of the knee, silhouette, Calinski-Harabasz and Davies-Bouldin
    /// preferences, ties to the highest silhouette, as <see cref="ClusterCountSelection.RecommendedClusterCount"/>.
    /// </summary>
    public int RecommendedClusterCount { get; }

    /// <summary>Gets the plain-language reasons, e.g. "knee at 5; silhouette highest at 5 (0.554); ...".</summary>
    public string Reason { get; }

    /// <summary>Gets the rows of the source.</summary>
    public long Rows { get; }

    /// <summary>Gets the rows read at once: what the memory budget allows, and no more than the source has.</summary>
    public int BlockRows { get; }

    /// <summary>Gets the rows of the reservoir sample the silhouette was computed on.</summary>
    public int SampleRows { get; }

    /// <summary>Gets the out-of-core fit for <paramref name="k"/>.</summary>
    /// <param name="k">A k of the sweep.</param>
    /// <exception cref="ArgumentOutOfRangeException">k was not in the sweep.</exception>
    public StreamingKMeansModel GetModel(int k)
    {
        if (!_models.TryGetValue(k, out var model))
        {
            Guard.ThrowArgumentOutOfRange($"k={k} was not in the sweep {Evaluations[0].K} .. {Evaluations[^1].K}.", nameof(k));
        }

        return model;
    }
}
