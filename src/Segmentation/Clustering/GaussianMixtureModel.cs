namespace Segmentation.Clustering;

/// <summary>
/// A fitted Gaussian mixture: weights, means and covariances, how the fit went, its log-likelihood, BIC and AIC, and
/// soft membership of new rows. Immutable and safe to share across threads.
/// </summary>
public sealed class GaussianMixtureModel
{
    private readonly GaussianMixtureDensity _density;
    private readonly double[] _weights;

    private GaussianMixtureModel(
        GaussianMixtureDensity density,
        GaussianMixtureCovarianceType covarianceType,
        double[] weights,
        DenseMatrix means,
        IReadOnlyList<DenseMatrix> covariances,
        GaussianMixtureStart start,
        double logLikelihood,
        int trainingRowCount,
        IReadOnlyList<string> diagnostics)
    {
        _density = density;
        _weights = weights;
        CovarianceType = covarianceType;
        Means = means;
        Covariances = covariances;
        Converged = start.Converged;
        Iterations = start.Iterations;
        LowerBound = start.LowerBound;
        LogLikelihood = logLikelihood;
        TrainingRowCount = trainingRowCount;
        Diagnostics = diagnostics;
    }

    /// <summary>Gets the number of components.</summary>
    public int ComponentCount => _weights.Length;

    /// <summary>Gets the number of features each row has.</summary>
    public int FeatureCount => Means.Columns;

    /// <summary>Gets the covariance shape that was fitted.</summary>
    public GaussianMixtureCovarianceType CovarianceType { get; }

    /// <summary>Gets the mixing weight of each component; they sum to 1.</summary>
    public IReadOnlyList<double> Weights => _weights;

    /// <summary>Gets the component means, one row per component, in the units of the fitted data.</summary>
    public DenseMatrix Means { get; }

    /// <summary>
    /// Gets each component's covariance as a features x features matrix, regularisation included: diagonal matrices for
    /// <see cref="GaussianMixtureCovarianceType.Diagonal"/> and <see cref="GaussianMixtureCovarianceType.Spherical"/>
    /// (one value along the diagonal), and the same shared matrix for every component when
    /// <see cref="GaussianMixtureCovarianceType.Tied"/>.
    /// </summary>
    public IReadOnlyList<DenseMatrix> Covariances { get; }

    /// <summary>Gets whether the winning start met the tolerance before the iteration limit.</summary>
    public bool Converged { get; }

    /// <summary>Gets the EM iterations the winning start ran.</summary>
    public int Iterations { get; }

    /// <summary>
    /// Gets the winning start's mean log-likelihood per row at its last E-step, before the last M-step
    /// (scikit-learn's lower_bound_); starts are compared on it.
    /// </summary>
    public double LowerBound { get; }

    /// <summary>Gets the total log-likelihood of the training rows under the final parameters.</summary>
    public double LogLikelihood { get; }

    /// <summary>Gets the mean log-likelihood per training row under the final parameters (scikit-learn's score(X)).</summary>
    public double MeanLogLikelihood => LogLikelihood / TrainingRowCount;

    /// <summary>Gets the number of training rows.</summary>
    public int TrainingRowCount { get; }

    /// <summary>
    /// Gets the number of free parameters, as scikit-learn counts them: k d means, k - 1 weights, and k d(d+1)/2
    /// (full), k d (diagonal), d(d+1)/2 (tied) or k (spherical) covariance values.
    /// </summary>
    public int ParameterCount
    {
        get
        {
            var k = ComponentCount;
            var d = FeatureCount;
            var covariance = CovarianceType switch
            {
                GaussianMixtureCovarianceType.Full => k * d * (d + 1) / 2,
                GaussianMixtureCovarianceType.Diagonal => k * d,
                GaussianMixtureCovarianceType.Tied => d * (d + 1) / 2,
                _ => k,
            };
            return covariance + (k * d) + k - 1;
        }
    }

    /// <summary>Gets the Bayesian information criterion on the training rows: -2 log L + p ln n (lower is better).</summary>
    public double Bic => (-2 * LogLikelihood) + (ParameterCount * Math.Log(TrainingRowCount));

    /// <summary>Gets the Akaike information criterion on the training rows: -2 log L + 2 p (lower is better).</summary>
    public double Aic => (-2 * LogLikelihood) + (2.0 * ParameterCount);

    /// <summary>Gets what the fit noticed, in plain words (starts that did not converge).</summary>
    public IReadOnlyList<string> Diagnostics { get; }

    /// <summary>
    /// Returns each row's probability of belonging to each component (rows x components; each row sums to 1),
    /// computed in log space with log-sum-exp so that far-away rows do not underflow.
    /// </summary>
    /// <param name="data">rows x <see cref="FeatureCount"/>; every value finite.</param>
    /// <exception cref="ArgumentException">The column count differs from the model's.</exception>
    /// <exception cref="SegmentationDataException">A value is not finite.</exception>
    public DenseMatrix PredictProbabilities(DenseMatrix data)
    {
        CheckData(data);
        var k = ComponentCount;
        var probabilities = new double[data.Rows * k];
        var scratch = new double[FeatureCount];
        for (var row = 0; row < data.Rows; row++)
        {
            var output = probabilities.AsSpan(row * k, k);
            _density.WeightedLogProbabilities(data.Row(row), output, scratch);
            var logNormaliser = GaussianMixtureDensity.LogSumExp(output);
            for (var component = 0; component < k; component++)
            {
                output[component] = Math.Exp(output[component] - logNormaliser);
            }
        }

        return DenseMatrix.Wrap(probabilities, data.Rows, k);
    }

    /// <summary>Returns each row's most probable component (the lowest index on a tie).</summary>
    /// <param name="data">rows x <see cref="FeatureCount"/>; every value finite.</param>
    /// <exception cref="ArgumentException">The column count differs from the model's.</exception>
    /// <exception cref="SegmentationDataException">A value is not finite.</exception>
    public int[] Predict(DenseMatrix data)
    {
        CheckData(data);
        var labels = new int[data.Rows];
        var output = new double[ComponentCount];
        var scratch = new double[FeatureCount];
        for (var row = 0; row < data.Rows; row++)
        {
            _density.WeightedLogProbabilities(data.Row(row), output, scratch);
            var best = 0;
            for (var component = 1; component < output.Length; component++)
            {
                if (output[component] > output[best])
                {
                    best = component;
                }
            }

            labels[row] = best;
        }

        return labels;
    }

    /// <summary>Returns the log of the mixture density at each row (scikit-learn's score_samples).</summary>
    /// <param name="data">rows x <see cref="FeatureCount"/>; every value finite.</param>
    /// <exception cref="ArgumentException">The column count differs from the model's.</exception>
    /// <exception cref="SegmentationDataException">A value is not finite.</exception>
    public double[] LogDensities(DenseMatrix data)
    {
        CheckData(data);
        var result = new double[data.Rows];
        var output = new double[ComponentCount];
        var scratch = new double[FeatureCount];
        for (var row = 0; row < data.Rows; row++)
        {
            _density.WeightedLogProbabilities(data.Row(row), output, scratch);
            result[row] = GaussianMixtureDensity.LogSumExp(output);
        }

        return result;
    }

    internal static GaussianMixtureModel Create(
        DenseMatrix data, GaussianMixtureOptions options, GaussianMixtureStart start, IReadOnlyList<string> diagnostics)
    {
        var k = options.ComponentCount;
        var d = data.Columns;
        var density = new GaussianMixtureDensity(k, d, options.CovarianceType);
        GaussianMixtureExpectationMaximization.SetOrThrow(density, start.Weights, start.Means, start.Covariances, options.Regularization);
        var covariances = new DenseMatrix[k];
        for (var component = 0; component < k; component++)
        {
            var matrix = new double[d * d];
            if (GaussianMixtureDensity.IsMatrix(options.CovarianceType))
            {
                start.Covariances.AsSpan(component * d * d, d * d).CopyTo(matrix);
            }
            else
            {
                for (var i = 0; i < d; i++)
                {
                    matrix[(i * d) + i] = start.Covariances[(component * d) + i];
                }
            }

            covariances[component] = DenseMatrix.Wrap(matrix, d, d);
        }

        var output = new double[k];
        var scratch = new double[d];
        double logLikelihood = 0;
        for (var row = 0; row < data.Rows; row++)
        {
            density.WeightedLogProbabilities(data.Row(row), output, scratch);
            logLikelihood += GaussianMixtureDensity.LogSumExp(output);
        }

        return new GaussianMixtureModel(
            density,
            options.CovarianceType,
            start.Weights,
            DenseMatrix.Wrap(start.Means, k, d),
            covariances,
            start,
            logLikelihood,
            data.Rows,
            diagnostics);
    }

    private void CheckData(DenseMatrix data)
    {
        Guard.NotNull(data);
        if (data.Columns != FeatureCount)
        {
            Guard.ThrowArgument($"data.Columns={data.Columns} must equal the model's FeatureCount={FeatureCount}.", nameof(data));
        }

        var values = data.Values;
        for (var index = 0; index < values.Length; index++)
        {
            if (!double.IsFinite(values[index]))
            {
                var row = index / data.Columns;
                var column = index % data.Columns;
                Guard.ThrowData(
                    $"data[{row}, {column}]={Guard.Format(values[index])} is not a finite number.", $"column {column}", row, Guard.Format(values[index]));
            }
        }
    }
}
