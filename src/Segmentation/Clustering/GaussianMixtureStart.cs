namespace Segmentation.Clustering;

/// <summary>The parameters and outcome of one EM start.</summary>
internal sealed record GaussianMixtureStart(
    double[] Weights,
    double[] Means,
    double[] Covariances,
    double LowerBound,
    int Iterations,
    bool Converged);
