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
    public const int ExactSilhouetteMaximumRows = 20_000;

    /// <summary>Reference data sets drawn per k by the gap statistic: 20.</summary>
    public const int GapReferenceSets = 20;

    /// <summary>Bootstrap resamples drawn per k by the stability check: 20.</summary>
    public const int StabilityResamples = 20;

    /// <summary>Sensitivity S of Kneedle (Satopaa et al. 2011): 1.</summary>
    public const double KneedleSensitivity = 1.0;
}
