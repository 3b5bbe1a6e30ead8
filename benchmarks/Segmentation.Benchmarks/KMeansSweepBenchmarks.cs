using BenchmarkDotNet.Attributes;
using Segmentation.Clustering;
using Segmentation.Synthetic;

namespace Segmentation.Benchmarks;

/// <summary>
/// The k sweep 2..10, one k-means++ start per k: a loop of independent fits (baseline, what scikit-learn users write)
/// against <see cref="KMeans.FitRange(KMeansOptions, DenseMatrix, int, int, CancellationToken)"/>, which checks the data
/// and computes the norms, means and tolerance once (and fits the ks in parallel on one-block data).
/// </summary>
[MemoryDiagnoser]
public class KMeansSweepBenchmarks
{
    private const int MinimumClusters = 2;
    private const int MaximumClusters = 10;
    private readonly KMeansOptions _options = new() { Restarts = 1, MaxDegreeOfParallelism = 2 };
    private DenseMatrix _data = null!;

    [Params(4_000, 200_000)]
    public int Rows { get; set; }

    [Params(16)]
    public int Features { get; set; }

    [GlobalSetup]
    public void Setup() => _data = SyntheticBlobs.Generate(Rows, Features, centres: 6);

    [Benchmark(Baseline = true)]
    public double LoopOfFits()
    {
        var total = 0.0;
        for (var k = MinimumClusters; k <= MaximumClusters; k++)
        {
            total += new KMeans(_options with { ClusterCount = k }).Fit(_data).Inertia;
        }

        return total;
    }

    [Benchmark]
    public double FitRange() => KMeans.FitRange(_options, _data, MinimumClusters, MaximumClusters).Sum(model => model.Inertia);
}
