using BenchmarkDotNet.Attributes;
using Segmentation.Clustering;
using Segmentation.Synthetic;

namespace Segmentation.Benchmarks;

/// <summary>
/// The cost of Lloyd iterations from a fixed start (the first k rows, tolerance 0): five iterations plus the final
/// labelling pass, plain against Hamerly's and Elkan's bounds. No allocation is expected inside the iterations.
/// </summary>
[MemoryDiagnoser]
public class KMeansIterationBenchmarks
{
    private const int Iterations = 5;
    private LloydSolver<double> _lloyd = null!;
    private LloydSolver<double> _hamerly = null!;
    private LloydSolver<double> _elkan = null!;
    private double[] _start = [];

    [Params(10_000, 1_000_000)]
    public int Rows { get; set; }

    [Params(16)]
    public int Features { get; set; }

    [Params(8)]
    public int Clusters { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var data = SyntheticBlobs.Generate(Rows, Features, Clusters);
        var problem = KMeansProblem.Create(data, null, Clusters, 2);
        _lloyd = new LloydSolver<double>(problem, Clusters, KMeansAlgorithm.Lloyd);
        _hamerly = new LloydSolver<double>(problem, Clusters, KMeansAlgorithm.Hamerly);
        _elkan = new LloydSolver<double>(problem, Clusters, KMeansAlgorithm.Elkan);
        _start = data.Values[..(Clusters * Features)].ToArray();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Iterations)]
    public double Lloyd() => Run(_lloyd);

    [Benchmark(OperationsPerInvoke = Iterations)]
    public double Hamerly() => Run(_hamerly);

    [Benchmark(OperationsPerInvoke = Iterations)]
    public double Elkan() => Run(_elkan);

    private double Run(LloydSolver<double> solver)
    {
        _start.CopyTo(solver.Centres);
        return solver.Run(Iterations, 0, CancellationToken.None).Inertia;
    }
}
