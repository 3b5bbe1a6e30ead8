using Segmentation.Evaluation;

namespace Segmentation.Clustering.Streaming;

/// <summary>
/// The engine shared by <see cref="StreamingKMeans"/> and <see cref="StreamingClusterCountSelector"/>: fits every k
/// from the same passes over the source. Pass 1 surveys the rows (count, mean and variance, reservoir sample); the
/// initial centres of each k are a K-Means fit on the sample; each epoch reads every block once, shuffles it (seeded)
/// and feeds each mini-batch to every k still moving; a last exact pass labels every row for every k and totals what
/// the scores need. Each k is updated on one thread in a fixed order, so the result depends on the seed and the block
/// size only, not on the degree of parallelism.
/// </summary>
internal sealed class StreamingFit
{
    /// <summary>Rows per parallel work item of the exact pass; fixed so that the split does not depend on the thread count.</summary>
    private const int ChunkRows = 4096;

    /// <summary>
    /// Rows per block of the first pass, which only counts and samples (later blocks are as large as the budget allows),
    /// and of the first block of <see cref="Assign"/>, which grows to the budget's size when it comes full.
    /// </summary>
    private const int SmallBlockRows = 8192;

    private readonly IRowBlockSource _source;
    private readonly StreamingKMeansOptions _options;
    private readonly int _features;
    private readonly ParallelOptions _parallel;

    private double[] _block = [];
    private int[][]? _labels;
    private double[][]? _distances;
    private bool _blockCameFull;

    private StreamingFit(IRowBlockSource source, StreamingKMeansOptions options, int blockRows, CancellationToken cancellationToken)
    {
        _source = source;
        _options = options;
        _features = source.FeatureNames.Count;
        BlockRows = blockRows;
        _parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, CancellationToken = cancellationToken };
    }

    /// <summary>Rows read at once: what the budget allows, but no more than the source has.</summary>
    public int BlockRows { get; private set; }

    public long Rows { get; private set; }

    public FeatureScaling? Scaling { get; private set; }

    /// <summary>The reservoir sample in the units clustered.</summary>
    public DenseMatrix Sample { get; private set; } = DenseMatrix.Wrap([], 0, 0);

    public StreamingCentres[] States { get; private set; } = [];

    public static StreamingFit Run(
        IRowBlockSource source,
        IReadOnlyList<int> clusterCounts,
        StreamingKMeansOptions options,
        LabelBlockHandler? labels,
        bool silhouettes,
        CancellationToken cancellationToken)
    {
        var features = source.FeatureNames.Count;
        if (features == 0)
        {
            Guard.ThrowArgument("The source has no features.", nameof(source));
        }

        if (options.Scaling is { } scaling && scaling.Means.Count != features)
        {
            Guard.ThrowArgument($"Scaling has {scaling.Means.Count} features but the source has {features}.", nameof(options));
        }

        var largest = clusterCounts.Max();
        if (options.SampleSize < largest)
        {
            Guard.ThrowArgumentOutOfRange($"SampleSize={options.SampleSize} must be >= the largest clusterCount={largest}.", nameof(options.SampleSize));
        }

        var blockRows = StreamingMemoryPlan.BlockRows(options.MemoryBudgetBytes, features, clusterCounts, options.SampleSize, silhouettes);
        var fit = new StreamingFit(source, options, blockRows, cancellationToken);
        fit.Fit(clusterCounts, largest, labels, cancellationToken);
        return fit;
    }

    /// <summary>One exact pass with fixed centres (a fitted model's), labels handed over block by block.</summary>
    public static double Assign(
        StreamingCentres state,
        IRowBlockSource source,
        FeatureScaling? scaling,
        int blockRows,
        LabelBlockHandler labels,
        int maxDegreeOfParallelism,
        CancellationToken cancellationToken)
    {
        var options = new StreamingKMeansOptions { ClusterCount = state.ClusterCount, MaxDegreeOfParallelism = maxDegreeOfParallelism, Scaling = scaling };
        var fit = new StreamingFit(source, options, blockRows, cancellationToken)
        {
            Scaling = scaling,
            States = [state],
        };
        fit._block = new double[(long)Math.Min(blockRows, SmallBlockRows) * fit._features];
        fit.AssignmentPass(fit.States, labels, cancellationToken);
        return state.Inertia;
    }

    /// <summary>Labels each sample row with its nearest centre of fit <paramref name="index"/>.</summary>
    public int[] SampleLabels(int index)
    {
        var state = States[index];
        var labels = new int[Sample.Rows];
        for (var row = 0; row < labels.Length; row++)
        {
            labels[row] = StreamingDistance.Nearest(Sample.Row(row), state.Centres, state.ClusterCount, out _);
        }

        return labels;
    }

    public StreamingKMeansModel Model(int index)
    {
        var state = States[index];
        var diagnostics = new List<string>();
        var empty = state.Sizes.Count(size => size == 0);
        if (empty > 0)
        {
            diagnostics.Add($"{empty} cluster(s) hold no rows in the exact pass.");
        }

        if (!state.Converged && _options.MaximumLloydPasses == 0)
        {
            diagnostics.Add($"stopped at MaximumEpochs={_options.MaximumEpochs} before the centres stopped moving.");
        }

        if (_options.MaximumLloydPasses > 0 && !state.LloydConverged)
        {
            diagnostics.Add($"stopped at MaximumLloydPasses={_options.MaximumLloydPasses} before the centres stopped moving.");
        }

        return new StreamingKMeansModel(
            _source.FeatureNames.ToArray(),
            DenseMatrix.Wrap(state.Centres.ToArray(), state.ClusterCount, _features),
            Scaling,
            Rows,
            state.Inertia,
            state.Sizes.ToArray(),
            state.Epochs,
            state.LloydPasses,
            _options.MaximumLloydPasses > 0 ? state.LloydConverged : state.Converged,
            BlockRows,
            diagnostics.AsReadOnly());
    }

    private void Fit(IReadOnlyList<int> clusterCounts, int largest, LabelBlockHandler? labels, CancellationToken cancellationToken)
    {
        var seeds = new Random(_options.Seed);
        var reservoirSeed = seeds.Next();
        var shuffleSeed = seeds.Next();
        var survey = DataSurvey.Run(_source, Math.Min(BlockRows, SmallBlockRows), _options.SampleSize, reservoirSeed, cancellationToken);
        Rows = survey.Rows;
        BlockRows = (int)Math.Min(BlockRows, Rows);
        _block = new double[(long)BlockRows * _features];
        if (clusterCounts.Count > 1)
        {
            ClusterRange.Validate(clusterCounts[0], clusterCounts[^1], (int)Math.Min(Rows, int.MaxValue));
        }
        else if (Rows < largest)
        {
            Guard.ThrowData($"rows={Rows} must be >= clusterCount={largest}.");
        }

        Scaling = _options.Scaling ?? (_options.Standardize ? survey.Scaling() : null);
        Scaling?.Apply(survey.Sample);
        Sample = DenseMatrix.Wrap(survey.Sample, survey.SampleRows, _features);
        States = clusterCounts.Select(k => new StreamingCentres(k, _features, InitialCentres(k, cancellationToken))).ToArray();

        var tolerance = _options.Tolerance * survey.MeanVariance(Scaling);
        RunEpochs(tolerance, shuffleSeed, cancellationToken);
        RunLloydPasses(tolerance, cancellationToken);
        ExactPass(labels, cancellationToken);
    }

    /// <summary>The best of a few K-Means fits (k-means++ starts) on the sample.</summary>
    private double[] InitialCentres(int k, CancellationToken cancellationToken)
    {
        var options = new KMeansOptions
        {
            ClusterCount = k,
            Restarts = Defaults.StreamingInitializationRestarts,
            Seed = _options.Seed,
            MaxDegreeOfParallelism = _options.MaxDegreeOfParallelism,
        };
        return new KMeans(options).Fit(Sample, cancellationToken).Centroids.Values.ToArray();
    }

    private void RunEpochs(double tolerance, int shuffleSeed, CancellationToken cancellationToken)
    {
        var random = new Random(shuffleSeed);
        var order = new int[BlockRows];
        var batchSize = _options.BatchSize;
        for (var epoch = 1; epoch <= _options.MaximumEpochs; epoch++)
        {
            var active = States.Where(state => !state.Converged).ToArray();
            if (active.Length == 0)
            {
                break;
            }

            foreach (var state in active)
            {
                state.BeginEpoch();
            }

            using (var reader = _source.OpenReader())
            {
                int read;
                while ((read = ReadBlock(reader, cancellationToken)) > 0)
                {
                    Shuffle(order.AsSpan(0, read), random);
                    var rows = read;

                    // Each k runs the block's batches in order on one thread; the k run side by side.
                    ForEach(active.Length, i =>
                    {
                        for (var start = 0; start < rows; start += batchSize)
                        {
                            active[i].Step(_block, order.AsSpan(start, Math.Min(batchSize, rows - start)));
                        }
                    });
                }
            }

            foreach (var state in active)
            {
                state.Epochs = epoch;
                state.Converged = state.EpochShift() <= tolerance;
            }
        }
    }

    /// <summary>Full-batch Lloyd iterations, one pass each, for every k whose centres still move.</summary>
    private void RunLloydPasses(double tolerance, CancellationToken cancellationToken)
    {
        for (var pass = 1; pass <= _options.MaximumLloydPasses; pass++)
        {
            var active = States.Where(state => !state.LloydConverged).ToArray();
            if (active.Length == 0)
            {
                break;
            }

            AssignmentPass(active, handler: null, cancellationToken);
            foreach (var state in active)
            {
                state.LloydPasses = pass;
                state.LloydConverged = state.MoveToMeans() <= tolerance;
            }
        }
    }

    private void ExactPass(LabelBlockHandler? handler, CancellationToken cancellationToken) =>
        AssignmentPass(States, handler, cancellationToken);

    /// <summary>Labels every row for each of <paramref name="states"/> and adds it to their totals (cleared first).</summary>
    private void AssignmentPass(StreamingCentres[] states, LabelBlockHandler? handler, CancellationToken cancellationToken)
    {
        foreach (var state in states)
        {
            state.ResetTotals();
        }

        long firstRow = 0;
        using var reader = _source.OpenReader();
        int read;
        while ((read = ReadBlock(reader, cancellationToken)) > 0)
        {
            // Scratch for every fit, allocated once a block size: the first states.Length of them serve this pass.
            var capacity = _block.Length / _features;
            if (_labels is null || _labels[0].Length != capacity)
            {
                _labels = States.Select(_ => new int[capacity]).ToArray();
                _distances = States.Select(_ => new double[capacity]).ToArray();
            }

            var (labels, distances) = (_labels, _distances!);
            var rows = read;
            var chunks = (rows + ChunkRows - 1) / ChunkRows;
            ForEach(states.Length * chunks, item =>
            {
                var (fit, chunk) = Math.DivRem(item, chunks);
                var start = chunk * ChunkRows;
                states[fit].Assign(_block, start, Math.Min(ChunkRows, rows - start), labels[fit], distances[fit]);
            });
            ForEach(states.Length, fit => states[fit].Accumulate(_block, rows, labels[fit], distances[fit]));
            handler?.Invoke(firstRow, labels[0].AsSpan(0, rows));
            firstRow += rows;
        }
    }

    /// <summary>
    /// Reads the next block and scales it in place; a block smaller than the budget allows (the first of
    /// <see cref="Assign"/>) is replaced by a full-size one once it came full, so a small source never gets a large buffer.
    /// </summary>
    private int ReadBlock(IRowBlockReader reader, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (_blockCameFull && _block.Length < (long)BlockRows * _features)
        {
            _block = new double[(long)BlockRows * _features];
        }

        var read = reader.Read(_block);
        _blockCameFull = read == _block.Length / _features;
        Scaling?.Apply(_block.AsSpan(0, read * _features));
        return read;
    }

    private void ForEach(int count, Action<int> body)
    {
        if (count == 1 || _parallel.MaxDegreeOfParallelism == 1)
        {
            for (var i = 0; i < count; i++)
            {
                body(i);
            }

            return;
        }

        Parallel.For(0, count, _parallel, body);
    }

    /// <summary>Fisher-Yates over 0 .. n-1.</summary>
    private static void Shuffle(Span<int> order, Random random)
    {
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        for (var i = order.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }
    }
}
