namespace Segmentation.Clustering;

/// <summary>The shape of each Gaussian mixture component's covariance.</summary>
public enum GaussianMixtureCovarianceType
{
    /// <summary>Each component has its own full covariance matrix: d(d+1)/2 parameters per component.</summary>
    Full,

    /// <summary>Each component has its own diagonal covariance (features independent within a component): d parameters per component.</summary>
    Diagonal,
}
