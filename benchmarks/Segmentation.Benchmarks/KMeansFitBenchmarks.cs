using BenchmarkDotNet.Attributes;
using Segmentation.Clustering;
using Segmentation.Synthetic;

namespace Segmentation.Benchmarks;

/// <summary>
/// One whole fit (one k-means++ start, default tolerance): plain Lloyd against Hamerly's and Elkan's bounds, and Auto on
/// the same values stored as float32.
/// </summary>
[MemoryDiagnoser]
public class KMeansFitBenchmarks
{
    private DenseMatrix _data = null!;
    private SinglePrecisionMatrix _single = null!;

    [Params(10_000, 200_000)]
    public int Rows { get; set; }

    [Params(2, 16)]
    public int Features { get; set; }

    [Params(8)]
    public int Clusters { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _data = SyntheticBlobs.Generate(Rows, Features, Clusters);
        var values = new float[_data.Values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = (float)_data.Values[i];
        }

        _single = new SinglePrecisionMatrix(values, Rows, Features);
    }

    [Benchmark(Baseline = true)]
    public double Lloyd() => Fit(KMeansAlgorithm.Lloyd);

    [Benchmark]
    public double Hamerly() => Fit(KMeansAlgorithm.Hamerly);

    [Benchmark]
    public double Elkan() => Fit(KMeansAlgorithm.Elkan);

    [Benchmark]
    public double AutoOnFloat32() => Estimator(KMeansAlgorithm.Auto).Fit(_single).Inertia;

    private double Fit(KMeansAlgorithm algorithm) => Estimator(algorithm).Fit(_data).Inertia;

    private KMeans Estimator(KMeansAlgorithm algorithm) =>
        new(new KMeansOptions { ClusterCount = Clusters, Restarts = 1, Algorithm = algorithm, MaxDegreeOfParallelism = 2 });
}
