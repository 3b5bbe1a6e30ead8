using System.Numerics;

namespace Segmentation.Clustering;

/// <summary>
/// Runs the independent starts of one fit and keeps the best: the lowest inertia, the earliest start on a tie.
/// Small data (one row block) runs whole starts on parallel workers instead of splitting rows; each start depends only on
/// its own seed, so the winner is the same at any thread count.
/// </summary>
internal sealed class KMeansStarts<T>
    where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    private readonly KMeansProblem<T> _problem;
    private readonly KMeansOptions _options;
    private readonly double _tolerance;
    private readonly int[] _startSeeds;

    public KMeansStarts(KMeansProblem<T> problem, KMeansOptions options, double tolerance)
    {
        _problem = problem;
        _options = options;
        _tolerance = tolerance;
        _startSeeds = KMeans.StartSeeds(options.Seed, options.Restarts);
        Results = new KMeansStartResult[options.Restarts];
        BestCentres = new double[options.ClusterCount * problem.Features];
    }

    /// <summary>Gets how each start ended, in start order.</summary>
    public KMeansStartResult[] Results { get; }

    public int BestStart { get; private set; } = -1;

    public double[] BestCentres { get; }

    /// <summary>Gets the best start's labels: the solver's own array when there is one start, else a copy.</summary>
    public int[] BestLabels { get; private set; } = [];

    public void Run(CancellationToken cancellationToken)
    {
        var workers = Math.Min(_problem.Partition.BlockCount == 1 ? DegreeOfParallelism() : 1, _options.Restarts);
        if (workers <= 1)
        {
            RunWorker(0, 1, cancellationToken);
            return;
        }

        var workerBests = new (int Start, double[] Centres, int[] Labels)[workers];
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken }, worker =>
        {
            var solver = new LloydSolver<T>(_problem, _options.ClusterCount, KMeansAlgorithmSelection.Resolve(_options.Algorithm, _options.ClusterCount, _problem.Features));
            var initializer = new KMeansInitializer<T>(_problem, _options.ClusterCount, distances: solver.BoundStorage);
            var best = -1;
            var centres = new double[BestCentres.Length];
            var labels = new int[_problem.Rows];
            for (var start = worker; start < _options.Restarts; start += workers)
            {
                RunStart(start, solver, initializer, cancellationToken);
                if (best < 0 || Results[start].Inertia < Results[best].Inertia)
                {
                    best = start;
                    solver.Centres.CopyTo(centres);
                    solver.Labels.CopyTo(labels, 0);
                }
            }

            workerBests[worker] = (best, centres, labels);
        });

        foreach (var (start, centres, labels) in workerBests.OrderBy(b => b.Start))
        {
            if (BestStart < 0 || Results[start].Inertia < Results[BestStart].Inertia)
            {
                BestStart = start;
                centres.CopyTo(BestCentres, 0);
                BestLabels = labels;
            }
        }
    }

    private void RunWorker(int first, int step, CancellationToken cancellationToken)
    {
        var solver = new LloydSolver<T>(_problem, _options.ClusterCount, KMeansAlgorithmSelection.Resolve(_options.Algorithm, _options.ClusterCount, _problem.Features));
        var initializer = new KMeansInitializer<T>(_problem, _options.ClusterCount, distances: solver.BoundStorage);
        for (var start = first; start < _options.Restarts; start += step)
        {
            RunStart(start, solver, initializer, cancellationToken);
            if (BestStart < 0 || Results[start].Inertia < Results[BestStart].Inertia)
            {
                BestStart = start;
                solver.Centres.CopyTo(BestCentres);
                KeepLabels(solver.Labels);
            }
        }
    }

    /// <summary>
    /// Keeps the labels of the best start so far. With one start the solver's array is kept as it is: no later start
    /// will overwrite it, and the copy would cost 4 bytes a row.
    /// </summary>
    private void KeepLabels(int[] labels)
    {
        if (_options.Restarts == 1)
        {
            BestLabels = labels;
            return;
        }

        if (BestLabels.Length != labels.Length)
        {
            BestLabels = new int[labels.Length];
        }

        labels.CopyTo(BestLabels, 0);
    }

    private void RunStart(int start, LloydSolver<T> solver, KMeansInitializer<T> initializer, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var random = new Random(_startSeeds[start]);
        initializer.Choose(_options.Initialization, random, solver.Centres, _startSeeds[start], cancellationToken);
        Results[start] = solver.Run(_options.MaximumIterations, _tolerance, cancellationToken);
    }

    private int DegreeOfParallelism() =>
        _options.MaxDegreeOfParallelism == -1 ? Environment.ProcessorCount : _options.MaxDegreeOfParallelism;
}
