namespace Segmentation.Evaluation;

/// <summary>The exact silhouette of a labelling: the mean, every row's value, and each cluster's mean.</summary>
public sealed class SilhouetteResult
{
    internal SilhouetteResult(double mean, double[] samples, double[] clusterMeans, int[] clusterLabels)
    {
        Mean = mean;
        Samples = samples;
        ClusterMeans = clusterMeans;
        ClusterLabels = clusterLabels;
    }

    /// <summary>Gets the mean silhouette over all rows (scikit-learn's <c>silhouette_score</c>), between -1 and 1.</summary>
    public double Mean { get; }

    /// <summary>Gets each row's silhouette (scikit-learn's <c>silhouette_samples</c>); 0 for a row alone in its cluster.</summary>
    public IReadOnlyList<double> Samples { get; }

    /// <summary>Gets the mean silhouette of each cluster, in the order of <see cref="ClusterLabels"/>.</summary>
    public IReadOnlyList<double> ClusterMeans { get; }

    /// <summary>Gets the distinct labels, ascending; <see cref="ClusterMeans"/> follows this order.</summary>
    public IReadOnlyList<int> ClusterLabels { get; }
}
