namespace Segmentation.Pipeline;

/// <summary>How well separated the final segments are, by the usual internal criteria.</summary>
/// <param name="Inertia">Within-cluster sum of squares in the scaled feature space (lower is tighter).</param>
/// <param name="Silhouette">Mean silhouette, -1..1 (higher is better); <see langword="null"/> when undefined (k = 1 or k = rows).</param>
/// <param name="DaviesBouldin">Davies-Bouldin index (lower is better); <see langword="null"/> when undefined.</param>
/// <param name="CalinskiHarabasz">Calinski-Harabasz index (higher is better); <see langword="null"/> when undefined.</param>
public sealed record ClusterQuality(double Inertia, double? Silhouette, double? DaviesBouldin, double? CalinskiHarabasz);
