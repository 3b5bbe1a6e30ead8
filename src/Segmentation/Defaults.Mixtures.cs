using Segmentation.Clustering;

namespace Segmentation;

public static partial class Defaults
{
    /// <summary>Gaussian mixture components: 1 (scikit-learn's default).</summary>
    public const int MixtureComponentCount = 1;

    /// <summary>Gaussian mixture covariance type: <see cref="GaussianMixtureCovarianceType.Full"/> (scikit-learn's default).</summary>
    public const GaussianMixtureCovarianceType MixtureCovarianceType = GaussianMixtureCovarianceType.Full;

    /// <summary>Added to the diagonal of every Gaussian mixture covariance so it stays positive definite: 1e-6 (scikit-learn's reg_covar).</summary>
    public const double MixtureRegularization = 1e-6;

    /// <summary>
    /// Gaussian mixture convergence tolerance: 1e-3 (scikit-learn's). EM stops when the mean log-likelihood per row
    /// changes by less than this between two iterations.
    /// </summary>
    public const double MixtureTolerance = 1e-3;

    /// <summary>EM iterations per start at most: 100 (scikit-learn's max_iter).</summary>
    public const int MixtureMaximumIterations = 100;

    /// <summary>Independent EM starts; the one with the highest lower bound is kept: 1 (scikit-learn's n_init).</summary>
    public const int MixtureRestarts = 1;

    /// <summary>How EM starts: <see cref="GaussianMixtureInitialization.KMeans"/> (scikit-learn's init_params='kmeans').</summary>
    public const GaussianMixtureInitialization MixtureInitialization = GaussianMixtureInitialization.KMeans;

    /// <summary>k-prototypes clusters: 8 (as K-Means).</summary>
    public const int PrototypeClusterCount = 8;

    /// <summary>Independent k-prototypes starts; the one with the lowest cost is kept: 10 (as K-Means).</summary>
    public const int PrototypeRestarts = 10;

    /// <summary>k-prototypes iterations per start at most: 100 (the kmodes package's max_iter).</summary>
    public const int PrototypeMaximumIterations = 100;

    /// <summary>
    /// The factor of the default categorical weight gamma: 0.5. Gamma defaults to 0.5 times the mean population standard
    /// deviation (ddof = 0) of the numeric columns, in the middle of the 1/3 .. 2/3 range Huang (1998) suggested, and as
    /// the kmodes Python package does.
    /// </summary>
    public const double PrototypeGammaFactor = 0.5;

    /// <summary>
    /// The quantile of a segment's member distances beyond which a new row is novel: 0.99, so about one training
    /// member in a hundred would itself be flagged.
    /// </summary>
    public const double NoveltyQuantile = 0.99;

    /// <summary>When a row is novel: <see cref="NoveltyRule.EverySegment"/>, farther than the threshold of every segment.</summary>
    public const NoveltyRule NoveltyRule = Clustering.NoveltyRule.EverySegment;
}
