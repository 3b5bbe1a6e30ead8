namespace Segmentation.Clustering;

/// <summary>The shape of each Gaussian mixture component's covariance (scikit-learn's covariance_type).</summary>
public enum GaussianMixtureCovarianceType
{
    /// <summary>Each component has its own full covariance matrix: d(d+1)/2 parameters per component.</summary>
    Full,

    /// <summary>Each component has its own diagonal covariance (features independent within a component): d parameters per component.</summary>
    Diagonal,

    /// <summary>Every component shares one full covariance matrix: d(d+1)/2 parameters in all.</summary>
    Tied,

    /// <summary>Each component has one variance for every feature (a multiple of the identity): 1 parameter per component.</summary>
    Spherical,
}
