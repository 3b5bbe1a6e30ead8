namespace Segmentation;

public static partial class Defaults
{
    /// <summary>Rows sampled by the sampled silhouette when the caller gives no size: 5,000.</summary>
    public const int SilhouetteSampleSize = 5_000;

    /// <summary>Confidence level of the sampled silhouette's interval: 0.95.</summary>
    public const double SilhouetteConfidenceLevel = 0.95;

    /// <summary>
    /// Most rows for which the k sweep computes the exact silhouette: 20,000. Above it the sweep uses the sampled
    /// silhouette with <see cref="SilhouetteSampleSize"/> rows.
    /// </summary>
    /// <remarks>
    /// This caps time (the exact silhouette is O(rows^2 x features)), not memory: the silhouette never builds a
    /// rows x rows distance matrix. Exact or sampled, it holds a copy of the data (rows x features doubles), one value
    /// per row, and per thread a block of 64 rows x clusters doubles; so it needs about 8 x rows x (features + 1)
    /// bytes beyond the data, whatever the number of rows.
    /// </remarks>
    public const int ExactSilhouetteMaximumRows = 20_000;

    /// <summary>
    /// Most memory, in bytes, the k sweep may keep for its fitted models: 1 GiB (1,073,741,824). The sweep keeps one
    /// model per k (a label per row and the centres), about (MaxClusters - MinClusters + 1) x (4 x rows + 8 x
    /// MaxClusters x features) bytes; a wider sweep is refused with an <see cref="ArgumentOutOfRangeException"/> that
    /// quotes the estimate, before any fit, instead of running out of memory late. Narrow the k range or sample rows.
    /// </summary>
    public const long SweepMemoryLimitBytes = 1L << 30;

    /// <summary>Reference data sets drawn per k by the gap statistic: 20.</summary>
    public const int GapReferenceSets = 20;

    /// <summary>Bootstrap resamples drawn per k by the stability check: 20.</summary>
    public const int StabilityResamples = 20;

    /// <summary>Sensitivity S of Kneedle (Satopaa et al. 2011): 1.</summary>
    public const double KneedleSensitivity = 1.0;
}
