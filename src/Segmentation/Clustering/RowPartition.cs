namespace Segmentation.Clustering;

/// <summary>
/// Splits rows into a fixed number of contiguous blocks that depends only on the row count, never on the thread count,
/// so that per-block partial results reduced in block order give the same bits at any degree of parallelism.
/// </summary>
internal sealed class RowPartition
{
    /// <summary>Rows per block at least, so that small data runs as one block on the calling thread.</summary>
    public const int MinimumBlockRows = 4096;

    /// <summary>Blocks at most, which bounds the per-block partial sums to 64 x k x d.</summary>
    public const int MaximumBlocks = 64;

    private readonly ParallelOptions _parallelOptions;

    public RowPartition(int rows, int maxDegreeOfParallelism)
    {
        Rows = rows;
        BlockCount = (int)Math.Clamp(((long)rows + MinimumBlockRows - 1) / MinimumBlockRows, 1, MaximumBlocks);
        var threads = maxDegreeOfParallelism == -1 ? Environment.ProcessorCount : maxDegreeOfParallelism;
        DegreeOfParallelism = Math.Max(1, Math.Min(threads, BlockCount));
        _parallelOptions = new ParallelOptions { MaxDegreeOfParallelism = DegreeOfParallelism };
    }

    public int Rows { get; }

    public int BlockCount { get; }

    public int DegreeOfParallelism { get; }

    public int Start(int block) => (int)((long)Rows * block / BlockCount);

    public int End(int block) => (int)((long)Rows * (block + 1) / BlockCount);

    /// <summary>Runs <paramref name="body"/> once per block, in parallel when more than one thread is allowed.</summary>
    public void ForEachBlock(Action<int> body)
    {
        if (DegreeOfParallelism == 1)
        {
            for (var block = 0; block < BlockCount; block++)
            {
                body(block);
            }

            return;
        }

        Parallel.For(0, BlockCount, _parallelOptions, body);
    }
}
