namespace Segmentation.Evaluation;

/// <summary>Every criterion for one k of the sweep; a criterion that was not asked for, or does not apply, is null.</summary>
/// <param name="K">The number of clusters.</param>
/// <param name="Inertia">The within-cluster sum of squares of the fit.</param>
/// <param name="Silhouette">The mean silhouette; null for k = 1 or k = rows (undefined there, as in scikit-learn).</param>
/// <param name="DaviesBouldin">The Davies-Bouldin index; null for k = 1 or k = rows.</param>
/// <param name="CalinskiHarabasz">The Calinski-Harabasz index; null for k = 1 or k = rows.</param>
/// <param name="Gap">The gap statistic, when computed.</param>
/// <param name="GapStandardError">The gap's standard error s(k), when computed.</param>
/// <param name="Stability">The mean bootstrap Jaccard similarity over clusters, when computed (null for k = 1).</param>
/// <param name="SilhouetteIsSampled">Whether <paramref name="Silhouette"/> was estimated from a sample of rows.</param>
public sealed record ClusterCountEvaluation(
    int K,
    double Inertia,
    double? Silhouette,
    double? DaviesBouldin,
    double? CalinskiHarabasz,
    double? Gap,
    double? GapStandardError,
    double? Stability,
    bool SilhouetteIsSampled);
