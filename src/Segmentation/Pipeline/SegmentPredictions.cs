using Segmentation.Preprocessing;

namespace Segmentation.Pipeline;

/// <summary>The segments a <see cref="SegmentationModel"/> gives new customers, one entry per input row.</summary>
public sealed class SegmentPredictions
{
    private readonly int[] _segments;
    private readonly double[] _distances;
    private readonly string[] _names;

    internal SegmentPredictions(int[] segments, double[] distances, IReadOnlyList<string> segmentNames, PreprocessingReport report)
    {
        _segments = segments;
        _distances = distances;
        _names = segments.Select(segment => segmentNames[segment]).ToArray();
        Report = report;
    }

    /// <summary>Gets the number of rows scored.</summary>
    public int Count => _segments.Length;

    /// <summary>Gets the segment of each row, 0 .. k-1.</summary>
    public IReadOnlyList<int> Segments => _segments;

    /// <summary>Gets the segment name of each row.</summary>
    public IReadOnlyList<string> SegmentNames => _names;

    /// <summary>Gets each row's Euclidean distance to its segment's centre, in the scaled feature space.</summary>
    public IReadOnlyList<double> Distances => _distances;

    /// <summary>
    /// Gets what preprocessing met while scoring: values imputed, unknown categories encoded as all zeros, rows a
    /// fit-time filter would have excluded (scoring never drops a row).
    /// </summary>
    public PreprocessingReport Report { get; }
}
