namespace Segmentation;

public static partial class Defaults
{
    /// <summary>
    /// Memory, in bytes, an out-of-core fit (<c>StreamingKMeans</c>, <c>StreamingClusterCountSelector</c>) may use for its
    /// own buffers: 256 MiB (268,435,456). The block of rows read from the file is sized from it; the formula is on
    /// <c>StreamingKMeansOptions.MemoryBudgetBytes</c>.
    /// </summary>
    public const long StreamingMemoryBudgetBytes = 256L << 20;

    /// <summary>
    /// Bytes an out-of-core fit sets aside for the CSV parser (its character and field buffers, the decompressor's
    /// window) before it sizes the row block: 1 MiB (1,048,576).
    /// </summary>
    public const long StreamingReaderAllowanceBytes = 1L << 20;

    /// <summary>Passes over the file (epochs) of mini-batch updates an out-of-core fit runs at most: 10.</summary>
    public const int StreamingMaximumEpochs = 10;

    /// <summary>
    /// Rows an out-of-core fit keeps in a uniform reservoir sample from its first pass: 5,000. The initial centres are
    /// a K-Means fit on the sample, and the k sweep's silhouette is computed on it.
    /// </summary>
    public const int StreamingSampleSize = 5_000;

    /// <summary>Independent K-Means starts on the reservoir sample that choose the initial centres: 3 (scikit-learn's MiniBatchKMeans n_init).</summary>
    public const int StreamingInitializationRestarts = 3;
}
