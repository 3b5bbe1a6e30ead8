namespace Segmentation.Clustering;

/// <summary>
/// A fitted K-Means: the centres, the training labels and how the fit went. Immutable and safe to share across threads.
/// </summary>
public sealed class KMeansModel
{
    internal KMeansModel(
        DenseMatrix centroids,
        int[] labels,
        double inertia,
        int iterations,
        bool converged,
        IReadOnlyList<string> diagnostics)
    {
        Centroids = centroids;
        LabelsBuffer = labels;
        Inertia = inertia;
        Iterations = iterations;
        Converged = converged;
        Diagnostics = diagnostics;
    }

    /// <summary>Gets the cluster centres, one row per cluster, in the units of the data that was fitted.</summary>
    public DenseMatrix Centroids { get; }

    /// <summary>Gets the number of clusters.</summary>
    public int ClusterCount => Centroids.Rows;

    /// <summary>Gets the cluster of each training row, 0 .. k-1, recomputed against the final centres.</summary>
    public IReadOnlyList<int> Labels => LabelsBuffer;

    /// <summary>Gets the (weighted) sum of squared distances from each training row to its centre.</summary>
    public double Inertia { get; }

    /// <summary>Gets the iterations the winning start ran.</summary>
    public int Iterations { get; }

    /// <summary>Gets whether the winning start met the tolerance before the iteration limit.</summary>
    public bool Converged { get; }

    /// <summary>
    /// Gets what the fit noticed and handled, in plain words: fewer distinct points than clusters, empty clusters
    /// relocated, starts that did not converge.
    /// </summary>
    public IReadOnlyList<string> Diagnostics { get; }

    internal int[] LabelsBuffer { get; }
}
