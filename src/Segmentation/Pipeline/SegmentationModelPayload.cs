using Segmentation.Clustering;
using Segmentation.Preprocessing;

namespace Segmentation.Pipeline;

/// <summary>The JSON shape of a saved <see cref="SegmentationModel"/>; checked on load so a model is whole or refused.</summary>
internal sealed record SegmentationModelPayload(
    string LibraryVersion,
    string? IdColumnName,
    FittedPreprocessing Preprocessing,
    IReadOnlyList<string> FeatureNames,
    IReadOnlyList<double[]> Centroids,
    IReadOnlyList<string> SegmentNames)
{
    public static SegmentationModelPayload From(SegmentationModel model) => new(
        typeof(SegmentationModel).Assembly.GetName().Version?.ToString() ?? "unknown",
        model.IdColumnName,
        model.Preprocessing,
        model.FeatureNames,
        Enumerable.Range(0, model.Centroids.Rows).Select(row => model.Centroids.Row(row).ToArray()).ToArray(),
        model.SegmentNames);

    /// <exception cref="ModelFileException">A part is missing or inconsistent.</exception>
    public SegmentationModel ToModel(string source)
    {
        if (Preprocessing?.Steps is null || FeatureNames is null || Centroids is null || SegmentNames is null
            || Preprocessing.Steps.Any(step => step is null))
        {
            throw new ModelFileException($"'{source}' lacks part of the model (preprocessing, features, centres or names).");
        }

        if (FeatureNames.Count == 0 || Centroids.Count == 0)
        {
            throw new ModelFileException($"'{source}' has no features or no centres.");
        }

        if (SegmentNames.Count != Centroids.Count)
        {
            throw new ModelFileException(
                $"'{source}' is inconsistent: {Centroids.Count} centres but {SegmentNames.Count} segment names.");
        }

        var width = FeatureNames.Count;
        var buffer = new double[Centroids.Count * width];
        for (var row = 0; row < Centroids.Count; row++)
        {
            var centre = Centroids[row];
            if (centre is null || centre.Length != width)
            {
                throw new ModelFileException(
                    $"'{source}' is inconsistent: centre {row} has {centre?.Length ?? 0} values but the model has {width} features.");
            }

            if (centre.Any(value => !double.IsFinite(value)))
            {
                throw new ModelFileException($"'{source}' is inconsistent: centre {row} holds a value that is not finite.");
            }

            centre.CopyTo(buffer, row * width);
        }

        return new SegmentationModel(IdColumnName, Preprocessing, FeatureNames, DenseMatrix.Wrap(buffer, Centroids.Count, width), SegmentNames);
    }
}
