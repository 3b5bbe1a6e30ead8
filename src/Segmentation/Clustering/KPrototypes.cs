namespace Segmentation.Clustering;

/// <summary>
/// k-prototypes (Huang 1998): K-Means for rows with numeric and categorical attributes, without one-hot encoding.
/// The cost of a row against a prototype is the squared Euclidean distance of the numeric parts plus
/// <c>gamma</c> times the number of categorical attributes that differ; prototypes are the members' numeric means and
/// categorical modes (the lowest code on a tie). Starts are independent and the lowest total cost wins; the same
/// options and seed give the same result.
/// </summary>
/// <remarks>
/// Each start runs in batch form, as Lloyd's K-Means: every row is reassigned, then every prototype moves, until no
/// label changes or the iteration limit. A cluster left empty takes the row that costs most against its own prototype.
/// </remarks>
public sealed class KPrototypes
{
    /// <summary>Creates the estimator.</summary>
    /// <param name="options">The settings; validated here.</param>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public KPrototypes(KPrototypesOptions options)
    {
        Guard.NotNull(options).Validate();
        Options = options;
    }

    /// <summary>Creates the estimator for <paramref name="clusterCount"/> clusters with every other setting at its default.</summary>
    /// <param name="clusterCount">The number of clusters, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="clusterCount"/> is below 1.</exception>
    public KPrototypes(int clusterCount)
        : this(new KPrototypesOptions { ClusterCount = clusterCount })
    {
    }

    /// <summary>Gets the settings.</summary>
    public KPrototypesOptions Options { get; }

    /// <summary>
    /// The default categorical weight: <see cref="Defaults.PrototypeGammaFactor"/> (0.5) times the mean, over the numeric
    /// columns, of each column's population standard deviation (divisor n). When there is no numeric column, or every
    /// numeric column is constant, 1.
    /// </summary>
    /// <param name="data">The rows.</param>
    /// <returns>gamma, >= 0.</returns>
    public static double EstimateGamma(MixedData data)
    {
        Guard.NotNull(data);
        var p = data.NumericColumns;
        var n = data.Rows;
        if (p == 0 || n == 0)
        {
            return 1;
        }

        var values = data.Numeric.Values;
        var sumOfDeviations = 0.0;
        for (var column = 0; column < p; column++)
        {
            var mean = 0.0;
            for (var row = 0; row < n; row++)
            {
                mean += values[(row * p) + column];
            }

            mean /= n;
            var squares = 0.0;
            for (var row = 0; row < n; row++)
            {
                var difference = values[(row * p) + column] - mean;
                squares += difference * difference;
            }

            sumOfDeviations += Math.Sqrt(squares / n);
        }

        var gamma = Defaults.PrototypeGammaFactor * sumOfDeviations / p;
        return gamma > 0 ? gamma : 1;
    }

    /// <summary>Fits the prototypes to <paramref name="data"/>.</summary>
    /// <param name="data">The rows; at least <see cref="KPrototypesOptions.ClusterCount"/> of them, with at least one column.</param>
    /// <param name="cancellationToken">Stops the fit between iterations; nothing is returned then.</param>
    /// <exception cref="SegmentationDataException">Fewer rows than clusters, or no column at all.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public KPrototypesModel Fit(MixedData data, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(data);
        var k = Options.ClusterCount;
        if (data.Rows < k)
        {
            Guard.ThrowData($"rows={data.Rows} must be >= ClusterCount={k}.");
        }

        if (data.NumericColumns + data.CategoricalColumns == 0)
        {
            Guard.ThrowData("data has no columns; k-prototypes needs at least one numeric or categorical column.");
        }

        var gamma = Options.Gamma ?? EstimateGamma(data);
        var engine = new KPrototypesEngine(data, k, gamma);
        var random = new Random(Options.Seed);
        var diagnostics = new List<string>();
        (double[] Centres, int[] Modes, int[] Labels, double Cost, int Iterations, bool Converged)? best = null;
        for (var start = 0; start < Options.Restarts; start++)
        {
            var (iterations, converged) = engine.Run(random, Options.Initialization, Options.MaximumIterations, cancellationToken);
            var cost = engine.TotalCost;
            if (!converged)
            {
                diagnostics.Add($"Start {start + 1} of {Options.Restarts} did not converge within MaximumIterations={Options.MaximumIterations}.");
            }

            var nonEmpty = engine.NonEmptyClusters;
            if (nonEmpty < k)
            {
                diagnostics.Add(
                    $"Start {start + 1} of {Options.Restarts} ended with {nonEmpty} non-empty clusters of ClusterCount={k}: " +
                    "the data has fewer distinct rows than clusters.");
            }
            else if (engine.Relocations > 0)
            {
                diagnostics.Add($"Start {start + 1} of {Options.Restarts} relocated {engine.Relocations} empty cluster(s) to their farthest rows.");
            }

            if (best is null || cost < best.Value.Cost)
            {
                best = (engine.Centres.ToArray(), engine.Modes.ToArray(), engine.Labels.ToArray(), cost, iterations, converged);
            }
        }

        var winner = best!.Value;
        var prototypes = MixedData.Wrap(DenseMatrix.Wrap(winner.Centres, k, data.NumericColumns), winner.Modes, data.CategoricalColumns);
        return new KPrototypesModel(prototypes, winner.Labels, winner.Cost, gamma, winner.Iterations, winner.Converged, diagnostics);
    }
}
