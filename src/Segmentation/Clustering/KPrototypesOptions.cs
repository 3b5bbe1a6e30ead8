namespace Segmentation.Clustering;

/// <summary>
/// Settings for one k-prototypes fit. Each property says its default; <see cref="Validate"/> checks them all and is
/// called by <see cref="KPrototypes"/> before any work.
/// </summary>
public sealed record KPrototypesOptions
{
    /// <summary>Gets the number of clusters k; at least 1 and at most the number of rows. Default <see cref="Defaults.PrototypeClusterCount"/> (8).</summary>
    public int ClusterCount { get; init; } = Defaults.PrototypeClusterCount;

    /// <summary>
    /// Gets the weight gamma of one categorical mismatch against squared numeric distance, or <see langword="null"/>
    /// (default) to estimate it from the data: <see cref="Defaults.PrototypeGammaFactor"/> (0.5) times the mean
    /// population standard deviation of the numeric columns (see <see cref="KPrototypes.EstimateGamma"/>).
    /// </summary>
    public double? Gamma { get; init; }

    /// <summary>Gets how the first prototypes are picked. Default <see cref="KPrototypesInitialization.KMeansPlusPlus"/>.</summary>
    public KPrototypesInitialization Initialization { get; init; } = KPrototypesInitialization.KMeansPlusPlus;

    /// <summary>Gets the number of independent starts; the lowest cost wins. Default <see cref="Defaults.PrototypeRestarts"/> (10).</summary>
    public int Restarts { get; init; } = Defaults.PrototypeRestarts;

    /// <summary>Gets the iteration limit per start. Default <see cref="Defaults.PrototypeMaximumIterations"/> (100).</summary>
    public int MaximumIterations { get; init; } = Defaults.PrototypeMaximumIterations;

    /// <summary>Gets the seed of every random choice. Default <see cref="Defaults.Seed"/> (42).</summary>
    public int Seed { get; init; } = Defaults.Seed;

    /// <summary>Checks every setting.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range; the message quotes it.</exception>
    public void Validate()
    {
        Guard.Positive(ClusterCount, nameof(ClusterCount));
        if (Gamma is { } gamma)
        {
            Guard.NonNegative(gamma, nameof(Gamma));
        }

        Guard.Defined(Initialization, nameof(Initialization));
        Guard.Positive(Restarts, nameof(Restarts));
        Guard.Positive(MaximumIterations, nameof(MaximumIterations));
    }
}
