using Segmentation.Clustering;

namespace Segmentation.Pipeline;

/// <summary>
/// The Gaussian mixture step of a <see cref="SegmentationPipeline"/>: either a fixed <see cref="ComponentCount"/>, or an
/// inclusive range <see cref="MinimumComponents"/>..<see cref="MaximumComponents"/> from which the count with the
/// lowest BIC is kept. Every other setting is a <see cref="GaussianMixtureOptions"/> setting with the same default.
/// </summary>
public sealed record GaussianMixtureStepOptions : ClusteringStepOptions
{
    /// <summary>Gets the fixed number of components; <see langword="null"/> (the default) chooses it by BIC over the range instead.</summary>
    public int? ComponentCount { get; init; }

    /// <summary>Gets the smallest component count tried, inclusive. Default 1.</summary>
    public int MinimumComponents { get; init; } = 1;

    /// <summary>Gets the largest component count tried, inclusive. Default 10.</summary>
    public int MaximumComponents { get; init; } = 10;

    /// <summary>Gets the covariance shape. Default <see cref="Defaults.MixtureCovarianceType"/> (<see cref="GaussianMixtureCovarianceType.Full"/>).</summary>
    public GaussianMixtureCovarianceType CovarianceType { get; init; } = Defaults.MixtureCovarianceType;

    /// <summary>Gets the non-negative value added to every covariance diagonal. Default <see cref="Defaults.MixtureRegularization"/> (1e-6).</summary>
    public double Regularization { get; init; } = Defaults.MixtureRegularization;

    /// <summary>Gets the convergence tolerance on the mean log-likelihood per row. Default <see cref="Defaults.MixtureTolerance"/> (1e-3).</summary>
    public double Tolerance { get; init; } = Defaults.MixtureTolerance;

    /// <summary>Gets the EM iteration limit per start. Default <see cref="Defaults.MixtureMaximumIterations"/> (100).</summary>
    public int MaximumIterations { get; init; } = Defaults.MixtureMaximumIterations;

    /// <summary>Gets the number of independent starts; the highest lower bound wins. Default <see cref="Defaults.MixtureRestarts"/> (1).</summary>
    public int Restarts { get; init; } = Defaults.MixtureRestarts;

    /// <summary>Gets how each start picks its first responsibilities. Default <see cref="GaussianMixtureInitialization.KMeans"/>.</summary>
    public GaussianMixtureInitialization Initialization { get; init; } = Defaults.MixtureInitialization;

    /// <summary>Gets the seed of every random choice. Default <see cref="Defaults.Seed"/> (42).</summary>
    public int Seed { get; init; } = Defaults.Seed;

    internal bool IsFixed => ComponentCount is not null;

    /// <inheritdoc />
    public override SegmentationAlgorithm Algorithm => SegmentationAlgorithm.GaussianMixture;

    /// <summary>Checks every setting.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range; the message quotes it.</exception>
    public override void Validate()
    {
        if (ComponentCount is { } fixedCount)
        {
            Guard.Positive(fixedCount, nameof(ComponentCount));
        }
        else
        {
            Guard.Positive(MinimumComponents, nameof(MinimumComponents));
            if (MaximumComponents < MinimumComponents)
            {
                Guard.ThrowArgumentOutOfRange(
                    $"MaximumComponents={MaximumComponents} must be >= MinimumComponents={MinimumComponents}; the range is inclusive.",
                    nameof(MaximumComponents));
            }
        }

        ToGaussianMixtureOptions(ComponentCount ?? MinimumComponents).Validate();
    }

    internal GaussianMixtureOptions ToGaussianMixtureOptions(int componentCount) => new()
    {
        ComponentCount = componentCount,
        CovarianceType = CovarianceType,
        Regularization = Regularization,
        Tolerance = Tolerance,
        MaximumIterations = MaximumIterations,
        Restarts = Restarts,
        Initialization = Initialization,
        Seed = Seed,
    };
}
