namespace Segmentation.Clustering.Streaming;

/// <summary>
/// An out-of-core K-Means fit: the centres, and what the exact assignment pass over every row measured. It holds no
/// labels (they were handed to the caller during that pass). Immutable and safe to share across threads.
/// </summary>
public sealed class StreamingKMeansModel
{
    private readonly long[] _clusterSizes;

    internal StreamingKMeansModel(
        IReadOnlyList<string> featureNames,
        DenseMatrix centroids,
        FeatureScaling? scaling,
        long rows,
        double inertia,
        long[] clusterSizes,
        int epochs,
        int lloydPasses,
        bool converged,
        int blockRows,
        IReadOnlyList<string> diagnostics)
    {
        FeatureNames = featureNames;
        Centroids = centroids;
        Scaling = scaling;
        Rows = rows;
        Inertia = inertia;
        _clusterSizes = clusterSizes;
        Epochs = epochs;
        LloydPasses = lloydPasses;
        Converged = converged;
        BlockRows = blockRows;
        Diagnostics = diagnostics;
    }

    /// <summary>Gets the feature names, in the order of the centres' columns.</summary>
    public IReadOnlyList<string> FeatureNames { get; }

    /// <summary>Gets the cluster centres, one row per cluster, in the units clustered: standardised when <see cref="Scaling"/> is set.</summary>
    public DenseMatrix Centroids { get; }

    /// <summary>Gets the standardisation applied to every row before clustering, or null when the raw values were clustered.</summary>
    public FeatureScaling? Scaling { get; }

    /// <summary>Gets the number of clusters.</summary>
    public int ClusterCount => Centroids.Rows;

    /// <summary>Gets the rows of the source.</summary>
    public long Rows { get; }

    /// <summary>Gets the sum of squared distances from every row to its nearest centre, in the units clustered, from the exact pass.</summary>
    public double Inertia { get; }

    /// <summary>Gets the rows nearest each centre in the exact pass.</summary>
    public IReadOnlyList<long> ClusterSizes => _clusterSizes;

    /// <summary>Gets the passes of mini-batch updates run.</summary>
    public int Epochs { get; }

    /// <summary>Gets the full-batch Lloyd passes run after the epochs (see <see cref="StreamingKMeansOptions.MaximumLloydPasses"/>).</summary>
    public int LloydPasses { get; }

    /// <summary>
    /// Gets whether the centres stopped moving (within the tolerance) before the limit: the Lloyd passes' limit when
    /// <see cref="StreamingKMeansOptions.MaximumLloydPasses"/> is above 0, the epochs' otherwise.
    /// </summary>
    public bool Converged { get; }

    /// <summary>Gets the rows read at once: what the memory budget allows, and no more than the source has.</summary>
    public int BlockRows { get; }

    /// <summary>Gets what the fit noticed, in plain words: empty clusters, no convergence.</summary>
    public IReadOnlyList<string> Diagnostics { get; }

    /// <summary>Returns the centres in the source's own units (the scaling undone; the centres themselves when there is none).</summary>
    public DenseMatrix CentroidsInOriginalUnits()
    {
        var values = Centroids.Values.ToArray();
        Scaling?.Invert(values);
        return DenseMatrix.Wrap(values, Centroids.Rows, Centroids.Columns);
    }

    /// <summary>Returns the nearest centre to one row given in the source's units (scaled first when the model scales).</summary>
    /// <param name="row">One value per feature.</param>
    /// <returns>The cluster, 0 .. k-1; the lowest index on a tie.</returns>
    /// <exception cref="ArgumentException">The row's length differs from the features.</exception>
    public int Predict(ReadOnlySpan<double> row)
    {
        if (row.Length != Centroids.Columns)
        {
            Guard.ThrowArgument($"row.Length={row.Length} must equal the model's features={Centroids.Columns}.", nameof(row));
        }

        Span<double> scaled = row.Length <= 256 ? stackalloc double[row.Length] : new double[row.Length];
        row.CopyTo(scaled);
        Scaling?.Apply(scaled);
        return StreamingDistance.Nearest(scaled, Centroids.Values, ClusterCount, out _);
    }
}
