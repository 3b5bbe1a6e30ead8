namespace Segmentation.Clustering;

/// <summary>
/// Mini-batch K-Means (Sculley 2010, as scikit-learn's MiniBatchKMeans): k-means++ on a random sample of 3 x
/// <see cref="MiniBatchKMeansOptions.BatchSize"/> rows, then steps that each draw a batch, label it, and move every
/// centre toward its batch rows with a per-centre learning rate of 1 / (weight seen so far). It trades the last digit of
/// inertia for speed on large data; the final labels and inertia come from one exact pass over all rows.
/// The same seed gives the same model at any degree of parallelism (the steps run on one thread).
/// </summary>
public sealed class MiniBatchKMeans
{
    /// <summary>Creates the estimator.</summary>
    /// <param name="options">The settings; validated here.</param>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public MiniBatchKMeans(MiniBatchKMeansOptions options)
    {
        Guard.NotNull(options).Validate();
        Options = options;
    }

    /// <summary>Creates the estimator for <paramref name="clusterCount"/> clusters with every other setting at its default.</summary>
    /// <param name="clusterCount">The number of clusters, at least 1.</param>
    public MiniBatchKMeans(int clusterCount)
        : this(new MiniBatchKMeansOptions { ClusterCount = clusterCount })
    {
    }

    /// <summary>Gets the settings.</summary>
    public MiniBatchKMeansOptions Options { get; }

    /// <summary>Fits the centres to <paramref name="data"/>.</summary>
    /// <param name="data">rows x features; every value finite.</param>
    /// <param name="sampleWeights">One non-negative finite weight per row, or <see langword="null"/> for 1 each.</param>
    /// <param name="cancellationToken">Stops the fit between steps.</param>
    /// <returns>The model; <see cref="KMeansModel.Iterations"/> counts the steps, <see cref="KMeansModel.Converged"/> says whether
    /// the patience rule stopped it before <see cref="MiniBatchKMeansOptions.MaximumEpochs"/>.</returns>
    /// <exception cref="SegmentationDataException">The data has fewer rows than clusters, or a value that is not finite.</exception>
    /// <exception cref="ArgumentException">The weights do not match the rows, or one is negative or not finite.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public KMeansModel Fit(DenseMatrix data, IReadOnlyList<double>? sampleWeights = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(data);
        var k = Options.ClusterCount;
        var problem = KMeansProblem.Create(data, sampleWeights, k, Options.MaxDegreeOfParallelism);
        var features = problem.Features;
        var random = new Random(Options.Seed);
        var centres = InitialCentres(problem, random, cancellationToken);

        var batch = Math.Min(Options.BatchSize, problem.Rows);
        var counts = new double[k];
        var batchSums = new double[k * features];
        var batchWeights = new double[k];
        var steps = (int)Math.Min(int.MaxValue, ((long)Options.MaximumEpochs * problem.Rows + batch - 1) / batch);
        var smoothing = Math.Min(1.0, batch * 2.0 / (problem.Rows + 1));
        var smoothed = double.NaN;
        var best = double.PositiveInfinity;
        var stale = 0;
        var step = 0;
        var stoppedEarly = false;
        while (step < steps)
        {
            cancellationToken.ThrowIfCancellationRequested();
            step++;
            Array.Clear(batchSums);
            Array.Clear(batchWeights);
            var batchInertia = 0.0;
            for (var i = 0; i < batch; i++)
            {
                var row = random.Next(problem.Rows);
                var x = problem.Row(row);
                var label = SquaredDistance.Nearest(x, centres, k, out var distance);
                var weight = problem.Weight(row);
                batchInertia += weight * distance;
                batchWeights[label] += weight;
                VectorMath.AddScaled(batchSums.AsSpan(label * features, features), x, weight);
            }

            for (var cluster = 0; cluster < k; cluster++)
            {
                if (batchWeights[cluster] > 0)
                {
                    var previous = counts[cluster];
                    counts[cluster] = previous + batchWeights[cluster];
                    var centre = centres.AsSpan(cluster * features, features);
                    var sums = batchSums.AsSpan(cluster * features, features);
                    for (var j = 0; j < features; j++)
                    {
                        centre[j] = ((centre[j] * previous) + sums[j]) / counts[cluster];
                    }
                }
            }

            var mean = batchInertia / batch;
            smoothed = double.IsNaN(smoothed) ? mean : (smoothed * (1 - smoothing)) + (mean * smoothing);
            if (smoothed < best)
            {
                best = smoothed;
                stale = 0;
            }
            else if (++stale >= Options.Patience)
            {
                stoppedEarly = true;
                break;
            }
        }

        var solver = new LloydSolver<double>(problem, k);
        centres.CopyTo(solver.Centres);
        var inertia = solver.AssignAll();
        var diagnostics = new List<string>();
        if (!stoppedEarly)
        {
            diagnostics.Add($"stopped at MaximumEpochs={Options.MaximumEpochs} ({steps} steps) before the patience rule.");
        }

        return new KMeansModel(
            DenseMatrix.Wrap(centres, k, features), (int[])solver.Labels.Clone(), inertia, step, stoppedEarly, diagnostics.AsReadOnly());
    }

    /// <summary>k-means++ on 3 x BatchSize rows drawn without replacement (scikit-learn's init_size), at least k.</summary>
    private double[] InitialCentres(KMeansProblem<double> problem, Random random, CancellationToken cancellationToken)
    {
        var k = Options.ClusterCount;
        var size = (int)Math.Clamp(3L * Options.BatchSize, k, problem.Rows);
        var rows = new HashSet<int>();
        var order = new List<int>(size);
        for (var upper = problem.Rows - size; upper < problem.Rows; upper++)
        {
            var row = random.Next(upper + 1);
            row = rows.Add(row) ? row : upper;
            rows.Add(row);
            order.Add(row);
        }

        var sample = new double[size * problem.Features];
        var weights = new double[size];
        for (var i = 0; i < size; i++)
        {
            problem.Row(order[i]).CopyTo(sample.AsSpan(i * problem.Features, problem.Features));
            weights[i] = problem.Weight(order[i]);
        }

        if (!(weights.Sum() > 0))
        {
            weights.AsSpan().Fill(1.0);
        }

        var sampleProblem = KMeansProblem.Create(DenseMatrix.Wrap(sample, size, problem.Features), weights, k, 1);
        var centres = new double[k * problem.Features];
        new KMeansInitializer<double>(sampleProblem, k).ChoosePlusPlus(random, centres, cancellationToken);
        return centres;
    }
}
