namespace Segmentation.Clustering.Streaming;

/// <summary>Settings of an out-of-core k sweep. Each property says its default; <see cref="Validate"/> checks them.</summary>
public sealed record StreamingClusterCountSelectorOptions
{
    /// <summary>Gets the smallest k, at least 1. Default 2.</summary>
    public int MinClusters { get; init; } = 2;

    /// <summary>Gets the largest k, inclusive; at least <see cref="MinClusters"/> and at most the rows. Default 10.</summary>
    public int MaxClusters { get; init; } = 10;

    /// <summary>
    /// Gets how every k is fitted (its <see cref="StreamingKMeansOptions.ClusterCount"/> is ignored); its memory budget
    /// covers all k together. Default: <see cref="StreamingKMeansOptions"/>' defaults.
    /// </summary>
    public StreamingKMeansOptions KMeans { get; init; } = new();

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
    }
}
