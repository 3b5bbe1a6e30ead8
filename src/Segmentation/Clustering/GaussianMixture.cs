namespace Segmentation.Clustering;

/// <summary>
/// The Gaussian mixture estimator, fitted by expectation-maximisation as scikit-learn's GaussianMixture:
/// <see cref="Fit(DenseMatrix, CancellationToken)"/> returns a <see cref="GaussianMixtureModel"/> with soft memberships,
/// log-likelihood, BIC and AIC. Same options and seed give the same model.
/// </summary>
public sealed class GaussianMixture
{
    /// <summary>Creates the estimator.</summary>
    /// <param name="options">The settings; validated here.</param>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    /// <exception cref="ArgumentException">An initial value has the wrong count of components.</exception>
    public GaussianMixture(GaussianMixtureOptions options)
    {
        Guard.NotNull(options).Validate();
        Options = options;
    }

    /// <summary>Creates the estimator for <paramref name="componentCount"/> components with every other setting at its default.</summary>
    /// <param name="componentCount">The number of components, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="componentCount"/> is below 1.</exception>
    public GaussianMixture(int componentCount)
        : this(new GaussianMixtureOptions { ComponentCount = componentCount })
    {
    }

    /// <summary>Gets the settings.</summary>
    public GaussianMixtureOptions Options { get; }

    /// <summary>
    /// Fits the mixture: each of <see cref="GaussianMixtureOptions.Restarts"/> starts takes its first parameters from
    /// <see cref="GaussianMixtureOptions.Initialization"/> (then any initial values given), runs EM, and the start with
    /// the highest lower bound wins.
    /// </summary>
    /// <param name="data">rows x features; every value finite; at least as many rows as components.</param>
    /// <param name="cancellationToken">Stops the fit between iterations; nothing is returned then.</param>
    /// <exception cref="SegmentationDataException">
    /// Fewer rows than components, a value that is not finite, or a covariance that is not positive definite.
    /// </exception>
    /// <exception cref="ArgumentException">An initial value does not match the data's feature count, or is invalid.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public GaussianMixtureModel Fit(DenseMatrix data, CancellationToken cancellationToken = default)
    {
        CheckData(data);
        var random = new Random(Options.Seed);
        var everyInitialGiven = Options.InitialWeights is not null && Options.InitialMeans is not null && Options.InitialCovariances is not null;
        return FitStarts(
            data,
            () => everyInitialGiven ? null : InitialResponsibilities(data, random, cancellationToken),
            cancellationToken);
    }

    /// <summary>
    /// Fits the mixture from a hard assignment, for example the labels of a fitted <see cref="KMeansModel"/>: each row
    /// belongs fully to its label's component at the start. One start only; initial values given in the options
    /// replace the ones estimated from the labels.
    /// </summary>
    /// <param name="data">rows x features; every value finite; at least as many rows as components.</param>
    /// <param name="initialLabels">One label per row, each between 0 and ComponentCount - 1.</param>
    /// <param name="cancellationToken">Stops the fit between iterations; nothing is returned then.</param>
    /// <exception cref="SegmentationDataException">
    /// Fewer rows than components, a value that is not finite, or a covariance that is not positive definite.
    /// </exception>
    /// <exception cref="ArgumentException">The labels do not match the rows, or a label is out of range.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public GaussianMixtureModel Fit(DenseMatrix data, IReadOnlyList<int> initialLabels, CancellationToken cancellationToken = default)
    {
        CheckData(data);
        Guard.NotNull(initialLabels);
        if (initialLabels.Count != data.Rows)
        {
            Guard.ThrowArgument($"initialLabels.Count={initialLabels.Count} must equal data.Rows={data.Rows}.", nameof(initialLabels));
        }

        var k = Options.ComponentCount;
        var responsibilities = new double[data.Rows * k];
        for (var row = 0; row < data.Rows; row++)
        {
            var label = initialLabels[row];
            if ((uint)label >= (uint)k)
            {
                Guard.ThrowArgumentOutOfRange(
                    $"initialLabels[{row}]={label} must be between 0 and {k - 1}.", nameof(initialLabels));
            }

            responsibilities[(row * k) + label] = 1;
        }

        return FitStarts(data, () => responsibilities, cancellationToken, startCount: 1);
    }

    /// <summary>
    /// Fits one mixture per component count from <paramref name="minimumComponents"/> to <paramref name="maximumComponents"/>
    /// with <paramref name="options"/> otherwise, and picks the count with the lowest BIC (the smaller count on a tie).
    /// </summary>
    /// <param name="data">rows x features; every value finite; at least <paramref name="maximumComponents"/> rows.</param>
    /// <param name="minimumComponents">The smallest count tried, at least 1.</param>
    /// <param name="maximumComponents">The largest count tried, at least <paramref name="minimumComponents"/>.</param>
    /// <param name="options">Every other setting; <see langword="null"/> for the defaults. Initial values must be unset.</param>
    /// <param name="cancellationToken">Stops the search between iterations.</param>
    /// <exception cref="ArgumentOutOfRangeException">The range is empty or starts below 1.</exception>
    /// <exception cref="ArgumentException">The options carry initial values, which fit one count only.</exception>
    /// <exception cref="SegmentationDataException">As <see cref="Fit(DenseMatrix, CancellationToken)"/>.</exception>
    public static GaussianMixtureSelection SelectComponentCount(
        DenseMatrix data,
        int minimumComponents,
        int maximumComponents,
        GaussianMixtureOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        Guard.NotNull(data);
        Guard.Positive(minimumComponents);
        Guard.AtLeast(maximumComponents, minimumComponents);
        options ??= new GaussianMixtureOptions();
        if (options.InitialWeights is not null || options.InitialMeans is not null || options.InitialCovariances is not null)
        {
            Guard.ThrowArgument("options must not carry initial weights, means or covariances when the component count varies.", nameof(options));
        }

        var models = new List<GaussianMixtureModel>();
        for (var count = minimumComponents; count <= maximumComponents; count++)
        {
            models.Add(new GaussianMixture(options with { ComponentCount = count }).Fit(data, cancellationToken));
        }

        return new GaussianMixtureSelection(models);
    }

    private GaussianMixtureModel FitStarts(
        DenseMatrix data, Func<double[]?> responsibilitiesOfStart, CancellationToken cancellationToken, int? startCount = null)
    {
        var k = Options.ComponentCount;
        var d = data.Columns;
        var length = GaussianMixtureDensity.CovarianceLength(d, Options.CovarianceType);
        var diagnostics = new List<string>();
        GaussianMixtureStart? best = null;
        var starts = startCount ?? Options.Restarts;
        for (var start = 0; start < starts; start++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var weights = new double[k];
            var means = new double[k * d];
            var covariances = new double[k * length];
            var responsibilities = responsibilitiesOfStart();
            if (responsibilities is not null)
            {
                GaussianMixtureExpectationMaximization.EstimateParameters(
                    data, responsibilities, k, Options.CovarianceType, Options.Regularization, weights, means, covariances);
            }

            ApplyInitialValues(weights, means, covariances, d);
            var (lowerBound, iterations, converged) = GaussianMixtureExpectationMaximization.Run(
                data, Options, weights, means, covariances, cancellationToken);
            if (!converged)
            {
                diagnostics.Add(
                    $"Start {start + 1} of {starts} did not converge within MaximumIterations={Options.MaximumIterations}; " +
                    "raise MaximumIterations or Tolerance, or check the data's scale.");
            }

            if (best is null || lowerBound > best.LowerBound)
            {
                best = new GaussianMixtureStart(weights, means, covariances, lowerBound, iterations, converged);
            }
        }

        System.Diagnostics.Debug.Assert(best is not null, "at least one start");
        return GaussianMixtureModel.Create(data, Options, best, diagnostics);
    }

    private double[] InitialResponsibilities(DenseMatrix data, Random random, CancellationToken cancellationToken)
    {
        var k = Options.ComponentCount;
        var responsibilities = new double[data.Rows * k];
        if (Options.Initialization == GaussianMixtureInitialization.KMeans)
        {
            var kMeans = new KMeans(new KMeansOptions { ClusterCount = k, Restarts = 1, Seed = random.Next() });
            var labels = kMeans.Fit(data, cancellationToken).Labels;
            for (var row = 0; row < data.Rows; row++)
            {
                responsibilities[(row * k) + labels[row]] = 1;
            }

            return responsibilities;
        }

        for (var row = 0; row < data.Rows; row++)
        {
            var span = responsibilities.AsSpan(row * k, k);
            double sum = 0;
            for (var component = 0; component < k; component++)
            {
                span[component] = random.NextDouble();
                sum += span[component];
            }

            for (var component = 0; component < k; component++)
            {
                span[component] /= sum;
            }
        }

        return responsibilities;
    }

    private void ApplyInitialValues(double[] weights, double[] means, double[] covariances, int d)
    {
        if (Options.InitialWeights is { } initialWeights)
        {
            for (var component = 0; component < weights.Length; component++)
            {
                weights[component] = initialWeights[component];
            }
        }

        Options.InitialMeans?.Values.CopyTo(means);
        if (Options.InitialCovariances is { } initialCovariances)
        {
            var full = GaussianMixtureDensity.IsMatrix(Options.CovarianceType);
            for (var component = 0; component < initialCovariances.Count; component++)
            {
                var matrix = initialCovariances[component].Values;
                for (var i = 0; i < d; i++)
                {
                    if (full)
                    {
                        matrix.Slice(i * d, d).CopyTo(covariances.AsSpan((component * d * d) + (i * d), d));
                    }
                    else
                    {
                        covariances[(component * d) + i] = matrix[(i * d) + i];
                    }
                }
            }
        }
    }

    private void CheckData(DenseMatrix data)
    {
        Guard.NotNull(data);
        var k = Options.ComponentCount;
        if (data.Rows < k)
        {
            Guard.ThrowData($"rows={data.Rows} must be >= ComponentCount={k}.");
        }

        if (data.Columns == 0)
        {
            Guard.ThrowData("data has no columns; a Gaussian mixture needs at least one feature.");
        }

        var values = data.Values;
        for (var index = 0; index < values.Length; index++)
        {
            if (!double.IsFinite(values[index]))
            {
                var row = index / data.Columns;
                var column = index % data.Columns;
                Guard.ThrowData(
                    $"data[{row}, {column}]={Guard.Format(values[index])} is not a finite number.",
                    $"column {column}",
                    row,
                    Guard.Format(values[index]));
            }
        }

        CheckInitialValues(data.Columns);
    }

    private void CheckInitialValues(int d)
    {
        if (Options.InitialWeights is { } weights)
        {
            double sum = 0;
            for (var component = 0; component < weights.Count; component++)
            {
                if (!(weights[component] > 0) || !double.IsFinite(weights[component]))
                {
                    Guard.ThrowArgument(
                        $"InitialWeights[{component}]={Guard.Format(weights[component])} must be a finite number > 0.", nameof(Options.InitialWeights));
                }

                sum += weights[component];
            }

            if (Math.Abs(sum - 1) > 1e-6)
            {
                Guard.ThrowArgument($"InitialWeights must sum to 1 but sum to {Guard.Format(sum)}.", nameof(Options.InitialWeights));
            }
        }

        if (Options.InitialMeans is { } means && means.Columns != d)
        {
            Guard.ThrowArgument($"InitialMeans.Columns={means.Columns} must equal data.Columns={d}.", nameof(Options.InitialMeans));
        }

        if (Options.InitialCovariances is { } covariances)
        {
            for (var component = 0; component < covariances.Count; component++)
            {
                var matrix = Guard.NotNull(covariances[component], nameof(Options.InitialCovariances));
                if (matrix.Rows != d || matrix.Columns != d)
                {
                    Guard.ThrowArgument(
                        $"InitialCovariances[{component}] is {matrix.Rows} x {matrix.Columns} but must be {d} x {d}.", nameof(Options.InitialCovariances));
                }

                CheckCovariance(matrix, component, d);
            }
        }
    }

    private void CheckCovariance(DenseMatrix matrix, int component, int d)
    {
        var type = Options.CovarianceType;
        var first = Options.InitialCovariances![0];
        for (var i = 0; i < d; i++)
        {
            for (var j = 0; j < d; j++)
            {
                var value = matrix[i, j];
                string? problem = null;
                if (!double.IsFinite(value) || (i == j && !(value > 0)))
                {
                    problem = "a covariance must have finite values and a positive diagonal";
                }
                else if (i != j && value != matrix[j, i])
                {
                    problem = "a covariance must be symmetric";
                }
                else if (i != j && value != 0 && !GaussianMixtureDensity.IsMatrix(type))
                {
                    problem = $"{type} covariances must be 0 off the diagonal";
                }
                else if (type == GaussianMixtureCovarianceType.Spherical && i == j && value != matrix[0, 0])
                {
                    problem = "Spherical covariances must have one value all along the diagonal";
                }
                else if (type == GaussianMixtureCovarianceType.Tied && value != first[i, j])
                {
                    problem = "Tied covariances must all equal InitialCovariances[0]";
                }

                if (problem is not null)
                {
                    Guard.ThrowArgument(
                        $"InitialCovariances[{component}][{i}, {j}]={Guard.Format(value)} is invalid: {problem}.", nameof(Options.InitialCovariances));
                }
            }
        }
    }
}
