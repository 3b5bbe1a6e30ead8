using System.Numerics;

namespace Segmentation.Clustering;

/// <summary>
/// The K-Means estimator: <see cref="Fit(DenseMatrix, CancellationToken)"/> returns a <see cref="KMeansModel"/>.
/// Same options and seed give the same centres and labels at any degree of parallelism.
/// </summary>
public sealed partial class KMeans
{
    /// <summary>Creates the estimator.</summary>
    /// <param name="options">The settings; validated here.</param>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public KMeans(KMeansOptions options)
    {
        Guard.NotNull(options).Validate();
        Options = options;
    }

    /// <summary>Creates the estimator for <paramref name="clusterCount"/> clusters with every other setting at its default.</summary>
    /// <param name="clusterCount">The number of clusters, at least 1.</param>
    public KMeans(int clusterCount)
        : this(new KMeansOptions { ClusterCount = clusterCount })
    {
    }

    /// <summary>Gets the settings.</summary>
    public KMeansOptions Options { get; }

    /// <summary>Fits the centres to <paramref name="data"/>, every row weighing 1.</summary>
    /// <param name="data">rows x features; every value finite.</param>
    /// <param name="cancellationToken">Stops the fit between iterations; nothing is returned then.</param>
    /// <exception cref="SegmentationDataException">The data has fewer rows than clusters, or a value that is not finite.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public KMeansModel Fit(DenseMatrix data, CancellationToken cancellationToken = default) =>
        Fit(data, sampleWeights: null, cancellationToken);

    /// <summary>Fits the centres to <paramref name="data"/> with a weight per row.</summary>
    /// <param name="data">rows x features; every value finite.</param>
    /// <param name="sampleWeights">One non-negative finite weight per row, or <see langword="null"/> for 1 each.</param>
    /// <param name="cancellationToken">Stops the fit between iterations; nothing is returned then.</param>
    /// <exception cref="SegmentationDataException">The data has fewer rows than clusters, or a value that is not finite.</exception>
    /// <exception cref="ArgumentException">The weights do not match the rows, or one is negative or not finite.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public KMeansModel Fit(DenseMatrix data, IReadOnlyList<double>? sampleWeights, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(data);
        var problem = KMeansProblem.Create(data, sampleWeights, Options.ClusterCount, Options.MaxDegreeOfParallelism);
        return Fit(problem, KMeansTolerance.Absolute(problem, Options.Tolerance), cancellationToken);
    }

    /// <summary>
    /// Fits the centres to float32 <paramref name="data"/> in place, every sum and distance in double: the same
    /// algorithm as for a <see cref="DenseMatrix"/> holding the same values, at half the memory and bandwidth.
    /// </summary>
    /// <remarks>
    /// Besides the data, a fit keeps per row its squared norm (8 bytes), its label and the best start's label (4 + 4),
    /// Hamerly's two bounds (16; Elkan: 8 + 4 x k rounded up to 8) and, during k-means++, the nearest distance for the
    /// current centres and for each of the 2 + ln k candidates (8 each): 72 bytes per row for k = 8 with Hamerly.
    /// </remarks>
    /// <param name="data">rows x features; every value finite.</param>
    /// <param name="sampleWeights">One non-negative finite weight per row, or <see langword="null"/> (the default) for 1 each.</param>
    /// <param name="cancellationToken">Stops the fit between iterations; nothing is returned then.</param>
    /// <exception cref="SegmentationDataException">The data has fewer rows than clusters, or a value that is not finite.</exception>
    /// <exception cref="ArgumentException">The weights do not match the rows, or one is negative or not finite.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public KMeansModel Fit(SinglePrecisionMatrix data, IReadOnlyList<double>? sampleWeights = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(data);
        var problem = KMeansProblem.Create(data, sampleWeights, Options.ClusterCount, Options.MaxDegreeOfParallelism);
        return Fit(problem, KMeansTolerance.Absolute(problem, Options.Tolerance), cancellationToken);
    }

    /// <summary>Assigns each row of <paramref name="data"/> to the nearest centre of <paramref name="model"/>.</summary>
    /// <param name="model">A fitted model.</param>
    /// <param name="data">rows x the model's features; every value finite.</param>
    /// <returns>The nearest cluster of each row (the lowest index on a tie).</returns>
    /// <exception cref="ArgumentException">The column count differs from the model's.</exception>
    /// <exception cref="SegmentationDataException">A value is NaN or infinite.</exception>
    public static int[] Predict(KMeansModel model, DenseMatrix data)
    {
        Guard.NotNull(data);
        return Predict<double>(model, data.Values, data.Columns);
    }

    /// <summary>Assigns each row of float32 <paramref name="data"/> to the nearest centre of <paramref name="model"/>.</summary>
    /// <param name="model">A fitted model.</param>
    /// <param name="data">rows x the model's features; every value finite.</param>
    /// <returns>The nearest cluster of each row (the lowest index on a tie).</returns>
    /// <exception cref="ArgumentException">The column count differs from the model's.</exception>
    /// <exception cref="SegmentationDataException">A value is NaN or infinite.</exception>
    public static int[] Predict(KMeansModel model, SinglePrecisionMatrix data)
    {
        Guard.NotNull(data);
        return Predict<float>(model, data.Values, data.Columns);
    }

    private static int[] Predict<T>(KMeansModel model, ReadOnlySpan<T> values, int columns)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        Guard.NotNull(model);
        var centres = model.Centroids;
        if (columns != centres.Columns)
        {
            Guard.ThrowArgument($"data.Columns={columns} must equal the model's features={centres.Columns}.", "data");
        }

        KMeansProblem.EnsureFinite(values, columns);
        var labels = new int[columns == 0 ? 0 : values.Length / columns];
        for (var row = 0; row < labels.Length; row++)
        {
            labels[row] = SquaredDistance.Nearest(values.Slice(row * columns, columns), centres.Values, centres.Rows, out _);
        }

        return labels;
    }

    /// <summary>Fits one problem whose checks, norms and absolute tolerance are already done (shared by a k sweep).</summary>
    private KMeansModel Fit<T>(KMeansProblem<T> problem, double tolerance, CancellationToken cancellationToken)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var clusterCount = Options.ClusterCount;
        var diagnostics = new List<string>();
        var distinct = DistinctRows.CountUpTo(problem, clusterCount);
        if (distinct < clusterCount)
        {
            diagnostics.Add(
                $"distinct points={distinct} < clusterCount={clusterCount}: {clusterCount - distinct} cluster(s) duplicate another centre or hold no rows.");
        }

        var starts = new KMeansStarts<T>(problem, Options, tolerance);
        starts.Run(cancellationToken);
        var unconverged = 0;
        for (var start = 0; start < starts.Results.Length; start++)
        {
            var result = starts.Results[start];
            unconverged += result.Converged ? 0 : 1;
            if (result.RelocatedClusters > 0)
            {
                diagnostics.Add($"start {start + 1}: {result.RelocatedClusters} empty cluster(s) relocated to the farthest points.");
            }
        }

        if (unconverged > 0)
        {
            diagnostics.Add(
                $"{unconverged} of {Options.Restarts} start(s) stopped at MaximumIterations={Options.MaximumIterations} before meeting the tolerance.");
        }

        var best = starts.Results[starts.BestStart];
        return new KMeansModel(
            DenseMatrix.Wrap(starts.BestCentres, clusterCount, problem.Features), starts.BestLabels, best.Inertia, best.Iterations, best.Converged, diagnostics.AsReadOnly());
    }

    /// <summary>One seed per start, all drawn from the fit's seed, so start r is the same whatever the other starts do.</summary>
    internal static int[] StartSeeds(int seed, int restarts)
    {
        var random = new Random(seed);
        var seeds = new int[restarts];
        for (var start = 0; start < restarts; start++)
        {
            seeds[start] = random.Next();
        }

        return seeds;
    }
}
