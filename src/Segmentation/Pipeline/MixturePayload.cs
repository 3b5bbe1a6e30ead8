using Segmentation.Clustering;

namespace Segmentation.Pipeline;

/// <summary>
/// The JSON shape of a saved Gaussian mixture (the means are the model's centres): weights, each covariance as a
/// flattened d x d matrix, the covariance type and the fit's summary, enough to rebuild identical probabilities.
/// </summary>
internal sealed record MixturePayload(
    GaussianMixtureCovarianceType CovarianceType,
    double[] Weights,
    IReadOnlyList<double[]> Covariances,
    double LogLikelihood,
    int TrainingRowCount,
    double LowerBound,
    int Iterations,
    bool Converged)
{
    public static MixturePayload From(GaussianMixtureModel mixture) => new(
        mixture.CovarianceType,
        mixture.Weights.ToArray(),
        mixture.Covariances.Select(matrix => matrix.Values.ToArray()).ToArray(),
        mixture.LogLikelihood,
        mixture.TrainingRowCount,
        mixture.LowerBound,
        mixture.Iterations,
        mixture.Converged);

    /// <exception cref="ModelFileException">A part is missing, inconsistent with the means, or not a valid covariance.</exception>
    public GaussianMixtureModel ToModel(DenseMatrix means, string source)
    {
        var k = means.Rows;
        var d = means.Columns;
        if (!Enum.IsDefined(CovarianceType) || Weights is null || Covariances is null || TrainingRowCount < 1)
        {
            throw new ModelFileException($"'{source}' lacks part of the Gaussian mixture (covariance type, weights, covariances or row count).");
        }

        if (Weights.Length != k || Covariances.Count != k)
        {
            throw new ModelFileException(
                $"'{source}' is inconsistent: {k} centres but {Weights.Length} mixture weights and {Covariances.Count} covariances.");
        }

        if (Weights.Any(weight => !double.IsFinite(weight) || weight <= 0))
        {
            throw new ModelFileException($"'{source}' is inconsistent: a mixture weight is not a finite number > 0.");
        }

        var covariances = Covariances
            .Select((values, component) => SegmentationModelPayload.ToMatrix([values], d * d, source, $"covariance {component}"))
            .Select(flat => DenseMatrix.Wrap(flat.Values.ToArray(), d, d))
            .ToArray();
        try
        {
            return GaussianMixtureModel.FromParameters(
                CovarianceType, Weights.ToArray(), means, covariances, LogLikelihood, TrainingRowCount, LowerBound, Iterations, Converged);
        }
        catch (SegmentationDataException error)
        {
            throw new ModelFileException($"'{source}' holds a Gaussian mixture that cannot be rebuilt: {error.Message}", error);
        }
    }
}
