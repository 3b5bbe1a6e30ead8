using Segmentation.Clustering;

namespace Segmentation.Tests.Clustering;

/// <summary>
/// The norms-trick kernel against exact differences, in double and in single precision, at scales where the trick's
/// rounding matters: far from the origin, tiny, and rows exactly between two centres.
/// </summary>
public sealed class NearestCentreKernelTests
{
    private static readonly double[] Scales = [1e-20, 1e-3, 1, 1e4, 1e15];

    [TestCase(8, 16)]
    [TestCase(3, 5)]
    [TestCase(13, 17)]
    [TestCase(40, 2)]
    public void Single_precision_labels_every_row_as_exact_distances_do(int clusterCount, int features)
    {
        foreach (var scale in Scales)
        {
            var (values, centres) = NearTies(rows: 4_000, features, clusterCount, scale, seed: clusterCount + features);
            var problem = KMeansProblem.Create(new SinglePrecisionMatrix(values, 4_000, features), null, clusterCount, 1);
            var pack = new CentrePack(clusterCount, features, singlePrecision: true);
            pack.Load(centres);
            var labels = new int[problem.Rows];

            NearestCentreKernel.Assign<float>(problem.Values, problem.RowNorms, 0, problem.Rows, pack, labels);

            for (var row = 0; row < problem.Rows; row++)
            {
                var exact = SquaredDistance.Nearest<float>(problem.Row(row), centres, clusterCount, out _);
                Assert.That(labels[row], Is.EqualTo(exact), $"row {row} at scale {scale}");
            }
        }
    }

    [TestCase(true)]
    [TestCase(false)]
    public void Every_score_is_within_the_error_bound_of_the_exact_squared_distance(bool singlePrecision)
    {
        const int ClusterCount = 9;
        const int Features = 11;
        foreach (var scale in Scales)
        {
            var (values, centres) = NearTies(rows: 400, Features, ClusterCount, scale, seed: 5);
            var problem = KMeansProblem.Create(new SinglePrecisionMatrix(values, 400, Features), null, ClusterCount, 1);
            var pack = new CentrePack(ClusterCount, Features, singlePrecision);
            pack.Load(centres);
            var scores = new double[NearestCentreKernel.RowTile * pack.PaddedCount];

            for (var row = 0; row < problem.Rows; row++)
            {
                NearestCentreKernel.ScoreFourRows<float>(problem.Values, row, row, row, row, pack, scores);
                var norm = problem.RowNorms[row];
                for (var cluster = 0; cluster < ClusterCount; cluster++)
                {
                    var exact = SquaredDistance.Between<float>(problem.Row(row), centres.AsSpan(cluster * Features, Features));
                    // The bound covers a difference of two scores, so one score must sit within half of it.
                    Assert.That(Math.Abs(norm + scores[cluster] - exact), Is.LessThanOrEqualTo(NearestCentreKernel.ErrorBound(norm, pack) / 2), $"row {row}, centre {cluster}, scale {scale}");
                }
            }
        }
    }

    [Test]
    public void A_solver_on_float_rows_too_large_for_float_scores_still_labels_exactly()
    {
        // Squared norms near 1e38 would overflow a float score: the solver keeps double arithmetic for these.
        var (values, centres) = NearTies(rows: 2_000, features: 4, clusterCount: 3, scale: 4e18, seed: 2);
        var problem = KMeansProblem.Create(new SinglePrecisionMatrix(values, 2_000, 4), null, 3, 1);
        var solver = new LloydSolver<float>(problem, 3, KMeansAlgorithm.Lloyd);
        centres.CopyTo(solver.Centres);

        solver.Run(1, 0, CancellationToken.None);

        Assert.That(problem.LargestRowNorm, Is.GreaterThan(1e36));
        Assert.That(solver.Labels.Distinct().Count(), Is.EqualTo(3));
    }

    /// <summary>
    /// Float rows at <paramref name="scale"/>: a third scattered, a third exactly halfway between two centres (a tie
    /// in exact arithmetic), a third a hair off halfway; the centres are offset from the origin by 100 times their spread.
    /// </summary>
    private static (float[] Values, double[] Centres) NearTies(int rows, int features, int clusterCount, double scale, int seed)
    {
        var random = new Random(seed);
        var centres = new double[clusterCount * features];
        for (var i = 0; i < centres.Length; i++)
        {
            centres[i] = (float)(scale * (100 + random.NextDouble()));
        }

        var values = new float[rows * features];
        for (var row = 0; row < rows; row++)
        {
            var a = random.Next(clusterCount);
            var b = (a + 1 + random.Next(clusterCount - 1)) % clusterCount;
            for (var j = 0; j < features; j++)
            {
                var first = centres[(a * features) + j];
                var second = centres[(b * features) + j];
                values[(row * features) + j] = (row % 3) switch
                {
                    0 => (float)(first + (scale * (random.NextDouble() - 0.5))),
                    1 => (float)((first + second) / 2),
                    _ => (float)(((first + second) / 2) + (scale * 1e-6 * (random.NextDouble() - 0.5))),
                };
            }
        }

        return (values, centres);
    }
}
