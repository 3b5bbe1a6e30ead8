namespace Segmentation.Pipeline;

/// <summary>The clustering a <see cref="SegmentationPipeline"/> ran: it has exactly one clustering step.</summary>
public enum SegmentationAlgorithm
{
    /// <summary>K-Means on the numeric features (<see cref="SegmentationPipeline.KMeans(int)"/>).</summary>
    KMeans,

    /// <summary>A Gaussian mixture fitted by EM on the numeric features, with soft membership (<see cref="SegmentationPipeline.GaussianMixture(int)"/>).</summary>
    GaussianMixture,

    /// <summary>k-prototypes on the numeric features plus categorical columns, without one-hot encoding (<see cref="SegmentationPipeline.KPrototypes(int, string[])"/>).</summary>
    KPrototypes,
}
