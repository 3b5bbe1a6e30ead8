namespace Segmentation.Clustering;

/// <summary>How one row scored against a <see cref="NoveltyDetector"/>.</summary>
/// <param name="NearestSegment">The segment whose centre is nearest (the lowest index on a tie).</param>
/// <param name="Distance">The Euclidean distance to that centre.</param>
/// <param name="Threshold">That segment's threshold: the chosen quantile of its members' distances to its centre.</param>
/// <param name="IsNovel">
/// Whether the row is novel under the detector's <see cref="NoveltyRule"/>. Under
/// <see cref="NoveltyRule.EverySegment"/> a row can be farther than <paramref name="Threshold"/> from its nearest centre
/// and still not be novel, when another, wider segment takes it.
/// </param>
public readonly record struct NoveltyScore(int NearestSegment, double Distance, double Threshold, bool IsNovel);
