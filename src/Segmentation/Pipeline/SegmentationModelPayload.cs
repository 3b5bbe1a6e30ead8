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
    IReadOnlyList<string> SegmentNames,
    SegmentationAlgorithm Algorithm,
    double[]? NoveltyThresholds,
    double NoveltyQuantile,
    NoveltyRule NoveltyRule,
    MixturePayload? Mixture,
    PrototypesPayload? Prototypes)
{
    public static SegmentationModelPayload From(SegmentationModel model)
    {
        var scoring = model.ScoringParts;
        return new(
            typeof(SegmentationModel).Assembly.GetName().Version?.ToString() ?? "unknown",
            model.IdColumnName,
            model.Preprocessing,
            model.FeatureNames,
            Rows(model.Centroids),
            model.SegmentNames,
            model.Algorithm,
            scoring.Novelty.Thresholds.ToArray(),
            scoring.Novelty.Quantile,
            scoring.Novelty.Rule,
            scoring.Mixture is { } mixture ? MixturePayload.From(mixture) : null,
            scoring.Prototypes is { } prototypes && scoring.Categories is { } categories ? PrototypesPayload.From(prototypes, categories) : null);
    }

    /// <exception cref="ModelFileException">A part is missing or inconsistent.</exception>
    public SegmentationModel ToModel(string source)
    {
        if (Preprocessing?.Steps is null || FeatureNames is null || Centroids is null || SegmentNames is null
            || Preprocessing.Steps.Any(step => step is null))
        {
            throw new ModelFileException($"'{source}' lacks part of the model (preprocessing, features, centres or names).");
        }

        foreach (var step in Preprocessing.Steps)
        {
            if (FittedStepConsistency.FindProblem(step) is { } problem)
            {
                throw new ModelFileException($"'{source}' is inconsistent: in its {step.GetType().Name} step, {problem}.");
            }
        }

        if (FittedStepConsistency.Names("features", FeatureNames) is { } featureProblem)
        {
            throw new ModelFileException($"'{source}' is inconsistent: {featureProblem}.");
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

        var centroids = ToMatrix(Centroids, FeatureNames.Count, source, "centre");
        var scoring = ToScoring(centroids, source);
        return new SegmentationModel(IdColumnName, Preprocessing, FeatureNames, centroids, SegmentNames, scoring);
    }

    private SegmentationModel.Scoring ToScoring(DenseMatrix centroids, string source)
    {
        if (!Enum.IsDefined(Algorithm) || !Enum.IsDefined(NoveltyRule) || !(NoveltyQuantile is >= 0 and <= 1))
        {
            throw new ModelFileException(
                $"'{source}' is inconsistent: algorithm {(int)Algorithm}, novelty rule {(int)NoveltyRule} or novelty quantile {Guard.Format(NoveltyQuantile)} is out of range.");
        }

        if (NoveltyThresholds is null)
        {
            throw new ModelFileException($"'{source}' lacks part of the model (novelty thresholds).");
        }

        if (NoveltyThresholds.Length != centroids.Rows)
        {
            throw new ModelFileException(
                $"'{source}' is inconsistent: {centroids.Rows} centres but {NoveltyThresholds.Length} novelty thresholds.");
        }

        if (NoveltyThresholds.Any(threshold => !double.IsFinite(threshold) || threshold < 0))
        {
            throw new ModelFileException($"'{source}' is inconsistent: a novelty threshold is negative or not finite.");
        }

        var thresholds = NoveltyThresholds.ToArray();
        switch (Algorithm)
        {
            case SegmentationAlgorithm.GaussianMixture:
                var mixture = (Mixture ?? throw new ModelFileException($"'{source}' lacks part of the model (the Gaussian mixture)."))
                    .ToModel(centroids, source);
                return new SegmentationModel.Scoring(
                    Algorithm, NoveltyDetector.FromThresholds(centroids, thresholds, NoveltyQuantile, NoveltyRule), mixture, null, null);
            case SegmentationAlgorithm.KPrototypes:
                var (prototypes, categories) = (Prototypes ?? throw new ModelFileException($"'{source}' lacks part of the model (the k-prototypes categories)."))
                    .ToModel(centroids, source);
                var embedded = categories.Embed(centroids, prototypes.Prototypes.CategoricalCodes, prototypes.Gamma);
                return new SegmentationModel.Scoring(
                    Algorithm, NoveltyDetector.FromThresholds(embedded, thresholds, NoveltyQuantile, NoveltyRule), null, prototypes, categories);
            default:
                return new SegmentationModel.Scoring(
                    Algorithm, NoveltyDetector.FromThresholds(centroids, thresholds, NoveltyQuantile, NoveltyRule), null, null, null);
        }
    }

    internal static double[][] Rows(DenseMatrix matrix) =>
        Enumerable.Range(0, matrix.Rows).Select(row => matrix.Row(row).ToArray()).ToArray();

    /// <exception cref="ModelFileException">A row is missing, has the wrong width or holds a value that is not finite.</exception>
    internal static DenseMatrix ToMatrix(IReadOnlyList<double[]> rows, int width, string source, string what)
    {
        var buffer = new double[rows.Count * width];
        for (var row = 0; row < rows.Count; row++)
        {
            var values = rows[row];
            if (values is null || values.Length != width)
            {
                throw new ModelFileException(
                    $"'{source}' is inconsistent: {what} {row} has {values?.Length ?? 0} values but must have {width}.");
            }

            if (values.Any(value => !double.IsFinite(value)))
            {
                throw new ModelFileException($"'{source}' is inconsistent: {what} {row} holds a value that is not finite.");
            }

            values.CopyTo(buffer, row * width);
        }

        return DenseMatrix.Wrap(buffer, rows.Count, width);
    }
}
