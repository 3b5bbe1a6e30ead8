using Segmentation.Clustering;
using Segmentation.Data;
using Segmentation.Persistence;
using Segmentation.Preprocessing;

namespace Segmentation.Pipeline;

/// <summary>
/// A fitted segmentation that scores new customers: the preprocessing chain replayed exactly, the centres, the segment
/// names, the novelty thresholds, and for a Gaussian mixture its weights and covariances, for k-prototypes its
/// categories and gamma. Immutable and safe to share across threads; saved and loaded as versioned, checksummed JSON.
/// </summary>
public sealed class SegmentationModel
{
    private readonly Scoring _scoring;

    internal SegmentationModel(
        string? idColumnName,
        FittedPreprocessing preprocessing,
        IReadOnlyList<string> featureNames,
        DenseMatrix centroids,
        IReadOnlyList<string> segmentNames,
        Scoring scoring)
    {
        IdColumnName = idColumnName;
        Preprocessing = preprocessing;
        FeatureNames = featureNames;
        Centroids = centroids;
        SegmentNames = segmentNames;
        _scoring = scoring;
    }

    /// <summary>Gets the clustering the model scores with.</summary>
    public SegmentationAlgorithm Algorithm => _scoring.Algorithm;

    /// <summary>Gets the column that identifies customers, or <see langword="null"/>.</summary>
    public string? IdColumnName { get; }

    /// <summary>Gets the fitted preprocessing chain, replayed on every frame the model scores.</summary>
    public FittedPreprocessing Preprocessing { get; }

    /// <summary>
    /// Gets the names of the numeric features the centres are expressed in, in order (after scaling and encoding). The
    /// categorical columns of k-prototypes are not among them (see <see cref="CategoricalColumns"/>).
    /// </summary>
    public IReadOnlyList<string> FeatureNames { get; }

    /// <summary>
    /// Gets the segment centres in the scaled feature space, one row per segment: the K-Means centroids, the Gaussian
    /// mixture's means, or the numeric part of the k-prototypes prototypes.
    /// </summary>
    public DenseMatrix Centroids { get; }

    /// <summary>Gets the number of segments.</summary>
    public int SegmentCount => Centroids.Rows;

    /// <summary>Gets the name of each segment, by segment id.</summary>
    public IReadOnlyList<string> SegmentNames { get; }

    /// <summary>
    /// Gets the fitted Gaussian mixture (weights, means, covariances, log-likelihood, BIC, AIC) when
    /// <see cref="Algorithm"/> is <see cref="SegmentationAlgorithm.GaussianMixture"/>; otherwise <see langword="null"/>.
    /// A loaded model has <see cref="GaussianMixtureModel.Diagnostics"/> empty.
    /// </summary>
    public GaussianMixtureModel? Mixture => _scoring.Mixture;

    /// <summary>Gets the categorical columns of k-prototypes, in order; empty for the other algorithms.</summary>
    public IReadOnlyList<string> CategoricalColumns => _scoring.Categories?.Columns ?? [];

    /// <summary>
    /// Gets, for each of <see cref="CategoricalColumns"/>, its training categories in sorted ordinal order (a category's
    /// code is its index); empty for the other algorithms.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> Categories => _scoring.Categories?.Categories ?? [];

    /// <summary>
    /// Gets each segment's prototype category (the mode) for each of <see cref="CategoricalColumns"/>, segments x
    /// columns; empty for the other algorithms.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> CategoricalModes
    {
        get
        {
            if (_scoring.Prototypes is not { } prototypes || _scoring.Categories is not { } categories)
            {
                return [];
            }

            return Enumerable.Range(0, prototypes.ClusterCount)
                .Select(segment => (IReadOnlyList<string>)Enumerable.Range(0, categories.Columns.Count)
                    .Select(column => categories.Categories[column][prototypes.Prototypes.Category(segment, column)])
                    .ToArray())
                .ToArray();
        }
    }

    /// <summary>Gets the k-prototypes weight gamma of one categorical mismatch; <see langword="null"/> for the other algorithms.</summary>
    public double? CategoricalWeight => _scoring.Prototypes?.Gamma;

    /// <summary>Gets the quantile of each segment's member distances used as its novelty threshold (default 0.99).</summary>
    public double NoveltyQuantile => _scoring.Novelty.Quantile;

    /// <summary>Gets which segments a row must be too far from to be novel (default <see cref="NoveltyRule.EverySegment"/>).</summary>
    public NoveltyRule NoveltyRule => _scoring.Novelty.Rule;

    /// <summary>
    /// Gets each segment's novelty threshold: the <see cref="NoveltyQuantile"/> of its training members' distances to
    /// its centre (Euclidean in the scaled feature space; for k-prototypes the square root of the k-prototypes cost).
    /// </summary>
    public IReadOnlyList<double> NoveltyThresholds => _scoring.Novelty.Thresholds;

    internal Scoring ScoringParts => _scoring;

    /// <summary>Loads a model saved with <see cref="Save(string)"/>.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ModelFileException">The file is truncated, corrupted, not a model, or of an unsupported version.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static SegmentationModel Load(string path)
    {
        Guard.NotNullOrWhiteSpace(path);
        using var stream = File.OpenRead(path);
        return Load(stream, Path.GetFileName(path));
    }

    /// <summary>Loads a model saved with <see cref="Save(Stream)"/>.</summary>
    /// <param name="stream">The stream, read to its end.</param>
    /// <param name="sourceName">How messages name the source. Default "stream".</param>
    /// <returns>The model.</returns>
    /// <exception cref="ModelFileException">The content is truncated, corrupted, not a model, or of an unsupported version.</exception>
    public static SegmentationModel Load(Stream stream, string sourceName = "stream")
    {
        Guard.NotNull(stream);
        return ModelFile.Read<SegmentationModelPayload>(stream, sourceName).ToModel(sourceName);
    }

    /// <summary>Saves the model as versioned JSON with a SHA-256 checksum; the file is replaced if it exists.</summary>
    /// <param name="path">The file.</param>
    public void Save(string path)
    {
        Guard.NotNullOrWhiteSpace(path);
        var temporary = path + ".tmp";
        using (var stream = File.Create(temporary))
        {
            Save(stream);
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Writes the model as versioned JSON with a SHA-256 checksum.</summary>
    /// <param name="stream">The stream written to.</param>
    public void Save(Stream stream)
    {
        Guard.NotNull(stream);
        ModelFile.Write(stream, SegmentationModelPayload.From(this));
    }

    /// <summary>
    /// Scores new customers: replays the preprocessing and assigns each row to a segment (K-Means: the nearest centre;
    /// Gaussian mixture: the most probable component, with every membership probability; k-prototypes: the cheapest
    /// prototype), and flags the rows that fit no segment as novel.
    /// </summary>
    /// <param name="frame">Customers with the columns the model was fitted on (others are ignored).</param>
    /// <returns>A segment per row; no row is dropped.</returns>
    /// <exception cref="ColumnNotFoundException">A column the model needs is missing.</exception>
    /// <exception cref="SegmentationDataException">A value cannot be scored (named by column, row and id).</exception>
    public SegmentPredictions Predict(DataFrame frame)
    {
        Guard.NotNull(frame);
        var report = new PreprocessingReport(IdColumnName is not null && frame.Columns.Contains(IdColumnName) ? IdColumnName : null);
        var prepared = Preprocessing.Transform(frame, report);
        var matrix = FeatureMatrix.Build(prepared, FeatureNames, report);
        int[] segments;
        var distances = new double[matrix.Rows];
        DenseMatrix? probabilities = null;
        NoveltyScore[] novelty;
        switch (_scoring)
        {
            case { Mixture: { } mixture }:
                probabilities = mixture.PredictProbabilities(matrix);
                segments = mixture.Predict(matrix);
                DistancesToAssigned(matrix, Centroids, segments, distances);
                novelty = _scoring.Novelty.Score(matrix);
                break;
            case { Prototypes: { } prototypes, Categories: { } categories }:
                var codes = categories.Encode(prepared, report);
                segments = prototypes.Predict(MixedData.Wrap(matrix, codes, categories.Columns.Count));
                var embedded = categories.Embed(matrix, codes, prototypes.Gamma);
                DistancesToAssigned(embedded, _scoring.Novelty.Centroids, segments, distances);
                novelty = _scoring.Novelty.Score(embedded);
                break;
            default:
                // The novelty detector holds the K-Means centres: its nearest segment and distance are the assignment.
                novelty = _scoring.Novelty.Score(matrix);
                segments = novelty.Select(score => score.NearestSegment).ToArray();
                for (var row = 0; row < novelty.Length; row++)
                {
                    distances[row] = novelty[row].Distance;
                }

                break;
        }

        return new SegmentPredictions(segments, distances, SegmentNames, report, novelty, probabilities);
    }

    /// <summary>
    /// Returns <paramref name="frame"/> with three columns added: <c>Segment</c> (the segment id), <c>SegmentName</c>,
    /// and <c>Novel</c> (1 when the row fits no segment, see <see cref="SegmentPredictions.IsNovel"/>, otherwise 0).
    /// Existing columns of those names are replaced.
    /// </summary>
    /// <param name="frame">Customers with the columns the model was fitted on.</param>
    /// <returns>A new frame with every input row and column.</returns>
    /// <exception cref="ColumnNotFoundException">A column the model needs is missing.</exception>
    /// <exception cref="SegmentationDataException">A value cannot be scored.</exception>
    public DataFrame Assign(DataFrame frame)
    {
        var predictions = Predict(frame);
        return frame
            .WithColumn(new NumericColumn("Segment", predictions.Segments.Select(s => (double)s)))
            .WithColumn(new CategoricalColumn("SegmentName", predictions.SegmentNames))
            .WithColumn(new NumericColumn("Novel", predictions.IsNovel.Select(novel => novel ? 1.0 : 0.0)));
    }

    private static void DistancesToAssigned(DenseMatrix data, DenseMatrix centres, int[] segments, double[] distances)
    {
        for (var row = 0; row < data.Rows; row++)
        {
            distances[row] = System.Numerics.Tensors.TensorPrimitives.Distance(data.Row(row), centres.Row(segments[row]));
        }
    }

    /// <summary>How the model scores beyond its centres: the algorithm, the novelty detector and the fitted clustering.</summary>
    /// <param name="Algorithm">The clustering.</param>
    /// <param name="Novelty">The detector, on the centres (k-prototypes: the embedded prototypes).</param>
    /// <param name="Mixture">The Gaussian mixture, or null.</param>
    /// <param name="Prototypes">The k-prototypes model, or null.</param>
    /// <param name="Categories">The k-prototypes categories, or null.</param>
    internal sealed record Scoring(
        SegmentationAlgorithm Algorithm,
        NoveltyDetector Novelty,
        GaussianMixtureModel? Mixture,
        KPrototypesModel? Prototypes,
        PrototypeCategories? Categories);
}
