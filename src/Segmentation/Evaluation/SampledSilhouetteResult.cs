namespace Segmentation.Evaluation;

/// <summary>
/// The silhouette estimated from a simple random sample of rows, with a confidence interval for the exact mean.
/// </summary>
public sealed class SampledSilhouetteResult
{
    internal SampledSilhouetteResult(
        double mean, double standardError, double confidenceLevel, double lower, double upper, int[] rows, double[] samples)
    {
        Mean = mean;
        StandardError = standardError;
        ConfidenceLevel = confidenceLevel;
        LowerBound = lower;
        UpperBound = upper;
        SampledRows = rows;
        Samples = samples;
    }

    /// <summary>Gets the mean silhouette of the sampled rows: an unbiased estimate of the exact mean.</summary>
    public double Mean { get; }

    /// <summary>Gets the standard error of <see cref="Mean"/>, with the finite-population correction.</summary>
    public double StandardError { get; }

    /// <summary>Gets the confidence level of the interval, e.g. 0.95.</summary>
    public double ConfidenceLevel { get; }

    /// <summary>Gets the lower end of the confidence interval for the exact mean silhouette.</summary>
    public double LowerBound { get; }

    /// <summary>Gets the upper end of the confidence interval for the exact mean silhouette.</summary>
    public double UpperBound { get; }

    /// <summary>Gets the sampled rows, in the order drawn.</summary>
    public IReadOnlyList<int> SampledRows { get; }

    /// <summary>Gets the exact silhouette of each sampled row, in the order of <see cref="SampledRows"/>.</summary>
    public IReadOnlyList<double> Samples { get; }
}
