namespace Segmentation.Clustering;

/// <summary>
/// Settings for one Gaussian mixture fit. Each property says its default; <see cref="Validate"/> checks them all and
/// is called by <see cref="GaussianMixture"/> before any work.
/// </summary>
public sealed record GaussianMixtureOptions
{
    /// <summary>Gets the number of components; at least 1 and at most the number of rows. Default <see cref="Defaults.MixtureComponentCount"/> (1).</summary>
    public int ComponentCount { get; init; } = Defaults.MixtureComponentCount;

    /// <summary>Gets the covariance shape. Default <see cref="Defaults.MixtureCovarianceType"/> (<see cref="GaussianMixtureCovarianceType.Full"/>).</summary>
    public GaussianMixtureCovarianceType CovarianceType { get; init; } = Defaults.MixtureCovarianceType;

    /// <summary>Gets the non-negative value added to every covariance diagonal. Default <see cref="Defaults.MixtureRegularization"/> (1e-6).</summary>
    public double Regularization { get; init; } = Defaults.MixtureRegularization;

    /// <summary>
    /// Gets the convergence tolerance on the change of the mean log-likelihood per row between two EM iterations.
    /// Default <see cref="Defaults.MixtureTolerance"/> (1e-3).
    /// </summary>
    public double Tolerance { get; init; } = Defaults.MixtureTolerance;

    /// <summary>Gets the EM iteration limit per start. Default <see cref="Defaults.MixtureMaximumIterations"/> (100).</summary>
    public int MaximumIterations { get; init; } = Defaults.MixtureMaximumIterations;

    /// <summary>Gets the number of independent starts; the highest final lower bound wins. Default <see cref="Defaults.MixtureRestarts"/> (1).</summary>
    public int Restarts { get; init; } = Defaults.MixtureRestarts;

    /// <summary>Gets how each start picks its first responsibilities. Default <see cref="GaussianMixtureInitialization.KMeans"/>.</summary>
    public GaussianMixtureInitialization Initialization { get; init; } = Defaults.MixtureInitialization;

    /// <summary>Gets the seed of every random choice. Default <see cref="Defaults.Seed"/> (42).</summary>
    public int Seed { get; init; } = Defaults.Seed;

    /// <summary>
    /// Gets the first weights, one per component, or <see langword="null"/> (default) to estimate them from
    /// <see cref="Initialization"/>. As scikit-learn's weights_init.
    /// </summary>
    public IReadOnlyList<double>? InitialWeights { get; init; }

    /// <summary>
    /// Gets the first means, components x features, or <see langword="null"/> (default) to estimate them from
    /// <see cref="Initialization"/>. As scikit-learn's means_init.
    /// </summary>
    public DenseMatrix? InitialMeans { get; init; }

    /// <summary>
    /// Gets the first covariances, one features x features matrix per component, or <see langword="null"/> (default) to
    /// estimate them from <see cref="Initialization"/>. Each must be symmetric with a positive diagonal; for
    /// <see cref="GaussianMixtureCovarianceType.Diagonal"/> and <see cref="GaussianMixtureCovarianceType.Spherical"/> the
    /// off-diagonal entries must be 0 (and spherical ones have one value along the diagonal); for
    /// <see cref="GaussianMixtureCovarianceType.Tied"/> all must be equal. Scikit-learn takes their inverses as precisions_init.
    /// When all three initial values are given, every start begins from them and no K-Means runs.
    /// </summary>
    public IReadOnlyList<DenseMatrix>? InitialCovariances { get; init; }

    /// <summary>Checks every setting that does not depend on the data.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range; the message quotes it.</exception>
    /// <exception cref="ArgumentException">An initial value has the wrong count of components.</exception>
    public void Validate()
    {
        Guard.Positive(ComponentCount, nameof(ComponentCount));
        Guard.Defined(CovarianceType, nameof(CovarianceType));
        Guard.NonNegative(Regularization, nameof(Regularization));
        Guard.NonNegative(Tolerance, nameof(Tolerance));
        Guard.Positive(MaximumIterations, nameof(MaximumIterations));
        Guard.Positive(Restarts, nameof(Restarts));
        Guard.Defined(Initialization, nameof(Initialization));
        if (InitialWeights is not null && InitialWeights.Count != ComponentCount)
        {
            Guard.ThrowArgument(
                $"InitialWeights.Count={InitialWeights.Count} must equal ComponentCount={ComponentCount}.", nameof(InitialWeights));
        }

        if (InitialMeans is not null && InitialMeans.Rows != ComponentCount)
        {
            Guard.ThrowArgument(
                $"InitialMeans.Rows={InitialMeans.Rows} must equal ComponentCount={ComponentCount}.", nameof(InitialMeans));
        }

        if (InitialCovariances is not null && InitialCovariances.Count != ComponentCount)
        {
            Guard.ThrowArgument(
                $"InitialCovariances.Count={InitialCovariances.Count} must equal ComponentCount={ComponentCount}.", nameof(InitialCovariances));
        }
    }
}
