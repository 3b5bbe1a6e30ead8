using BenchmarkDotNet.Attributes;
using Segmentation.Clustering;
using Segmentation.Synthetic;

namespace Segmentation.Benchmarks;

/// <summary>One whole fit (one k-means++ start, default tolerance): plain Lloyd against Hamerly's bounds (what Auto picks).</summary>
[MemoryDiagnoser]
public class KMeansFitBenchmarks
{
    private DenseMatrix _data = null!;

    [Params(10_000, 200_000)]
    public int Rows { get; set; }

    [Params(2, 16)]
    public int Features { get; set; }

    [Params(8)]
    public int Clusters { get; set; }

    [GlobalSetup]
    public void Setup() => _data = SyntheticBlobs.Generate(Rows, Features, Clusters);

    [Benchmark(Baseline = true)]
    public double Lloyd() => Fit(KMeansAlgorithm.Lloyd);

    [Benchmark]
    public double Hamerly() => Fit(KMeansAlgorithm.Hamerly);

    private double Fit(KMeansAlgorithm algorithm) =>
        new KMeans(new KMeansOptions { ClusterCount = Clusters, Restarts = 1, Algorithm = algorithm, MaxDegreeOfParallelism = 2 })
            .Fit(_data).Inertia;
}
