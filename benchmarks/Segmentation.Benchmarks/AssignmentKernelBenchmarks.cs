using BenchmarkDotNet.Attributes;
using Segmentation.Clustering;
using Segmentation.Synthetic;

namespace Segmentation.Benchmarks;

/// <summary>
/// Labelling every row once: exact differences per centre (baseline) against the register-blocked norms-trick kernel,
/// on double rows scored in double and on the same values stored as float and scored in float.
/// </summary>
[MemoryDiagnoser]
public class AssignmentKernelBenchmarks
{
    private KMeansProblem<double> _problem = null!;
    private KMeansProblem<float> _singleProblem = null!;
    private CentrePack _pack = null!;
    private CentrePack _singlePack = null!;
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
        var single = new SinglePrecisionMatrix(Array.ConvertAll(data.Values.ToArray(), value => (float)value), Rows, Features);
        _singleProblem = KMeansProblem.Create(single, null, Clusters, 1);
        _singlePack = new CentrePack(Clusters, Features, singlePrecision: true);
        _singlePack.Load(data.Values[..(Clusters * Features)]);
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
        NearestCentreKernel.Assign(_problem.Values, _problem.RowNorms, 0, _problem.Rows, _pack, _labels);
        return _labels[^1];
    }

    [Benchmark]
    public int NormsTrickSingle()
    {
        NearestCentreKernel.Assign(_singleProblem.Values, _singleProblem.RowNorms, 0, _singleProblem.Rows, _singlePack, _labels);
        return _labels[^1];
    }
}
