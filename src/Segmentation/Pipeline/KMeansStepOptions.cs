using Segmentation.Clustering;

namespace Segmentation.Pipeline;

/// <summary>
/// The clustering step of a <see cref="SegmentationPipeline"/>: either a fixed <see cref="ClusterCount"/>, or an
/// inclusive range <see cref="MinimumClusters"/>..<see cref="MaximumClusters"/> swept to choose k. Every other
/// setting is a <see cref="KMeansOptions"/> setting with the same default.
/// </summary>
public sealed record KMeansStepOptions
{
    /// <summary>Gets the fixed number of clusters; <see langword="null"/> (the default) sweeps the range instead.</summary>
    public int? ClusterCount { get; init; }

    /// <summary>Gets the smallest k of the sweep, inclusive. Default 2.</summary>
    public int MinimumClusters { get; init; } = 2;

    /// <summary>Gets the largest k of the sweep, inclusive. Default 10.</summary>
    public int MaximumClusters { get; init; } = 10;

    /// <summary>Gets the number of independent starts per k. Default <see cref="Defaults.Restarts"/> (10).</summary>
    public int Restarts { get; init; } = Defaults.Restarts;

    /// <summary>Gets the iteration limit per start. Default <see cref="Defaults.MaximumIterations"/> (300).</summary>
    public int MaximumIterations { get; init; } = Defaults.MaximumIterations;

    /// <summary>Gets the tolerance relative to the mean feature variance. Default <see cref="Defaults.Tolerance"/> (1e-4).</summary>
    public double Tolerance { get; init; } = Defaults.Tolerance;

    /// <summary>Gets the initialisation. Default <see cref="KMeansInitialization.KMeansPlusPlus"/>.</summary>
    public KMeansInitialization Initialization { get; init; } = Defaults.Initialization;

    /// <summary>Gets the seed of every random choice. Default <see cref="Defaults.Seed"/> (42).</summary>
    public int Seed { get; init; } = Defaults.Seed;

    /// <summary>Gets the most threads used; -1 means every core. Results do not depend on it. Default -1.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Defaults.MaxDegreeOfParallelism;

    internal ClusterCountChoice Choice =>
        ClusterCount is { } fixedCount ? ClusterCountChoice.Fixed(fixedCount) : new ClusterCountChoice(MinimumClusters, MaximumClusters);

    /// <summary>Checks every setting.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range; the message quotes it.</exception>
    public void Validate()
    {
        if (ClusterCount is { } fixedCount)
        {
            Guard.Positive(fixedCount, nameof(ClusterCount));
        }
        else
        {
            Guard.Positive(MinimumClusters, nameof(MinimumClusters));
            if (MaximumClusters < MinimumClusters)
            {
                Guard.ThrowArgumentOutOfRange(
                    $"MaximumClusters={MaximumClusters} must be >= MinimumClusters={MinimumClusters}; the range is inclusive.",
                    nameof(MaximumClusters));
            }
        }

        ToKMeansOptions(ClusterCount ?? MinimumClusters).Validate();
    }

    internal KMeansOptions ToKMeansOptions(int clusterCount) => new()
    {
        ClusterCount = clusterCount,
        Restarts = Restarts,
        MaximumIterations = MaximumIterations,
        Tolerance = Tolerance,
        Initialization = Initialization,
        Seed = Seed,
        MaxDegreeOfParallelism = MaxDegreeOfParallelism,
    };
}
