namespace Segmentation.Plots;

/// <summary>One criterion evaluated at each candidate cluster count, for <see cref="Charts.Criteria(ReadOnlySpan{int}, IReadOnlyList{ClusterCountCriterion}, int?, ChartOptions?)"/>.</summary>
/// <param name="Name">The criterion's name, e.g. "Silhouette".</param>
/// <param name="Values">One value per cluster count, in the same order.</param>
/// <param name="HigherIsBetter">Whether larger values are better (silhouette, Calinski-Harabasz) or smaller (Davies-Bouldin).</param>
public sealed record ClusterCountCriterion(string Name, IReadOnlyList<double> Values, bool HigherIsBetter);
