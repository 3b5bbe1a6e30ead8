namespace Segmentation.Clustering;

/// <summary>How one K-Means start ended.</summary>
/// <param name="Inertia">The weighted sum of squared distances to the final centres.</param>
/// <param name="Iterations">The iterations run.</param>
/// <param name="Converged">Whether the labels stopped changing or the centre shift met the tolerance.</param>
/// <param name="RelocatedClusters">How many times an empty cluster was moved to a far point.</param>
internal readonly record struct KMeansStartResult(double Inertia, int Iterations, bool Converged, int RelocatedClusters);
