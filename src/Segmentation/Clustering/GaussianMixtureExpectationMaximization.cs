namespace Segmentation.Clustering;

/// <summary>
/// The two EM steps of a Gaussian mixture and one EM start, as scikit-learn's GaussianMixture runs them: the
/// E-step's mean log-likelihood is the lower bound, EM stops when it changes by less than the tolerance.
/// </summary>
internal static class GaussianMixtureExpectationMaximization
{
    /// <summary>numpy's float64 eps; scikit-learn adds 10 eps to each component's responsibility sum so none is 0.</summary>
    private const double MachineEpsilon = 2.220446049250313e-16;

    /// <summary>
    /// Estimates weights, means and covariances (regularised) from responsibilities (rows x components, row-major),
    /// as scikit-learn: tied is the responsibility-weighted scatter of every component over the total weight, spherical
    /// the mean of the regularised diagonal. A tied covariance is written once per component.
    /// </summary>
    public static void EstimateParameters(
        DenseMatrix data,
        ReadOnlySpan<double> responsibilities,
        int components,
        GaussianMixtureCovarianceType covarianceType,
        double regularization,
        Span<double> weights,
        Span<double> means,
        Span<double> covariances)
    {
        var n = data.Rows;
        var d = data.Columns;
        var values = data.Values;
        var length = GaussianMixtureDensity.CovarianceLength(d, covarianceType);
        var matrix = GaussianMixtureDensity.IsMatrix(covarianceType);
        weights.Clear();
        means.Clear();
        covariances.Clear();
        for (var row = 0; row < n; row++)
        {
            var x = values.Slice(row * d, d);
            for (var component = 0; component < components; component++)
            {
                var r = responsibilities[(row * components) + component];
                weights[component] += r;
                var mean = means.Slice(component * d, d);
                for (var i = 0; i < d; i++)
                {
                    mean[i] += r * x[i];
                }
            }
        }

        for (var component = 0; component < components; component++)
        {
            weights[component] += 10 * MachineEpsilon;
            var mean = means.Slice(component * d, d);
            for (var i = 0; i < d; i++)
            {
                mean[i] /= weights[component];
            }
        }

        for (var row = 0; row < n; row++)
        {
            var x = values.Slice(row * d, d);
            for (var component = 0; component < components; component++)
            {
                var r = responsibilities[(row * components) + component];
                var mean = means.Slice(component * d, d);
                var covariance = covariances.Slice(component * length, length);
                if (matrix)
                {
                    for (var i = 0; i < d; i++)
                    {
                        var di = r * (x[i] - mean[i]);
                        for (var j = 0; j <= i; j++)
                        {
                            covariance[(i * d) + j] += di * (x[j] - mean[j]);
                        }
                    }
                }
                else
                {
                    for (var i = 0; i < d; i++)
                    {
                        var difference = x[i] - mean[i];
                        covariance[i] += r * difference * difference;
                    }
                }
            }
        }

        double total = 0;
        for (var component = 0; component < components; component++)
        {
            total += weights[component];
        }

        switch (covarianceType)
        {
            case GaussianMixtureCovarianceType.Full:
                for (var component = 0; component < components; component++)
                {
                    FinishMatrix(covariances.Slice(component * length, length), d, weights[component], regularization);
                }

                break;
            case GaussianMixtureCovarianceType.Tied:
                var shared = covariances[..length];
                for (var component = 1; component < components; component++)
                {
                    var covariance = covariances.Slice(component * length, length);
                    for (var index = 0; index < length; index++)
                    {
                        shared[index] += covariance[index];
                    }
                }

                FinishMatrix(shared, d, total, regularization);
                for (var component = 1; component < components; component++)
                {
                    shared.CopyTo(covariances.Slice(component * length, length));
                }

                break;
            default:
                for (var component = 0; component < components; component++)
                {
                    var covariance = covariances.Slice(component * length, length);
                    double mean = 0;
                    for (var i = 0; i < d; i++)
                    {
                        covariance[i] = (covariance[i] / weights[component]) + regularization;
                        mean += covariance[i];
                    }

                    if (covarianceType == GaussianMixtureCovarianceType.Spherical)
                    {
                        covariance.Fill(mean / d);
                    }
                }

                break;
        }

        for (var component = 0; component < components; component++)
        {
            weights[component] /= total;
        }
    }

    /// <summary>Divides the lower triangle of a scatter matrix by <paramref name="weight"/>, mirrors it and regularises the diagonal.</summary>
    private static void FinishMatrix(Span<double> covariance, int d, double weight, double regularization)
    {
        for (var i = 0; i < d; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var value = covariance[(i * d) + j] / weight;
                covariance[(i * d) + j] = value;
                covariance[(j * d) + i] = value;
            }

            covariance[(i * d) + i] += regularization;
        }
    }

    /// <summary>
    /// Writes each row's responsibilities (posterior component probabilities) and returns the mean log-likelihood
    /// per row, both computed in log space with log-sum-exp.
    /// </summary>
    public static double ExpectationStep(
        DenseMatrix data, GaussianMixtureDensity density, Span<double> responsibilities, Span<double> scratch)
    {
        var n = data.Rows;
        var k = density.Components;
        var total = 0.0;
        for (var row = 0; row < n; row++)
        {
            var output = responsibilities.Slice(row * k, k);
            density.WeightedLogProbabilities(data.Row(row), output, scratch);
            var logNormaliser = GaussianMixtureDensity.LogSumExp(output);
            total += logNormaliser;
            for (var component = 0; component < k; component++)
            {
                output[component] = Math.Exp(output[component] - logNormaliser);
            }
        }

        return total / n;
    }

    /// <summary>Runs EM from the given parameters, which it updates in place, until the tolerance or the iteration limit.</summary>
    /// <returns>The lower bound of the last E-step, the iterations run and whether the tolerance was met.</returns>
    /// <exception cref="SegmentationDataException">A covariance stopped being positive definite.</exception>
    public static (double LowerBound, int Iterations, bool Converged) Run(
        DenseMatrix data,
        GaussianMixtureOptions options,
        double[] weights,
        double[] means,
        double[] covariances,
        CancellationToken cancellationToken)
    {
        var k = options.ComponentCount;
        var density = new GaussianMixtureDensity(k, data.Columns, options.CovarianceType);
        SetOrThrow(density, weights, means, covariances, options.Regularization);
        var responsibilities = new double[data.Rows * k];
        var scratch = new double[data.Columns];
        var lowerBound = double.NegativeInfinity;
        for (var iteration = 1; iteration <= options.MaximumIterations; iteration++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var previous = lowerBound;
            lowerBound = ExpectationStep(data, density, responsibilities, scratch);
            EstimateParameters(data, responsibilities, k, options.CovarianceType, options.Regularization, weights, means, covariances);
            SetOrThrow(density, weights, means, covariances, options.Regularization);
            if (Math.Abs(lowerBound - previous) < options.Tolerance)
            {
                return (lowerBound, iteration, true);
            }
        }

        return (lowerBound, options.MaximumIterations, false);
    }

    /// <summary>Factorises the parameters into <paramref name="density"/>, or throws a data exception naming the component.</summary>
    /// <exception cref="SegmentationDataException">A covariance is not positive definite.</exception>
    public static void SetOrThrow(
        GaussianMixtureDensity density, ReadOnlySpan<double> weights, ReadOnlySpan<double> means, ReadOnlySpan<double> covariances, double regularization)
    {
        var failed = density.SetParameters(weights, means, covariances);
        if (failed >= 0)
        {
            Guard.ThrowData(
                $"The covariance of component {failed} is not positive definite: the component may hold a single row or rows on a line. " +
                $"Use fewer components, remove duplicate rows, or raise Regularization (now {Guard.Format(regularization)}).");
        }
    }
}
