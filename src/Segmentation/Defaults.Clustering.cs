using Segmentation.Clustering;

namespace Segmentation;

public static partial class Defaults
{
    /// <summary>Independent K-Means starts; the one with the lowest inertia is kept: 10.</summary>
    public const int Restarts = 10;

    /// <summary>Lloyd iterations per start at most: 300 (scikit-learn's default).</summary>
    public const int MaximumIterations = 300;

    /// <summary>
    /// Convergence tolerance, relative to the mean per-feature variance of the data: 1e-4 (scikit-learn's default).
    /// A start stops when the squared centre movement summed over clusters is at most this times that variance.
    /// </summary>
    public const double Tolerance = 1e-4;

    /// <summary>The K-Means initialisation: k-means++.</summary>
    public const KMeansInitialization Initialization = KMeansInitialization.KMeansPlusPlus;

    /// <summary>Degree of parallelism: -1, meaning every core.</summary>
    public const int MaxDegreeOfParallelism = -1;

    /// <summary>Rows per mini-batch of <see cref="MiniBatchKMeans"/>: 1024 (scikit-learn's default).</summary>
    public const int MiniBatchSize = 1024;

    /// <summary>Passes over the data (epochs) a <see cref="MiniBatchKMeans"/> fit runs at most: 100 (scikit-learn's max_iter).</summary>
    public const int MiniBatchEpochs = 100;

    /// <summary>
    /// Consecutive mini-batches without a lower smoothed batch inertia after which <see cref="MiniBatchKMeans"/> stops:
    /// 10 (scikit-learn's max_no_improvement).
    /// </summary>
    public const int MiniBatchPatience = 10;
}
