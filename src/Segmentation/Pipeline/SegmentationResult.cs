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
    private readonly KMeansModel? _kMeans;

    internal SegmentationResult(
        SegmentationModel model,
        int[] labels,
        int[] trainingRows,
        DenseMatrix features,
        ClusteringOutcome clustering,
        SegmentProfileSet segments,
        PreprocessingReport report,
        ClusterQuality quality,
        SilhouetteResult? silhouette,
        DataFrame centroidsInOriginalUnits)
    {
        Model = model;
        _labels = labels;
        _trainingRows = trainingRows;
        Features = features;
        _kMeans = clustering.KMeans;
        ClusterCountSelection = clustering.Selection;
        MixtureSelection = clustering.MixtureSelection;
        Prototypes = clustering.Prototypes;
        Segments = segments;
        Report = report;
        Quality = quality;
        Silhouette = silhouette;
        CentroidsInOriginalUnits = centroidsInOriginalUnits;
    }

    /// <summary>Gets the model that scores new customers; save it with <see cref="SegmentationModel.Save(string)"/>.</summary>
    public SegmentationModel Model { get; }

    /// <summary>Gets the clustering the pipeline ran.</summary>
    public SegmentationAlgorithm Algorithm => Model.Algorithm;

    /// <summary>Gets the number of segments: the fixed k, or the one recommended by the sweep (for a Gaussian mixture, the count with the lowest BIC).</summary>
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
    /// <exception cref="InvalidOperationException">
    /// The pipeline did not run K-Means (see <see cref="Algorithm"/>); read <see cref="Mixture"/> or <see cref="Prototypes"/> instead.
    /// </exception>
    public KMeansModel Clustering => _kMeans ?? throw new InvalidOperationException(
        $"The pipeline ran {Algorithm}, not K-Means: read {(Algorithm == SegmentationAlgorithm.GaussianMixture ? "Mixture" : "Prototypes")} instead of Clustering.");

    /// <summary>
    /// Gets the fitted Gaussian mixture (weights, means, covariances, log-likelihood, BIC, AIC) when <see cref="Algorithm"/>
    /// is <see cref="SegmentationAlgorithm.GaussianMixture"/>; otherwise <see langword="null"/>. <see cref="Labels"/> are
    /// each row's most probable component.
    /// </summary>
    public GaussianMixtureModel? Mixture => Model.Mixture;

    /// <summary>
    /// Gets the mixtures fitted over the component range with their BIC and AIC per count (the lowest BIC was kept);
    /// <see langword="null"/> for a fixed count or another algorithm.
    /// </summary>
    public GaussianMixtureSelection? MixtureSelection { get; }

    /// <summary>
    /// Gets the k-prototypes fit (prototypes with numeric means and category codes, cost, gamma, iterations) when
    /// <see cref="Algorithm"/> is <see cref="SegmentationAlgorithm.KPrototypes"/>; otherwise <see langword="null"/>. The codes
    /// index <see cref="SegmentationModel.Categories"/>.
    /// </summary>
    public KPrototypesModel? Prototypes { get; }

    /// <summary>Gets what preprocessing did: columns selected and dropped, values imputed, rows excluded by id, with reasons.</summary>
    public PreprocessingReport Report { get; }

    /// <summary>
    /// Gets inertia, silhouette, Davies-Bouldin and Calinski-Harabasz of the final segments, on the numeric features
    /// (for k-prototypes the categorical columns do not enter them). For a Gaussian mixture and k-prototypes the inertia
    /// is the sum of squared distances of the rows to their segment's centre in <see cref="SegmentationModel.Centroids"/>.
    /// </summary>
    public ClusterQuality Quality { get; }

    /// <summary>
    /// Gets the exact silhouette of every training row and each segment's mean, or <see langword="null"/> when it is
    /// undefined (one segment, or as many segments as rows) or the data has more than
    /// <see cref="Defaults.ExactSilhouetteMaximumRows"/> rows (then <see cref="Quality"/> holds a sampled mean).
    /// </summary>
    public SilhouetteResult? Silhouette { get; }

    /// <summary>
    /// Gets one row per segment: <c>Segment</c>, <c>SegmentName</c>, <c>Size</c>, then the mean of each feature in the
    /// data's own units (for z-scored or min-max features this equals the centre mapped back).
    /// </summary>
    public DataFrame CentroidsInOriginalUnits { get; }

    /// <summary>Returns <paramref name="frame"/> with <c>Segment</c>, <c>SegmentName</c> and <c>Novel</c> columns (see <see cref="SegmentationModel.Assign"/>).</summary>
    /// <param name="frame">Customers with the columns the model was fitted on.</param>
    /// <returns>A new frame.</returns>
    public DataFrame Assign(DataFrame frame) => Model.Assign(frame);

    /// <inheritdoc />
    public override string ToString() =>
        $"{ChosenClusterCount} segments of {_labels.Length} customers; inertia {Guard.Format(Quality.Inertia)}";
}
