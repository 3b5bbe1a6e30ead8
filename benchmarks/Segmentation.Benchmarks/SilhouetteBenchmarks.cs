using BenchmarkDotNet.Attributes;
using Segmentation.Clustering;
using Segmentation.Evaluation;

namespace Segmentation.Benchmarks;

/// <summary>
/// Exact silhouette on n x 16 rows, k = 8. With SEGMENTATION_PEERS_DATA set to a gen_blobs.py prefix (for example
/// /tmp/peers_data/blobs80k) the first n rows of PREFIX.f32 and the scikit-learn labels beside it
/// (labels/PREFIX-name.sklearn_lloyd_f64.k8.s0.labels.i32, written by sklearn_bench.py's kmeans_lloyd_f64 task) are
/// used, so the figure compares with sklearn_bench.py --task silhouette_exact_20k on the same data; otherwise seeded
/// synthetic blobs. MemoryDiagnoser shows the allocation growing linearly with n (20,000 vs 80,000 rows).
/// </summary>
[MemoryDiagnoser]
public class SilhouetteBenchmarks
{
    private DenseMatrix _data = null!;
    private int[] _labels = null!;

    /// <summary>Rows scored.</summary>
    [Params(20_000, 80_000)]
    public int Rows { get; set; }

    /// <summary>Threads: 2, like scikit-learn's OpenMP threads on this machine.</summary>
    [Params(2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup() => (_data, _labels) = SilhouetteBenchmarkData.Load(Rows, features: 16, clusters: 8);

    [Benchmark]
    public double ExactSilhouette() => Silhouette.Compute(_data, _labels, Threads).Mean;
}
