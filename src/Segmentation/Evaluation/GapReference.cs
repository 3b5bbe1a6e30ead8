namespace Segmentation.Evaluation;

/// <summary>Where the gap statistic draws its reference (no-cluster) data sets.</summary>
public enum GapReference
{
    /// <summary>Uniform over the data's bounding box, feature by feature (R cluster::clusGap's spaceH0 = "original").</summary>
    UniformBox,

    /// <summary>
    /// Uniform over the box aligned with the data's principal components, then rotated back (Tibshirani et al.'s
    /// second method; R's spaceH0 = "scaledPCA"). Follows the shape of the data better when features correlate.
    /// </summary>
    PrincipalComponentBox,
}
