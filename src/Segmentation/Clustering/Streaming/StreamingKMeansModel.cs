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

    /// <summary>
    /// Labels every row of <paramref name="source"/> with its nearest centre in one pass, block by block, as the fit's
    /// exact pass does (the model's scaling applied): out-of-core prediction for a file of new customers.
    /// </summary>
    /// <param name="source">Rows with the model's features, in the same order.</param>
    /// <param name="labels">Receives each row's cluster, block by block in file order.</param>
    /// <param name="memoryBudgetBytes">
    /// Bytes for the block: rows per block = (budget - reader allowance - k (32 d + 48)) / (8 d + 16).
    /// Default <see cref="Defaults.StreamingMemoryBudgetBytes"/> (256 MiB).
    /// </param>
    /// <param name="maxDegreeOfParallelism">Most threads; -1 (default) means every core. The labels do not depend on it.</param>
    /// <param name="cancellationToken">Stops the pass between blocks.</param>
    /// <returns>The inertia of the source against the centres, in the units clustered.</returns>
    /// <exception cref="ArgumentException">The source's feature names differ from the model's.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The budget cannot hold one row besides the fixed buffers; the message quotes it.</exception>
    /// <exception cref="SegmentationDataException">A value is not a finite number.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public double Assign(
        IRowBlockSource source,
        LabelBlockHandler labels,
        long memoryBudgetBytes = Defaults.StreamingMemoryBudgetBytes,
        int maxDegreeOfParallelism = Defaults.MaxDegreeOfParallelism,
        CancellationToken cancellationToken = default)
    {
        Guard.NotNull(source);
        Guard.NotNull(labels);
        if (!source.FeatureNames.SequenceEqual(FeatureNames, StringComparer.Ordinal))
        {
            Guard.ThrowArgument(
                $"The source's features '{string.Join("', '", source.FeatureNames)}' differ from the model's '{string.Join("', '", FeatureNames)}'.",
                nameof(source));
        }

        if (maxDegreeOfParallelism is 0 or < -1)
        {
            Guard.ThrowArgumentOutOfRange(
                $"maxDegreeOfParallelism={maxDegreeOfParallelism} must be -1 (every core) or >= 1.", nameof(maxDegreeOfParallelism));
        }

        var blockRows = StreamingMemoryPlan.BlockRows(memoryBudgetBytes, Centroids.Columns, [ClusterCount], sampleSize: 0);
        var state = new StreamingCentres(ClusterCount, Centroids.Columns, Centroids.Values);
        return StreamingFit.Assign(state, source, Scaling, blockRows, labels, maxDegreeOfParallelism, cancellationToken);
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
