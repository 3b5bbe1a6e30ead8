namespace Segmentation.Evaluation;

/// <summary>How stable a clustering is under bootstrap resampling.</summary>
public sealed class ClusterStabilityResult
{
    internal ClusterStabilityResult(double[] meanJaccard, int[] dissolved, int[] recovered, double meanAdjustedRandIndex, int resamples)
    {
        ClusterMeanJaccard = meanJaccard;
        Dissolved = dissolved;
        Recovered = recovered;
        MeanAdjustedRandIndex = meanAdjustedRandIndex;
        Resamples = resamples;
        MeanJaccard = meanJaccard.Average();
    }

    /// <summary>Gets each cluster's mean Jaccard similarity over the resamples (fpc's <c>bootmean</c>), by cluster label.</summary>
    public IReadOnlyList<double> ClusterMeanJaccard { get; }

    /// <summary>Gets the mean of <see cref="ClusterMeanJaccard"/> over the clusters.</summary>
    public double MeanJaccard { get; }

    /// <summary>Gets, per cluster, the resamples with Jaccard at most 0.5 (fpc's <c>bootbrd</c>, "dissolved").</summary>
    public IReadOnlyList<int> Dissolved { get; }

    /// <summary>Gets, per cluster, the resamples with Jaccard above 0.75 (fpc's <c>bootrecover</c>, "recovered").</summary>
    public IReadOnlyList<int> Recovered { get; }

    /// <summary>Gets the mean adjusted Rand index between the original labels and each resample's labels, on the resampled rows.</summary>
    public double MeanAdjustedRandIndex { get; }

    /// <summary>Gets the number of bootstrap resamples.</summary>
    public int Resamples { get; }
}
