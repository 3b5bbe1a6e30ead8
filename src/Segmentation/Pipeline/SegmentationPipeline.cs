using Segmentation.Data;
using Segmentation.Preprocessing;
using Segmentation.Profiling;

namespace Segmentation.Pipeline;

/// <summary>
/// The fluent builder of a segmentation: preprocessing steps in the order they apply, one clustering step, then
/// <see cref="Fit"/>, which returns an immutable <see cref="SegmentationResult"/>.
/// </summary>
/// <example>
/// <code>
/// var result = SegmentationPipeline.Create()
///     .SelectFeatures("Annual Income (k$)", "Spending Score (1-100)")
///     .KMeans(minClusters: 2, maxClusters: 10)
///     .Fit(customers);
/// </code>
/// </example>
/// <remarks>
/// A pipeline is mutable and used once: each method validates its arguments at once and adds a step, and
/// <see cref="Fit"/> validates the whole pipeline again. Fitting a pipeline a second time is an error.
/// </remarks>
public sealed class SegmentationPipeline
{
    private readonly List<PreprocessingStep> _steps = [];
    private KMeansStepOptions? _clustering;
    private SegmentProfilerOptions? _profiling;
    private string? _idColumnName;
    private bool _hasFeatureSelection;
    private bool _fitted;

    private SegmentationPipeline()
    {
    }

    /// <summary>Starts an empty pipeline.</summary>
    /// <returns>A new pipeline.</returns>
    public static SegmentationPipeline Create() => new();

    /// <summary>
    /// Names the column that identifies customers (e.g. "CustomerID"): reports list excluded rows by it, and it is
    /// never a feature. Without it rows are named by their zero-based index.
    /// </summary>
    /// <param name="columnName">The id column.</param>
    /// <returns>This pipeline.</returns>
    /// <exception cref="ArgumentException">The name is blank.</exception>
    public SegmentationPipeline WithIdColumn(string columnName)
    {
        _idColumnName = Guard.NotNullOrWhiteSpace(columnName);
        return this;
    }

    /// <summary>
    /// Keeps only the named columns as features from this point on. Without it the pipeline picks every numeric
    /// column except the id column, ID-like columns and constant columns, and reports what it left out.
    /// </summary>
    /// <param name="columns">The feature columns, in order; at least one, no duplicates.</param>
    /// <returns>This pipeline.</returns>
    /// <exception cref="ArgumentException">No column, a blank name or a duplicate.</exception>
    public SegmentationPipeline SelectFeatures(params string[] columns)
    {
        _hasFeatureSelection = true;
        return AddStep(new SelectColumns(columns));
    }

    /// <summary>Adds a column computed from others, e.g. <c>Derive("Age", new AgeFromBirthYear("Year_Birth", 2014))</c>.</summary>
    /// <param name="name">The new column's name.</param>
    /// <param name="derivation">The formula.</param>
    /// <returns>This pipeline.</returns>
    /// <exception cref="ArgumentException">The name is blank.</exception>
    public SegmentationPipeline Derive(string name, Derivation derivation) => AddStep(new DeriveColumn(name, derivation));

    /// <summary>Adds a derived column with every option.</summary>
    /// <param name="options">The options.</param>
    /// <returns>This pipeline.</returns>
    public SegmentationPipeline Derive(DeriveColumnOptions options) => AddStep(new DeriveColumn(options));

    /// <summary>Fills missing values; numeric columns by <paramref name="strategy"/>. Default <see cref="Imputation.Median"/>.</summary>
    /// <param name="strategy">How numeric columns are filled.</param>
    /// <returns>This pipeline.</returns>
    public SegmentationPipeline ImputeMissing(Imputation strategy = Defaults.NumericImputation) => AddStep(new ImputeMissing(strategy));

    /// <summary>Fills missing values with every option.</summary>
    /// <param name="options">The options.</param>
    /// <returns>This pipeline.</returns>
    public SegmentationPipeline ImputeMissing(ImputationOptions options) => AddStep(new ImputeMissing(options));

    /// <summary>One-hot encodes the named categorical columns (an unknown category when scoring encodes as all zeros, reported).</summary>
    /// <param name="columns">The categorical columns.</param>
    /// <returns>This pipeline.</returns>
    public SegmentationPipeline OneHotEncode(params string[] columns) => AddStep(new OneHotEncode(columns));

    /// <summary>One-hot encodes with every option.</summary>
    /// <param name="options">The options.</param>
    /// <returns>This pipeline.</returns>
    public SegmentationPipeline OneHotEncode(OneHotEncodingOptions options) => AddStep(new OneHotEncode(options));

    /// <summary>Scales every numeric feature. Default <see cref="Normalization.ZScore"/> (population standard deviation).</summary>
    /// <param name="method">The scaling.</param>
    /// <returns>This pipeline.</returns>
    public SegmentationPipeline Normalize(Normalization method = Defaults.Normalization) => AddStep(new Normalize(method));

    /// <summary>Scales with every option (log1p first, which columns).</summary>
    /// <param name="options">The options.</param>
    /// <returns>This pipeline.</returns>
    public SegmentationPipeline Normalize(NormalizationOptions options) => AddStep(new Normalize(options));

    /// <summary>Drops numeric columns whose variance is at or below a threshold (reported).</summary>
    /// <param name="threshold">The variance threshold. Default <see cref="Defaults.VarianceThreshold"/>.</param>
    /// <returns>This pipeline.</returns>
    public SegmentationPipeline DropLowVariance(double threshold = Defaults.VarianceThreshold) => AddStep(new DropLowVariance(threshold));

    /// <summary>Drops one column of each pair whose |Pearson r| is above a threshold (reported).</summary>
    /// <param name="threshold">The threshold. Default <see cref="Defaults.CorrelationThreshold"/> (0.95).</param>
    /// <returns>This pipeline.</returns>
    public SegmentationPipeline DropCorrelated(double threshold = Defaults.CorrelationThreshold) => AddStep(new DropCorrelated(threshold));

    /// <summary>Excludes rows with invalid values (negative amounts by default) in the named columns while fitting, each listed by id.</summary>
    /// <param name="columns">The columns checked.</param>
    /// <returns>This pipeline.</returns>
    public SegmentationPipeline ExcludeInvalidValues(params string[] columns) => AddStep(new ExcludeInvalidValues(columns));

    /// <summary>Excludes outlying rows while fitting, each listed by id.</summary>
    /// <param name="method">IQR fences or z-scores. Default <see cref="OutlierMethod.Iqr"/>.</param>
    /// <returns>This pipeline.</returns>
    public SegmentationPipeline ExcludeOutliers(OutlierMethod method = OutlierMethod.Iqr) => AddStep(new ExcludeOutliers(method));

    /// <summary>Excludes outlying rows with every option.</summary>
    /// <param name="options">The options.</param>
    /// <returns>This pipeline.</returns>
    public SegmentationPipeline ExcludeOutliers(OutlierOptions options) => AddStep(new ExcludeOutliers(options));

    /// <summary>Replaces the numeric features by their first <paramref name="componentCount"/> principal components.</summary>
    /// <param name="componentCount">How many components, at least 1.</param>
    /// <returns>This pipeline.</returns>
    public SegmentationPipeline ReduceDimensions(int componentCount) => AddStep(new ReduceDimensions(componentCount));

    /// <summary>Replaces the numeric features by the fewest principal components that explain <paramref name="varianceShare"/> of the variance.</summary>
    /// <param name="varianceShare">The share of variance to keep, in (0, 1].</param>
    /// <returns>This pipeline.</returns>
    public SegmentationPipeline ReduceDimensions(double varianceShare) => AddStep(new ReduceDimensions(varianceShare));

    /// <summary>
    /// Keeps only the rows <paramref name="keep"/> accepts while fitting; each excluded row is listed with
    /// <paramref name="description"/>. A predicate is not saved with the model: scoring never drops rows.
    /// </summary>
    /// <param name="keep">Given the frame and a row index, whether to keep the row.</param>
    /// <param name="description">Why rows are excluded, for the report.</param>
    /// <returns>This pipeline.</returns>
    public SegmentationPipeline FilterRows(Func<DataFrame, int, bool> keep, string description) => AddStep(new FilterRows(keep, description));

    /// <summary>Adds any preprocessing step.</summary>
    /// <param name="step">The step.</param>
    /// <returns>This pipeline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="step"/> is <see langword="null"/>.</exception>
    public SegmentationPipeline AddStep(PreprocessingStep step)
    {
        ThrowIfFitted();
        _steps.Add(Guard.NotNull(step));
        return this;
    }

    /// <summary>Clusters into exactly <paramref name="clusterCount"/> segments with K-Means (10 restarts, seed 42).</summary>
    /// <param name="clusterCount">k, at least 1.</param>
    /// <returns>This pipeline.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="clusterCount"/> is below 1.</exception>
    public SegmentationPipeline KMeans(int clusterCount) => KMeans(new KMeansStepOptions { ClusterCount = clusterCount });

    /// <summary>
    /// Sweeps k from <paramref name="minClusters"/> to <paramref name="maxClusters"/> (both inclusive), scores each k
    /// (elbow, silhouette, Davies-Bouldin, Calinski-Harabasz) and clusters with the recommended k.
    /// </summary>
    /// <param name="minClusters">The smallest k, at least 1.</param>
    /// <param name="maxClusters">The largest k, at least <paramref name="minClusters"/>.</param>
    /// <param name="seed">The seed. Default <see cref="Defaults.Seed"/> (42).</param>
    /// <returns>This pipeline.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The range is empty or starts below 1.</exception>
    public SegmentationPipeline KMeans(int minClusters, int maxClusters, int seed = Defaults.Seed) =>
        KMeans(new KMeansStepOptions { MinimumClusters = minClusters, MaximumClusters = maxClusters, Seed = seed });

    /// <summary>Clusters with K-Means with every option.</summary>
    /// <param name="options">The options; validated here.</param>
    /// <returns>This pipeline.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    /// <exception cref="InvalidOperationException">A clustering step was already added.</exception>
    public SegmentationPipeline KMeans(KMeansStepOptions options)
    {
        ThrowIfFitted();
        Guard.NotNull(options).Validate();
        if (_clustering is not null)
        {
            throw new InvalidOperationException("This pipeline already has a clustering step; a pipeline clusters once.");
        }

        _clustering = options;
        return this;
    }

    /// <summary>Sets how segments are profiled and named (display names, columns left out, naming thresholds).</summary>
    /// <param name="options">The profiling options.</param>
    /// <returns>This pipeline.</returns>
    public SegmentationPipeline ProfileWith(SegmentProfilerOptions options)
    {
        ThrowIfFitted();
        Guard.NotNull(options).Validate();
        _profiling = options;
        return this;
    }

    /// <summary>Fits the preprocessing, chooses k when a range was given, clusters, and profiles each segment.</summary>
    /// <param name="frame">The customers.</param>
    /// <param name="progress">Receives progress, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the fit; nothing is returned then.</param>
    /// <returns>The immutable result.</returns>
    /// <exception cref="InvalidOperationException">No clustering step was added, or the pipeline was already fitted.</exception>
    /// <exception cref="ColumnNotFoundException">A named column does not exist (the closest names are suggested).</exception>
    /// <exception cref="SegmentationDataException">
    /// The data does not allow the fit: fewer rows than clusters, a missing or infinite feature value left after
    /// preprocessing (named by column, row and id), a categorical feature not encoded.
    /// </exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public SegmentationResult Fit(
        DataFrame frame,
        IProgress<SegmentationProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        Guard.NotNull(frame);
        ThrowIfFitted();
        var clustering = _clustering ?? throw new InvalidOperationException(
            "The pipeline has no clustering step: add .KMeans(k) or .KMeans(minClusters, maxClusters) before Fit.");
        if (_idColumnName is not null)
        {
            _ = frame.Columns[_idColumnName];
        }

        _fitted = true;
        var fit = new PipelineFit(_idColumnName, StepsToFit(), clustering, _profiling, progress, cancellationToken);
        return fit.Run(frame);
    }

    private List<PreprocessingStep> StepsToFit()
    {
        var steps = new List<PreprocessingStep>(_steps);
        if (!_hasFeatureSelection)
        {
            var encodedLater = _steps.OfType<OneHotEncode>().SelectMany(step => step.Options.Columns ?? []);
            var position = steps.FindIndex(step => step is not (DeriveColumn or Preprocessing.FilterRows or Preprocessing.ExcludeInvalidValues));
            steps.Insert(position < 0 ? steps.Count : position, new AutomaticFeatureSelection(_idColumnName, encodedLater));
        }

        return steps;
    }

    private void ThrowIfFitted()
    {
        if (_fitted)
        {
            throw new InvalidOperationException(
                "This pipeline was already fitted; a pipeline is used once. Start another with SegmentationPipeline.Create().");
        }
    }
}
