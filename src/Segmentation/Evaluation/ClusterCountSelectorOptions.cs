using Segmentation.Clustering;

namespace Segmentation.Evaluation;

/// <summary>Settings of a k sweep. Each property says its default; <see cref="Validate"/> checks them.</summary>
public sealed record ClusterCountSelectorOptions
{
    /// <summary>Gets the smallest k, at least 1. Default 2.</summary>
    public int MinClusters { get; init; } = 2;

    /// <summary>Gets the largest k, inclusive; at least <see cref="MinClusters"/> and at most the rows. Default 10.</summary>
    public int MaxClusters { get; init; } = 10;

    /// <summary>Gets how each k is fitted (ClusterCount is ignored). Default: <see cref="KMeansOptions"/>' defaults.</summary>
    public KMeansOptions KMeans { get; init; } = new();

    /// <summary>Gets the criteria computed besides inertia and the knee. Default <see cref="ClusterCountCriteria.Default"/>.</summary>
    public ClusterCountCriteria Criteria { get; init; } = ClusterCountCriteria.Default;

    /// <summary>
    /// Gets the most rows for an exact silhouette; above it the silhouette is sampled (<see cref="SilhouetteSampleSize"/>
    /// rows, seed <see cref="KMeansOptions.Seed"/>). Default <see cref="Defaults.ExactSilhouetteMaximumRows"/> (20,000).
    /// </summary>
    public int ExactSilhouetteMaximumRows { get; init; } = Defaults.ExactSilhouetteMaximumRows;

    /// <summary>Gets the rows sampled for the silhouette of large data. Default <see cref="Defaults.SilhouetteSampleSize"/> (5,000).</summary>
    public int SilhouetteSampleSize { get; init; } = Defaults.SilhouetteSampleSize;

    /// <summary>Gets B for the gap statistic. Default <see cref="Defaults.GapReferenceSets"/> (20).</summary>
    public int GapReferenceSets { get; init; } = Defaults.GapReferenceSets;

    /// <summary>Gets where the gap statistic draws reference sets. Default <see cref="GapReference.UniformBox"/>.</summary>
    public GapReference GapReference { get; init; } = GapReference.UniformBox;

    /// <summary>Gets how the gap statistic picks k. Default <see cref="GapRule.FirstSEMax"/> (R's default).</summary>
    public GapRule GapRule { get; init; } = GapRule.FirstSEMax;

    /// <summary>Gets B for the stability check. Default <see cref="Defaults.StabilityResamples"/> (20).</summary>
    public int StabilityResamples { get; init; } = Defaults.StabilityResamples;

    /// <summary>Checks every setting that does not depend on the data.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range; the message quotes it.</exception>
    public void Validate()
    {
        Guard.Positive(MinClusters, nameof(MinClusters));
        if (MaxClusters < MinClusters)
        {
            Guard.ThrowArgumentOutOfRange(
                $"MaxClusters={MaxClusters} must be >= MinClusters={MinClusters}; the range is inclusive and must not be empty.",
                nameof(MaxClusters));
        }

        Guard.NotNull(KMeans, nameof(KMeans)).Validate();
        if ((Criteria & ~ClusterCountCriteria.All) != 0)
        {
            Guard.ThrowArgumentOutOfRange($"Criteria={(int)Criteria} has undefined flags.", nameof(Criteria));
        }

        Guard.AtLeast(ExactSilhouetteMaximumRows, 0, nameof(ExactSilhouetteMaximumRows));
        Guard.AtLeast(SilhouetteSampleSize, 2, nameof(SilhouetteSampleSize));
        Guard.AtLeast(GapReferenceSets, 2, nameof(GapReferenceSets));
        Guard.Defined(GapReference, nameof(GapReference));
        Guard.Defined(GapRule, nameof(GapRule));
        Guard.Positive(StabilityResamples, nameof(StabilityResamples));
    }
}
