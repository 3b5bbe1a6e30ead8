using Segmentation.Clustering;
using Segmentation.Preprocessing;

namespace Segmentation.Pipeline;

/// <summary>The segments a <see cref="SegmentationModel"/> gives new customers, one entry per input row.</summary>
public sealed class SegmentPredictions
{
    private readonly int[] _segments;
    private readonly double[] _distances;
    private readonly string[] _names;
    private readonly bool[] _isNovel;
    private readonly double[] _noveltyThresholds;

    internal SegmentPredictions(
        int[] segments,
        double[] distances,
        IReadOnlyList<string> segmentNames,
        PreprocessingReport report,
        NoveltyScore[] novelty,
        DenseMatrix? probabilities)
    {
        _segments = segments;
        _distances = distances;
        _names = segments.Select(segment => segmentNames[segment]).ToArray();
        _isNovel = novelty.Select(score => score.IsNovel).ToArray();
        _noveltyThresholds = novelty.Select(score => score.Threshold).ToArray();
        Report = report;
        Probabilities = probabilities;
    }

    /// <summary>Gets the number of rows scored.</summary>
    public int Count => _segments.Length;

    /// <summary>Gets the segment of each row, 0 .. k-1.</summary>
    public IReadOnlyList<int> Segments => _segments;

    /// <summary>Gets the segment name of each row.</summary>
    public IReadOnlyList<string> SegmentNames => _names;

    /// <summary>
    /// Gets each row's Euclidean distance to its segment's centre, in the scaled feature space. For k-prototypes it is
    /// the square root of the row's k-prototypes cost against its prototype (squared numeric distance plus gamma per
    /// categorical mismatch).
    /// </summary>
    public IReadOnlyList<double> Distances => _distances;

    /// <summary>
    /// Gets whether each row is novel: under the model's <see cref="SegmentationModel.NoveltyRule"/> (by default
    /// <see cref="NoveltyRule.EverySegment"/>) it is farther from every segment's centre than that segment's threshold,
    /// so it fits no segment. The row still gets its nearest segment in <see cref="Segments"/>.
    /// </summary>
    public IReadOnlyList<bool> IsNovel => _isNovel;

    /// <summary>Gets the number of novel rows.</summary>
    public int NovelCount => _isNovel.Count(novel => novel);

    /// <summary>
    /// Gets each row's novelty threshold: that of the segment whose centre is nearest to it (see
    /// <see cref="SegmentationModel.NoveltyThresholds"/>), to compare with its distance to that centre.
    /// </summary>
    public IReadOnlyList<double> NoveltyThresholds => _noveltyThresholds;

    /// <summary>
    /// Gets each row's probability of belonging to each segment, rows x segments (each row sums to 1), when the model
    /// is a Gaussian mixture; <see langword="null"/> for K-Means and k-prototypes, whose assignments are hard.
    /// </summary>
    public DenseMatrix? Probabilities { get; }

    /// <summary>
    /// Gets what preprocessing met while scoring: values imputed, unknown categories encoded as all zeros (and, for
    /// k-prototypes, unknown or missing categories that match no prototype), rows a fit-time filter would have
    /// excluded (scoring never drops a row).
    /// </summary>
    public PreprocessingReport Report { get; }
}
