namespace Segmentation.Clustering.Streaming;

/// <summary>
/// Receives the cluster labels of one block of rows during an exact assignment pass, in file order. The span is
/// valid only during the call; copy what you keep.
/// </summary>
/// <param name="firstRow">The zero-based index of the block's first data row in the source.</param>
/// <param name="labels">The cluster of each row of the block, 0 .. k-1.</param>
public delegate void LabelBlockHandler(long firstRow, ReadOnlySpan<int> labels);
