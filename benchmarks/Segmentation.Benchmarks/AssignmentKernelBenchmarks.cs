using BenchmarkDotNet.Attributes;
using Segmentation.Clustering;
using Segmentation.Synthetic;

namespace Segmentation.Benchmarks;

/// <summary>Labelling every row once: exact differences per centre (baseline) against the register-blocked norms-trick kernel.</summary>
[MemoryDiagnoser]
public class AssignmentKernelBenchmarks
{
    private KMeansProblem<double> _problem = null!;
    private CentrePack _pack = null!;
    private int[] _labels = [];
    private double[] _distances = [];

    [Params(10_000, 1_000_000)]
    public int Rows { get; set; }

    [Params(2, 16, 64)]
    public int Features { get; set; }

    [Params(8, 32)]
    public int Clusters { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var data = SyntheticBlobs.Generate(Rows, Features, Clusters);
        _problem = KMeansProblem.Create(data, null, Clusters, 1);
        _pack = new CentrePack(Clusters, Features);
        _pack.Load(data.Values[..(Clusters * Features)]);
        _labels = new int[Rows];
        _distances = new double[Rows];
    }

    [Benchmark(Baseline = true)]
    public int Exact()
    {
        for (var row = 0; row < _problem.Rows; row++)
        {
            _labels[row] = SquaredDistance.Nearest(_problem.Row(row), _pack.Centres, Clusters, out _distances[row]);
        }

        return _labels[^1];
    }

    [Benchmark]
    public int NormsTrick()
    {
        NearestCentreKernel.Assign(_problem.Values, _problem.RowNorms, 0, _problem.Rows, _pack, _labels, _distances);
        return _labels[^1];
    }
}
