using Segmentation.Clustering;

namespace Segmentation.Evaluation;

/// <summary>
/// The result of a k sweep: every criterion per k, the k each criterion prefers, the recommended k and why.
/// Immutable and safe to share across threads.
/// </summary>
public sealed class ClusterCountSelection
{
    private readonly IReadOnlyDictionary<int, KMeansModel> _models;

    internal ClusterCountSelection(
        IReadOnlyList<ClusterCountEvaluation> evaluations,
        IReadOnlyDictionary<int, KMeansModel> models,
        KneedleResult? knee,
        GapStatisticResult? gap,
        IReadOnlyDictionary<int, ClusterStabilityResult> stability,
        ClusterCountPreferences preferences,
        int recommended,
        string reason)
    {
        Evaluations = evaluations;
        _models = models;
        Knee = knee;
        GapStatistic = gap;
        Stability = stability;
        KneeClusterCount = preferences.Knee;
        SilhouetteClusterCount = preferences.Silhouette;
        CalinskiHarabaszClusterCount = preferences.CalinskiHarabasz;
        DaviesBouldinClusterCount = preferences.DaviesBouldin;
        GapClusterCount = preferences.Gap;
        RecommendedClusterCount = recommended;
        Reason = reason;
    }

    /// <summary>Gets one row per k, ascending.</summary>
    public IReadOnlyList<ClusterCountEvaluation> Evaluations { get; }

    /// <summary>Gets the Kneedle result on the inertia curve, or null with fewer than 3 k values.</summary>
    public KneedleResult? Knee { get; }

    /// <summary>Gets the gap statistic, when it was computed.</summary>
    public GapStatisticResult? GapStatistic { get; }

    /// <summary>Gets the stability per k (k &gt;= 2), when it was computed.</summary>
    public IReadOnlyDictionary<int, ClusterStabilityResult> Stability { get; }

    /// <summary>Gets the knee of the inertia curve (Kneedle, S = 1), or null when the curve has none.</summary>
    public int? KneeClusterCount { get; }

    /// <summary>Gets the k with the highest mean silhouette (the smallest such k on a tie), or null.</summary>
    public int? SilhouetteClusterCount { get; }

    /// <summary>Gets the k with the highest Calinski-Harabasz index, or null.</summary>
    public int? CalinskiHarabaszClusterCount { get; }

    /// <summary>Gets the k with the lowest Davies-Bouldin index, or null.</summary>
    public int? DaviesBouldinClusterCount { get; }

    /// <summary>Gets the k the gap rule chooses, when the gap was computed.</summary>
    public int? GapClusterCount { get; }

    /// <summary>
    /// Gets the recommended k: a majority vote of the knee, silhouette, Calinski-Harabasz, Davies-Bouldin and (when
    /// computed) gap preferences; criteria with no preference do not vote. On a tie, the tied k with the highest mean
    /// silhouette wins (the smallest tied k when no tied k has a silhouette). With no vote at all (a range of only
    /// k = 1, or 1 and 2 without scores) it is the smallest k. Stability is reported in <see cref="Reason"/> but does
    /// not vote: it favours small k by construction.
    /// </summary>
    public int RecommendedClusterCount { get; }

    /// <summary>Gets the plain-language reasons, e.g. "knee at 5; silhouette highest at 5 (0.554); ...".</summary>
    public string Reason { get; }

    /// <summary>Gets the K-Means fit for <paramref name="k"/>.</summary>
    /// <param name="k">A k of the sweep.</param>
    /// <exception cref="ArgumentOutOfRangeException">k was not in the sweep.</exception>
    public KMeansModel GetModel(int k)
    {
        if (!_models.TryGetValue(k, out var model))
        {
            Guard.ThrowArgumentOutOfRange($"k={k} was not in the sweep {Evaluations[0].K} .. {Evaluations[^1].K}.", nameof(k));
        }

        return model;
    }
}
