using Segmentation.Clustering;
using Segmentation.Data;
using Segmentation.Persistence;
using Segmentation.Preprocessing;

namespace Segmentation.Pipeline;

/// <summary>
/// A fitted segmentation that scores new customers: the preprocessing chain replayed exactly, the centres, and the
/// segment names. Immutable and safe to share across threads; saved and loaded as versioned, checksummed JSON.
/// </summary>
public sealed class SegmentationModel
{
    internal SegmentationModel(
        string? idColumnName,
        FittedPreprocessing preprocessing,
        IReadOnlyList<string> featureNames,
        DenseMatrix centroids,
        IReadOnlyList<string> segmentNames)
    {
        IdColumnName = idColumnName;
        Preprocessing = preprocessing;
        FeatureNames = featureNames;
        Centroids = centroids;
        SegmentNames = segmentNames;
    }

    /// <summary>Gets the column that identifies customers, or <see langword="null"/>.</summary>
    public string? IdColumnName { get; }

    /// <summary>Gets the fitted preprocessing chain, replayed on every frame the model scores.</summary>
    public FittedPreprocessing Preprocessing { get; }

    /// <summary>Gets the names of the features the centres are expressed in, in order (after scaling and encoding).</summary>
    public IReadOnlyList<string> FeatureNames { get; }

    /// <summary>Gets the segment centres in the scaled feature space, one row per segment.</summary>
    public DenseMatrix Centroids { get; }

    /// <summary>Gets the number of segments.</summary>
    public int SegmentCount => Centroids.Rows;

    /// <summary>Gets the name of each segment, by segment id.</summary>
    public IReadOnlyList<string> SegmentNames { get; }

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

    /// <summary>Scores new customers: replays the preprocessing and assigns each row to its nearest centre.</summary>
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
        var segments = new int[matrix.Rows];
        var distances = new double[matrix.Rows];
        NearestCentre.Assign(matrix, Centroids, segments, distances);
        return new SegmentPredictions(segments, distances, SegmentNames, report);
    }

    /// <summary>
    /// Returns <paramref name="frame"/> with two columns added: <c>Segment</c> (the segment id) and
    /// <c>SegmentName</c>. Existing columns of those names are replaced.
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
            .WithColumn(new CategoricalColumn("SegmentName", predictions.SegmentNames));
    }
}
