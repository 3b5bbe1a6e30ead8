namespace Segmentation.Clustering;

/// <summary>
/// The weighted log densities log(wₖ) + log N(x | μₖ, Σₖ) of every component at one row, from factorised parameters.
/// Buffers are allocated once; <see cref="SetParameters"/> refactorises in place during EM. Reading is thread-safe
/// once the parameters are set, as long as each caller passes its own scratch.
/// </summary>
internal sealed class GaussianMixtureDensity
{
    private static readonly double LogTwoPi = Math.Log(2 * Math.PI);

    private readonly double[] _logWeights;
    private readonly double[] _means;

    // Full and tied: the lower Cholesky factor of each covariance (k x d x d). Diagonal and spherical: the standard
    // deviations (k x d).
    private readonly double[] _factors;
    private readonly double[] _logNormalisers;

    public GaussianMixtureDensity(int components, int dimensions, GaussianMixtureCovarianceType covarianceType)
    {
        Components = components;
        Dimensions = dimensions;
        CovarianceType = covarianceType;
        _logWeights = new double[components];
        _means = new double[components * dimensions];
        _factors = new double[components * CovarianceLength(dimensions, covarianceType)];
        _logNormalisers = new double[components];
    }

    public int Components { get; }

    public int Dimensions { get; }

    public GaussianMixtureCovarianceType CovarianceType { get; }

    /// <summary>The stored length of one component's covariance: d x d when full or tied, d (the diagonal) otherwise.</summary>
    public static int CovarianceLength(int dimensions, GaussianMixtureCovarianceType covarianceType) =>
        IsMatrix(covarianceType) ? dimensions * dimensions : dimensions;

    /// <summary>Whether the covariance is stored as a full matrix (full, tied) rather than its diagonal (diagonal, spherical).</summary>
    public static bool IsMatrix(GaussianMixtureCovarianceType covarianceType) =>
        covarianceType is GaussianMixtureCovarianceType.Full or GaussianMixtureCovarianceType.Tied;

    /// <summary>Factorises the parameters.</summary>
    /// <returns>-1 on success, otherwise the first component whose covariance is not positive definite.</returns>
    public int SetParameters(ReadOnlySpan<double> weights, ReadOnlySpan<double> means, ReadOnlySpan<double> covariances)
    {
        var d = Dimensions;
        var length = CovarianceLength(d, CovarianceType);
        means.CopyTo(_means);
        for (var component = 0; component < Components; component++)
        {
            _logWeights[component] = Math.Log(weights[component]);
            var covariance = covariances.Slice(component * length, length);
            var factor = _factors.AsSpan(component * length, length);
            double logDeterminant = 0;
            if (IsMatrix(CovarianceType))
            {
                if (!GaussianMixtureCholesky.TryFactor(covariance, factor, d))
                {
                    return component;
                }

                for (var i = 0; i < d; i++)
                {
                    logDeterminant += 2 * Math.Log(factor[(i * d) + i]);
                }
            }
            else
            {
                for (var i = 0; i < d; i++)
                {
                    var variance = covariance[i];
                    if (!(variance > 0) || !double.IsFinite(variance))
                    {
                        return component;
                    }

                    factor[i] = Math.Sqrt(variance);
                    logDeterminant += Math.Log(variance);
                }
            }

            _logNormalisers[component] = -0.5 * ((d * LogTwoPi) + logDeterminant);
        }

        return -1;
    }

    /// <summary>Writes log(wₖ) + log N(row | μₖ, Σₖ) for every component k into <paramref name="output"/>.</summary>
    /// <param name="row">One row of d values.</param>
    /// <param name="output">k values.</param>
    /// <param name="scratch">d values of scratch.</param>
    public void WeightedLogProbabilities(ReadOnlySpan<double> row, Span<double> output, Span<double> scratch)
    {
        var d = Dimensions;
        var length = CovarianceLength(d, CovarianceType);
        for (var component = 0; component < Components; component++)
        {
            var mean = _means.AsSpan(component * d, d);
            var factor = _factors.AsSpan(component * length, length);
            double squaredDistance;
            if (IsMatrix(CovarianceType))
            {
                squaredDistance = GaussianMixtureCholesky.SquaredMahalanobis(factor, row, mean, scratch);
            }
            else
            {
                squaredDistance = 0;
                for (var i = 0; i < d; i++)
                {
                    var z = (row[i] - mean[i]) / factor[i];
                    squaredDistance += z * z;
                }
            }

            output[component] = _logNormalisers[component] - (0.5 * squaredDistance) + _logWeights[component];
        }
    }

    /// <summary>log Σ exp(values), stable for large magnitudes; -∞ when every value is -∞.</summary>
    public static double LogSumExp(ReadOnlySpan<double> values)
    {
        var maximum = double.NegativeInfinity;
        foreach (var value in values)
        {
            maximum = Math.Max(maximum, value);
        }

        if (double.IsNegativeInfinity(maximum))
        {
            return maximum;
        }

        var sum = 0.0;
        foreach (var value in values)
        {
            sum += Math.Exp(value - maximum);
        }

        return maximum + Math.Log(sum);
    }
}
