namespace Segmentation.Clustering.Streaming;

/// <summary>
/// Settings of an out-of-core K-Means fit (<see cref="StreamingKMeans"/>) and of each k of the out-of-core sweep.
/// Each property says its default; <see cref="Validate"/> checks them all.
/// </summary>
public sealed record StreamingKMeansOptions
{
    /// <summary>Gets the number of clusters k; at least 1 and at most the rows. Ignored by the sweep. Default 8.</summary>
    public int ClusterCount { get; init; } = 8;

    /// <summary>
    /// Gets the rows per mini-batch update; each block is shuffled (seeded) and cut into batches of this size.
    /// Default <see cref="Defaults.MiniBatchSize"/> (1024).
    /// </summary>
    public int BatchSize { get; init; } = Defaults.MiniBatchSize;

    /// <summary>Gets the most passes over the source of mini-batch updates; 0 starts the Lloyd passes from the sample fit. Default <see cref="Defaults.StreamingMaximumEpochs"/> (10).</summary>
    public int MaximumEpochs { get; init; } = Defaults.StreamingMaximumEpochs;

    /// <summary>
    /// Gets the most full-batch Lloyd iterations after the mini-batch epochs, one pass over the source each: every row
    /// is assigned to its nearest centre and each centre moves to the mean of its rows, until the centres move less
    /// than <see cref="Tolerance"/> allows. They take the fit to a fixed point of exact K-Means (what in-memory
    /// <see cref="KMeans"/> converges to) at the price of a pass each. Default 0: mini-batch epochs, then the exact pass.
    /// </summary>
    public int MaximumLloydPasses { get; init; }

    /// <summary>
    /// Gets when the centres have stopped moving, relative to the mean per-feature variance of the data as clustered:
    /// a k stops when the squared movement of its centres over one epoch (or one Lloyd pass), summed over clusters, is at most this times
    /// that variance. Default <see cref="Defaults.Tolerance"/> (1e-4).
    /// </summary>
    public double Tolerance { get; init; } = Defaults.Tolerance;

    /// <summary>Gets the seed of the reservoir sample, the initial centres and every block's shuffle. Default <see cref="Defaults.Seed"/> (42).</summary>
    public int Seed { get; init; } = Defaults.Seed;

    /// <summary>
    /// Gets whether each feature is standardised ((value - mean) / standard deviation) with statistics taken in the first
    /// pass, so that features in different units weigh alike. Ignored when <see cref="Scaling"/> is given. Default false.
    /// </summary>
    public bool Standardize { get; init; }

    /// <summary>Gets a fitted scaling applied to every row as it is read, or null (default) for none (or <see cref="Standardize"/>).</summary>
    public FeatureScaling? Scaling { get; init; }

    /// <summary>
    /// Gets the rows of the uniform reservoir sample kept from the first pass: the initial centres are the best of
    /// <see cref="Defaults.StreamingInitializationRestarts"/> (3) K-Means fits (k-means++ starts) on it, and the sweep's
    /// silhouette is computed on it. At least the number of clusters. Default <see cref="Defaults.StreamingSampleSize"/> (5,000).
    /// </summary>
    public int SampleSize { get; init; } = Defaults.StreamingSampleSize;

    /// <summary>
    /// Gets the memory, in bytes, the fit may use for its own buffers. Default <see cref="Defaults.StreamingMemoryBudgetBytes"/> (256 MiB).
    /// </summary>
    /// <remarks>
    /// The rows read at once (the block) follow from it, with d features, K fitted k values (1 for a single fit) and
    /// S = <see cref="SampleSize"/>:
    /// <code>
    /// rows per block = (budget - fixed) / per row
    /// per row        = 8 d + 4 + 12 K                           (values, shuffle order, a label and a distance per k)
    /// fixed          = reader allowance                         (Defaults.StreamingReaderAllowanceBytes, 1 MiB)
    ///                + S (24 d + 8 + 4 K)                       (the sample, its scaled copy and initial fit, silhouette, labels)
    ///                + (sum of k) (32 d + 48)                   (per cluster: centres, epoch-start centres, batch sums, output; counters)
    ///                + K S 8 (d + 33 + largest k)               (the sweep only: the silhouette of each k on the sample)
    /// </code>
    /// A budget that does not hold the fixed part and one row is refused with an <see cref="ArgumentOutOfRangeException"/>
    /// quoting both. The runtime itself (its code, the thread pool, garbage not yet collected) comes on top. Results depend
    /// on the block size, so the same seed and the same budget give the same model, at any degree of parallelism.
    /// </remarks>
    public long MemoryBudgetBytes { get; init; } = Defaults.StreamingMemoryBudgetBytes;

    /// <summary>Gets the most threads; -1 means every core. The result does not depend on it. Default -1.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Defaults.MaxDegreeOfParallelism;

    /// <summary>Checks every setting that does not depend on the data.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range; the message quotes it.</exception>
    public void Validate()
    {
        Guard.Positive(ClusterCount, nameof(ClusterCount));
        Guard.Positive(BatchSize, nameof(BatchSize));
        Guard.NonNegative(MaximumEpochs, nameof(MaximumEpochs));
        Guard.NonNegative(MaximumLloydPasses, nameof(MaximumLloydPasses));
        Guard.NonNegative(Tolerance, nameof(Tolerance));
        Guard.Positive(SampleSize, nameof(SampleSize));
        if (MemoryBudgetBytes <= 0)
        {
            Guard.ThrowArgumentOutOfRange($"MemoryBudgetBytes={MemoryBudgetBytes} must be > 0.", nameof(MemoryBudgetBytes));
        }

        if (MaxDegreeOfParallelism is 0 or < -1)
        {
            Guard.ThrowArgumentOutOfRange(
                $"MaxDegreeOfParallelism={MaxDegreeOfParallelism} must be -1 (every core) or >= 1.", nameof(MaxDegreeOfParallelism));
        }
    }
}
