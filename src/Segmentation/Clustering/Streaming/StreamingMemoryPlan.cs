namespace Segmentation.Clustering.Streaming;

/// <summary>
/// Sizes the row block of an out-of-core fit from its memory budget; the formula is documented on
/// <see cref="StreamingKMeansOptions.MemoryBudgetBytes"/> and must stay in step with the buffers the fit allocates.
/// </summary>
internal static class StreamingMemoryPlan
{
    /// <summary>Bytes per row of a block: its values, its place in the shuffled order, and a label and a distance per fitted k.</summary>
    public static long BytesPerRow(int features, int fits) => (8L * features) + 4 + (12L * fits);

    /// <summary>
    /// Bytes that do not grow with the block: the reader allowance; the sample (its values, a standardised copy and the
    /// K-Means fit that starts each k on it, 24 bytes per value, plus 8 bytes for its silhouette and 4 for its label per
    /// fitted k); per fitted k, four centre-sized buffers and six per-cluster counters; and for the sweep, the
    /// silhouette of each k on the sample (its copy of the sample and its per-row sums, 8 (d + 33 + largest k) bytes a
    /// row), counted for every k because the garbage of one may outlive the next.
    /// </summary>
    public static long FixedBytes(int features, IReadOnlyList<int> clusterCounts, int sampleSize, bool silhouettes)
    {
        var fits = clusterCounts.Count;
        var centres = clusterCounts.Sum(k => (long)k);
        var silhouetteBytes = silhouettes ? fits * (long)sampleSize * 8L * (features + 33 + clusterCounts.Max()) : 0;
        return Defaults.StreamingReaderAllowanceBytes
               + ((long)sampleSize * ((24L * features) + 8 + (4L * fits)))
               + (centres * ((32L * features) + 48))
               + silhouetteBytes;
    }

    /// <summary>Rows per block: (budget - fixed) / per row, at most what one array holds.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The budget does not hold the fixed part and one row.</exception>
    public static int BlockRows(long memoryBudgetBytes, int features, IReadOnlyList<int> clusterCounts, int sampleSize, bool silhouettes = false)
    {
        var perRow = BytesPerRow(features, clusterCounts.Count);
        var fixedBytes = FixedBytes(features, clusterCounts, sampleSize, silhouettes);
        var rows = (memoryBudgetBytes - fixedBytes) / perRow;
        if (rows < 1)
        {
            var kText = clusterCounts.Count switch
            {
                0 => string.Empty,
                1 => $", k={clusterCounts[0]}",
                _ => $", k={clusterCounts[0]}..{clusterCounts[^1]}",
            };
            Guard.ThrowArgumentOutOfRange(
                $"MemoryBudgetBytes={memoryBudgetBytes} is too small: features={features}{kText} and sample size={sampleSize} need "
                + $"{fixedBytes} bytes besides the row block and {perRow} bytes per row of it, so at least {fixedBytes + perRow} bytes.",
                "MemoryBudgetBytes");
        }

        return (int)Math.Min(rows, Array.MaxLength / Math.Max(features, 1));
    }
}
