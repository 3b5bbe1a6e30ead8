namespace Segmentation.Clustering;

/// <summary>
/// Settings for one <see cref="MiniBatchKMeans"/> fit. Each property says its default; <see cref="Validate"/> checks them all.
/// </summary>
public sealed record MiniBatchKMeansOptions
{
    /// <summary>Gets the number of clusters k; at least 1 and at most the number of rows. Default 8.</summary>
    public int ClusterCount { get; init; } = 8;

    /// <summary>Gets the rows drawn (with replacement) per update step. Default <see cref="Defaults.MiniBatchSize"/> (1024).</summary>
    public int BatchSize { get; init; } = Defaults.MiniBatchSize;

    /// <summary>Gets the most passes over the data, in mini-batches. Default <see cref="Defaults.MiniBatchEpochs"/> (100).</summary>
    public int MaximumEpochs { get; init; } = Defaults.MiniBatchEpochs;

    /// <summary>
    /// Gets how many consecutive steps without a lower smoothed batch inertia stop the fit.
    /// Default <see cref="Defaults.MiniBatchPatience"/> (10).
    /// </summary>
    public int Patience { get; init; } = Defaults.MiniBatchPatience;

    /// <summary>Gets the seed of the initial sample, the k-means++ start and every batch. Default <see cref="Defaults.Seed"/> (42).</summary>
    public int Seed { get; init; } = Defaults.Seed;

    /// <summary>Gets the most threads of the final labelling pass; -1 means every core. Default -1.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Defaults.MaxDegreeOfParallelism;

    /// <summary>Checks every setting.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range; the message quotes it.</exception>
    public void Validate()
    {
        Guard.Positive(ClusterCount, nameof(ClusterCount));
        Guard.Positive(BatchSize, nameof(BatchSize));
        Guard.Positive(MaximumEpochs, nameof(MaximumEpochs));
        Guard.Positive(Patience, nameof(Patience));
        if (MaxDegreeOfParallelism is 0 or < -1)
        {
            Guard.ThrowArgumentOutOfRange(
                $"MaxDegreeOfParallelism={MaxDegreeOfParallelism} must be -1 (every core) or >= 1.", nameof(MaxDegreeOfParallelism));
        }
    }
}
