namespace Segmentation.Profiling;

/// <summary>Which effect size segment names read High, Low or Average from.</summary>
public enum NamingScale
{
    /// <summary>
    /// <see cref="NumericFeatureProfile.EffectSize"/>: (segment mean - population mean) / population standard deviation
    /// (the default). For a column clustered after z-scoring it is the centroid's coordinate.
    /// </summary>
    Standardized,

    /// <summary>
    /// <see cref="NumericFeatureProfile.RankEffectSize"/>: the same on percentile ranks. Prefer it for skewed columns
    /// (monetary value, frequency, income with outliers), where a few large values inflate the standard deviation and
    /// make every segment look average.
    /// </summary>
    Rank,
}
