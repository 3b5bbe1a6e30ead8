using Segmentation.Clustering;
using Segmentation.Synthetic;

namespace Segmentation.Tests.Clustering;

/// <summary>Guards the fast paths of the K-Means iteration: each must give the same bits as the general path.</summary>
public sealed class KMeansKernelGuardTests
{
    [TestCase(KMeansAlgorithm.Lloyd, 1)]
    [TestCase(KMeansAlgorithm.Hamerly, 1)]
    [TestCase(KMeansAlgorithm.Hamerly, 2)]
    [TestCase(KMeansAlgorithm.Elkan, 2)]
    public void Weights_of_one_give_the_same_bits_as_no_weights(KMeansAlgorithm algorithm, int threads)
    {
        // 17 features: the unit-weight sum runs its 8-wide, 4-wide and scalar parts.
        var data = SyntheticBlobs.Generate(rows: 12_000, features: 17, centres: 7, seed: 3);
        var ones = Enumerable.Repeat(1.0, data.Rows).ToArray();

        var (plainResult, plain) = Run(data, null, clusterCount: 7, algorithm, threads);
        var (weightedResult, weighted) = Run(data, ones, clusterCount: 7, algorithm, threads);

        Assert.That(weighted.Labels, Is.EqualTo(plain.Labels));
        Assert.That(Bits(weighted.Centres.ToArray()), Is.EqualTo(Bits(plain.Centres.ToArray())));
        Assert.That(BitConverter.DoubleToInt64Bits(weightedResult.Inertia), Is.EqualTo(BitConverter.DoubleToInt64Bits(plainResult.Inertia)));
        Assert.That(weightedResult.Iterations, Is.EqualTo(plainResult.Iterations));
    }

    [TestCase(KMeansAlgorithm.Hamerly, 5)]
    [TestCase(KMeansAlgorithm.Hamerly, 8)]
    [TestCase(KMeansAlgorithm.Hamerly, 13)]
    [TestCase(KMeansAlgorithm.Elkan, 5)]
    [TestCase(KMeansAlgorithm.Elkan, 8)]
    [TestCase(KMeansAlgorithm.Elkan, 13)]
    public void Bounds_give_the_same_bits_as_Lloyd_with_sample_weights(KMeansAlgorithm algorithm, int clusterCount)
    {
        var data = SyntheticBlobs.Generate(rows: 15_000, features: 16, centres: 8, seed: 21);
        var random = new Random(4);
        var weights = Enumerable.Range(0, data.Rows).Select(_ => 0.25 + (2 * random.NextDouble())).ToArray();

        var (lloydResult, lloyd) = Run(data, weights, clusterCount, KMeansAlgorithm.Lloyd, threads: 2);
        var (hamerlyResult, hamerly) = Run(data, weights, clusterCount, algorithm, threads: 2);

        Assert.That(hamerly.Labels, Is.EqualTo(lloyd.Labels));
        Assert.That(Bits(hamerly.Centres.ToArray()), Is.EqualTo(Bits(lloyd.Centres.ToArray())));
        Assert.That(BitConverter.DoubleToInt64Bits(hamerlyResult.Inertia), Is.EqualTo(BitConverter.DoubleToInt64Bits(lloydResult.Inertia)));
        Assert.That(hamerlyResult.Iterations, Is.EqualTo(lloydResult.Iterations));
    }

    [TestCase(300, 1.0)]
    [TestCase(16, 1e19)]
    public void Bounds_give_the_same_bits_as_Lloyd_where_rows_are_scored_in_double(int features, double scale)
    {
        // Past 256 features double rows are not rounded to float for scoring, and squared norms past 1e36 keep every
        // score in double: Hamerly's search then goes four rows at a time, still against float bound offsets.
        var blobs = SyntheticBlobs.Generate(rows: 6_000, features: features, centres: 6, seed: 17);
        var data = new DenseMatrix(blobs.Values.ToArray().Select(value => value * scale).ToArray(), blobs.Rows, features);

        var (lloydResult, lloyd) = Run(data, null, clusterCount: 6, KMeansAlgorithm.Lloyd, threads: 2);
        var (hamerlyResult, hamerly) = Run(data, null, clusterCount: 6, KMeansAlgorithm.Hamerly, threads: 2);

        Assert.That(hamerly.Labels, Is.EqualTo(lloyd.Labels));
        Assert.That(Bits(hamerly.Centres.ToArray()), Is.EqualTo(Bits(lloyd.Centres.ToArray())));
        Assert.That(BitConverter.DoubleToInt64Bits(hamerlyResult.Inertia), Is.EqualTo(BitConverter.DoubleToInt64Bits(lloydResult.Inertia)));
        Assert.That(hamerlyResult.Iterations, Is.EqualTo(lloydResult.Iterations));
    }

    private static (KMeansStartResult Result, LloydSolver<double> Solver) Run(DenseMatrix data, double[]? weights, int clusterCount, KMeansAlgorithm algorithm, int threads)
    {
        var problem = KMeansProblem.Create(data, weights, clusterCount, threads);
        var solver = new LloydSolver<double>(problem, clusterCount, algorithm);
        data.Values[..(clusterCount * data.Columns)].CopyTo(solver.Centres);
        return (solver.Run(300, 0, CancellationToken.None), solver);
    }

    private static long[] Bits(double[] values) => values.Select(BitConverter.DoubleToInt64Bits).ToArray();
}
