using BenchmarkDotNet.Attributes;
using Segmentation.Clustering;
using Segmentation.Synthetic;

namespace Segmentation.Benchmarks;

/// <summary>Choosing the first centres: greedy k-means++ (baseline), k distinct random rows, and k-means||.</summary>
[MemoryDiagnoser]
public class KMeansInitializationBenchmarks
{
    private KMeansProblem<double> _problem = null!;
    private KMeansInitializer<double> _initializer = null!;
    private double[] _centres = [];

    [Params(10_000, 1_000_000)]
    public int Rows { get; set; }

    [Params(16)]
    public int Features { get; set; }

    [Params(8, 32)]
    public int Clusters { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _problem = KMeansProblem.Create(SyntheticBlobs.Generate(Rows, Features, Clusters), null, Clusters, 2);
        _initializer = new KMeansInitializer<double>(_problem, Clusters);
        _centres = new double[Clusters * Features];
    }

    [Benchmark(Baseline = true)]
    public double KMeansPlusPlus() => Choose(KMeansInitialization.KMeansPlusPlus);

    [Benchmark]
    public double Random() => Choose(KMeansInitialization.Random);

    [Benchmark]
    public double KMeansParallel() => Choose(KMeansInitialization.KMeansParallel);

    private double Choose(KMeansInitialization initialization)
    {
        _initializer.Choose(initialization, new Random(42), _centres, 42, CancellationToken.None);
        return _centres[0];
    }
}
