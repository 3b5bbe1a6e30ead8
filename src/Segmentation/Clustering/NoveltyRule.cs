namespace Segmentation.Clustering;

/// <summary>Which segments a row must be too far from to be novel.</summary>
public enum NoveltyRule
{
    /// <summary>
    /// Novel when the row is farther than each segment's threshold from that segment's centre: no segment would take it.
    /// </summary>
    EverySegment,

    /// <summary>Novel when the row is farther than its nearest segment's threshold from that segment's centre.</summary>
    NearestSegment,
}
