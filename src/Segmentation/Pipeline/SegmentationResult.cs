using Segmentation.Clustering;
using Segmentation.Data;
using Segmentation.Evaluation;
using Segmentation.Preprocessing;
using Segmentation.Profiling;

namespace Segmentation.Pipeline;

/// <summary>
/// What <see cref="SegmentationPipeline.Fit"/> returns: the segments with their profiles and names, how k was chosen,
/// what preprocessing did, the quality of the clustering, and the <see cref="Model"/> that scores new customers.
/// Immutable and safe to share across threads.
/// </summary>
public sealed class SegmentationResult
{
    private readonly int[] _labels;
    private readonly int[] _trainingRows;

    internal SegmentationResult(
        SegmentationModel model,
        int[] labels,
        int[] trainingRows,
        DenseMatrix features,
        KMeansModel clustering,
        ClusterCountSelection? clusterCountSelection,
        SegmentProfileSet segments,
        PreprocessingReport report,
        ClusterQuality quality,
        DataFrame centroidsInOriginalUnits)
    {
        Model = model;
        _labels = labels;
        _trainingRows = trainingRows;
        Features = features;
        Clustering = clustering;
        ClusterCountSelection = clusterCountSelection;
        Segments = segments;
        Report = report;
        Quality = quality;
        CentroidsInOriginalUnits = centroidsInOriginalUnits;
    }

    /// <summary>Gets the model that scores new customers; save it with <see cref="SegmentationModel.Save(string)"/>.</summary>
    public SegmentationModel Model { get; }

    /// <summary>Gets the number of segments: the fixed k, or the one recommended by the sweep.</summary>
    public int ChosenClusterCount => Model.SegmentCount;

    /// <summary>Gets the sweep over k with every criterion and the reasons for the choice; <see langword="null"/> for a fixed k.</summary>
    public ClusterCountSelection? ClusterCountSelection { get; }

    /// <summary>Gets the profile of each segment (size, share, statistics in the data's units, contrasts, name), by segment id.</summary>
    public SegmentProfileSet Segments { get; }

    /// <summary>Gets the segment of each training row kept (see <see cref="TrainingRows"/>), 0 .. k-1.</summary>
    public IReadOnlyList<int> Labels => _labels;

    /// <summary>
    /// Gets, for each entry of <see cref="Labels"/>, its zero-based row in the frame given to Fit. Rows excluded by
    /// filters are not here; they are listed with their reasons in <see cref="Report"/>.
    /// </summary>
    public IReadOnlyList<int> TrainingRows => _trainingRows;

    /// <summary>Gets the feature matrix the clustering saw (after preprocessing), row for row with <see cref="Labels"/>.</summary>
    public DenseMatrix Features { get; }

    /// <summary>Gets the K-Means fit: centres in the scaled space, inertia, iterations, convergence and diagnostics.</summary>
    public KMeansModel Clustering { get; }

    /// <summary>Gets what preprocessing did: columns selected and dropped, values imputed, rows excluded by id, with reasons.</summary>
    public PreprocessingReport Report { get; }

    /// <summary>Gets inertia, silhouette, Davies-Bouldin and Calinski-Harabasz of the final segments.</summary>
    public ClusterQuality Quality { get; }

    /// <summary>
    /// Gets one row per segment: <c>Segment</c>, <c>SegmentName</c>, <c>Size</c>, then the mean of each feature in the
    /// data's own units (for z-scored or min-max features this equals the centre mapped back).
    /// </summary>
    public DataFrame CentroidsInOriginalUnits { get; }

    /// <summary>Returns <paramref name="frame"/> with <c>Segment</c> and <c>SegmentName</c> columns (see <see cref="SegmentationModel.Assign"/>).</summary>
    /// <param name="frame">Customers with the columns the model was fitted on.</param>
    /// <returns>A new frame.</returns>
    public DataFrame Assign(DataFrame frame) => Model.Assign(frame);

    /// <inheritdoc />
    public override string ToString() =>
        $"{ChosenClusterCount} segments of {_labels.Length} customers; inertia {Guard.Format(Quality.Inertia)}";
}
