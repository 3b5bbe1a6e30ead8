namespace Segmentation.Clustering;

/// <summary>
/// The K-Means estimator: <see cref="Fit(DenseMatrix, CancellationToken)"/> returns a <see cref="KMeansModel"/>.
/// Same options and seed give the same centres and labels at any degree of parallelism.
/// </summary>
public sealed class KMeans
{
    /// <summary>Creates the estimator.</summary>
    /// <param name="options">The settings; validated here.</param>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public KMeans(KMeansOptions options)
    {
        Guard.NotNull(options).Validate();
        Options = options;
    }

    /// <summary>Creates the estimator for <paramref name="clusterCount"/> clusters with every other setting at its default.</summary>
    /// <param name="clusterCount">The number of clusters, at least 1.</param>
    public KMeans(int clusterCount)
        : this(new KMeansOptions { ClusterCount = clusterCount })
    {
    }

    /// <summary>Gets the settings.</summary>
    public KMeansOptions Options { get; }

    /// <summary>Fits the centres to <paramref name="data"/>, every row weighing 1.</summary>
    /// <param name="data">rows x features; every value finite.</param>
    /// <param name="cancellationToken">Stops the fit between iterations; nothing is returned then.</param>
    /// <exception cref="SegmentationDataException">The data has fewer rows than clusters, or a value that is not finite.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public KMeansModel Fit(DenseMatrix data, CancellationToken cancellationToken = default) =>
        Fit(data, sampleWeights: null, cancellationToken);

    /// <summary>Fits the centres to <paramref name="data"/> with a weight per row.</summary>
    /// <param name="data">rows x features; every value finite.</param>
    /// <param name="sampleWeights">One non-negative finite weight per row, or <see langword="null"/> for 1 each.</param>
    /// <param name="cancellationToken">Stops the fit between iterations; nothing is returned then.</param>
    /// <exception cref="SegmentationDataException">The data has fewer rows than clusters, or a value that is not finite.</exception>
    /// <exception cref="ArgumentException">The weights do not match the rows, or one is negative or not finite.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public KMeansModel Fit(DenseMatrix data, IReadOnlyList<double>? sampleWeights, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(data);
        throw new NotImplementedException("Lloyd K-Means lands with the clustering engine.");
    }

    /// <summary>Assigns each row of <paramref name="data"/> to the nearest centre of <paramref name="model"/>.</summary>
    /// <param name="model">A fitted model.</param>
    /// <param name="data">rows x the model's features.</param>
    /// <returns>The nearest cluster of each row (the lowest index on a tie).</returns>
    /// <exception cref="ArgumentException">The column count differs from the model's.</exception>
    public static int[] Predict(KMeansModel model, DenseMatrix data)
    {
        Guard.NotNull(model);
        Guard.NotNull(data);
        throw new NotImplementedException("Assignment lands with the clustering engine.");
    }
}
