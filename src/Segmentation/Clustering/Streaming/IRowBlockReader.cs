namespace Segmentation.Clustering.Streaming;

/// <summary>One pass over an <see cref="IRowBlockSource"/>: fills caller-owned buffers with the next rows.</summary>
public interface IRowBlockReader : IDisposable
{
    /// <summary>
    /// Reads the next rows into <paramref name="destination"/>, row after row, as many as fit (destination.Length /
    /// features) or as remain.
    /// </summary>
    /// <param name="destination">Room for whole rows; its length is a multiple of the number of features.</param>
    /// <returns>The rows read; 0 once every row was read.</returns>
    /// <exception cref="ArgumentException">The destination is shorter than one row.</exception>
    /// <exception cref="SegmentationDataException">A value is not a finite number; the message names the value, column and row.</exception>
    int Read(Span<double> destination);
}
