namespace Segmentation.Clustering.Streaming;

/// <summary>
/// K-Means on data larger than memory: rows are streamed from an <see cref="IRowBlockSource"/> (such as a
/// <see cref="CsvRowBlockSource"/>) in blocks sized by <see cref="StreamingKMeansOptions.MemoryBudgetBytes"/>, never
/// all in memory.
/// </summary>
/// <remarks>
/// Passes over the source: one to count the rows, take each feature's mean and variance (for
/// <see cref="StreamingKMeansOptions.Standardize"/> and the tolerance) and keep a reservoir sample, from which the
/// initial centres come (the best of 3 K-Means fits with k-means++ starts); then up to
/// <see cref="StreamingKMeansOptions.MaximumEpochs"/> epochs of mini-batch updates (each block shuffled with the seed
/// and cut into batches of <see cref="StreamingKMeansOptions.BatchSize"/>; each centre moves toward its batch rows with
/// a learning rate of 1 / rows seen so far, as scikit-learn's MiniBatchKMeans), until the centres stop moving; optionally
/// up to <see cref="StreamingKMeansOptions.MaximumLloydPasses"/> full-batch Lloyd passes; and one exact pass that assigns every row to its nearest centre, measures the inertia and the cluster sizes, and hands
/// the labels to the caller block by block. The same seed and budget give the same model at any degree of parallelism.
/// </remarks>
public sealed class StreamingKMeans
{
    /// <summary>Creates the estimator.</summary>
    /// <param name="options">The settings; validated here.</param>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public StreamingKMeans(StreamingKMeansOptions options)
    {
        Guard.NotNull(options).Validate();
        Options = options;
    }

    /// <summary>Creates the estimator for <paramref name="clusterCount"/> clusters with every other setting at its default.</summary>
    /// <param name="clusterCount">The number of clusters, at least 1.</param>
    public StreamingKMeans(int clusterCount)
        : this(new StreamingKMeansOptions { ClusterCount = clusterCount })
    {
    }

    /// <summary>Gets the settings.</summary>
    public StreamingKMeansOptions Options { get; }

    /// <summary>Fits the centres to every row of <paramref name="source"/>.</summary>
    /// <param name="source">The rows; read at most <see cref="StreamingKMeansOptions.MaximumEpochs"/> + <see cref="StreamingKMeansOptions.MaximumLloydPasses"/> + 2 times.</param>
    /// <param name="labels">
    /// Receives each row's cluster, block by block in file order, during the exact pass; null (default) to keep none.
    /// <see cref="LabelFileWriter.Write"/> writes them to a file.
    /// </param>
    /// <param name="cancellationToken">Stops the fit between blocks.</param>
    /// <returns>The centres, inertia and cluster sizes; no labels.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The memory budget cannot hold one block row besides the fixed buffers, or the sample is smaller than k.</exception>
    /// <exception cref="ArgumentException">A given <see cref="StreamingKMeansOptions.Scaling"/> has another number of features.</exception>
    /// <exception cref="SegmentationDataException">The source has fewer rows than clusters, or a value that is not a finite number.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public StreamingKMeansModel Fit(IRowBlockSource source, LabelBlockHandler? labels = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(source);
        return StreamingFit.Run(source, [Options.ClusterCount], Options, labels, silhouettes: false, cancellationToken).Model(0);
    }
}
