namespace Segmentation.Clustering;

/// <summary>How a Gaussian mixture start picks its first responsibilities.</summary>
public enum GaussianMixtureInitialization
{
    /// <summary>
    /// One K-Means start (k-means++, seeded) labels the rows; each row belongs fully to its cluster, and the first
    /// weights, means and covariances are estimated from those labels (scikit-learn's init_params='kmeans').
    /// </summary>
    KMeans,

    /// <summary>Each row gets uniform random responsibilities, normalised to sum to 1 (scikit-learn's init_params='random').</summary>
    Random,
}
