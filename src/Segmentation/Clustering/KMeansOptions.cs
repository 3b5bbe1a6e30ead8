namespace Segmentation.Clustering;

/// <summary>
/// Settings for one K-Means fit. Each property says its default; <see cref="Validate"/> checks them all and is
/// called by <see cref="KMeans"/> before any work.
/// </summary>
public sealed record KMeansOptions
{
    /// <summary>Gets the number of clusters k; at least 1 and at most the number of rows. Default 8 (scikit-learn's).</summary>
    public int ClusterCount { get; init; } = 8;

    /// <summary>Gets how the first centres are picked. Default <see cref="KMeansInitialization.KMeansPlusPlus"/>.</summary>
    public KMeansInitialization Initialization { get; init; } = Defaults.Initialization;

    /// <summary>Gets the number of independent starts; the lowest inertia wins. Default <see cref="Defaults.Restarts"/> (10).</summary>
    public int Restarts { get; init; } = Defaults.Restarts;

    /// <summary>Gets the iteration limit per start. Default <see cref="Defaults.MaximumIterations"/> (300).</summary>
    public int MaximumIterations { get; init; } = Defaults.MaximumIterations;

    /// <summary>
    /// Gets the convergence tolerance relative to the data's mean feature variance; 0 runs until labels stop changing
    /// or <see cref="MaximumIterations"/>. Default <see cref="Defaults.Tolerance"/> (1e-4).
    /// </summary>
    public double Tolerance { get; init; } = Defaults.Tolerance;

    /// <summary>Gets the seed of every random choice. Default <see cref="Defaults.Seed"/> (42).</summary>
    public int Seed { get; init; } = Defaults.Seed;

    /// <summary>Gets the exact iteration variant. Default <see cref="KMeansAlgorithm.Auto"/>.</summary>
    public KMeansAlgorithm Algorithm { get; init; } = KMeansAlgorithm.Auto;

    /// <summary>
    /// Gets the most threads one fit uses; -1 means every core. Results do not depend on it.
    /// Default <see cref="Defaults.MaxDegreeOfParallelism"/> (-1).
    /// </summary>
    public int MaxDegreeOfParallelism { get; init; } = Defaults.MaxDegreeOfParallelism;

    /// <summary>Checks every setting.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range; the message quotes it.</exception>
    public void Validate()
    {
        Guard.Positive(ClusterCount, nameof(ClusterCount));
        Guard.Defined(Initialization, nameof(Initialization));
        Guard.Positive(Restarts, nameof(Restarts));
        Guard.Positive(MaximumIterations, nameof(MaximumIterations));
        Guard.NonNegative(Tolerance, nameof(Tolerance));
        Guard.Defined(Algorithm, nameof(Algorithm));
        if (MaxDegreeOfParallelism is 0 or < -1)
        {
            Guard.ThrowArgumentOutOfRange(
                $"MaxDegreeOfParallelism={MaxDegreeOfParallelism} must be -1 (every core) or >= 1.", nameof(MaxDegreeOfParallelism));
        }
    }
}
