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
    public void Single_precision_labels_every_float_row_as_exact_distances_do(int clusterCount, int features)
    {
        foreach (var scale in Scales)
        {
            var (values, centres) = NearTies(rows: 4_000, features, clusterCount, scale, seed: clusterCount + features);
            var problem = KMeansProblem.Create(new SinglePrecisionMatrix(values, 4_000, features), null, clusterCount, 1);
            AssertExactLabels(problem, centres, clusterCount, scale);
        }
    }

    [TestCase(8, 16)]
    [TestCase(13, 17)]
    public void Single_precision_labels_every_double_row_as_exact_distances_do(int clusterCount, int features)
    {
        foreach (var scale in Scales)
        {
            // Doubles a hair off the float grid, so that rounding them to float for scoring matters.
            var (values, centres) = NearTies(rows: 4_000, features, clusterCount, scale, seed: clusterCount);
            var doubles = values.Select((value, i) => value * (1 + (1e-9 * ((i % 7) - 3)))).ToArray();
            var problem = KMeansProblem.Create(new DenseMatrix(doubles, 4_000, features), null, clusterCount, 1);
            AssertExactLabels(problem, centres, clusterCount, scale);
        }
    }

    private static void AssertExactLabels<T>(KMeansProblem<T> problem, double[] centres, int clusterCount, double scale)
        where T : unmanaged, System.Numerics.IBinaryFloatingPointIeee754<T>
    {
        var pack = new CentrePack(clusterCount, problem.Features, singlePrecision: true);
        pack.Load(centres);
        var labels = new int[problem.Rows];

        NearestCentreKernel.Assign<T>(problem.Values, problem.RowNorms, 0, problem.Rows, pack, labels);

        for (var row = 0; row < problem.Rows; row++)
        {
            var exact = SquaredDistance.Nearest<T>(problem.Row(row), centres, clusterCount, out _);
            Assert.That(labels[row], Is.EqualTo(exact), $"row {row} at scale {scale}");
        }
    }

    [TestCase(true, false)]
    [TestCase(false, false)]
    [TestCase(true, true)]
    public void Every_score_is_within_the_error_bound_of_the_exact_squared_distance(bool singlePrecision, bool doubleRows)
    {
        const int ClusterCount = 9;
        const int Features = 11;
        foreach (var scale in Scales)
        {
            var (values, centres) = NearTies(rows: 400, Features, ClusterCount, scale, seed: 5);
            if (doubleRows)
            {
                var doubles = values.Select((value, i) => value * (1 + (1e-9 * ((i % 7) - 3)))).ToArray();
                AssertScoresWithinBound(KMeansProblem.Create(new DenseMatrix(doubles, 400, Features), null, ClusterCount, 1), centres, singlePrecision, scale);
            }
            else
            {
                AssertScoresWithinBound(KMeansProblem.Create(new SinglePrecisionMatrix(values, 400, Features), null, ClusterCount, 1), centres, singlePrecision, scale);
            }
        }
    }

    private static void AssertScoresWithinBound<T>(KMeansProblem<T> problem, double[] centres, bool singlePrecision, double scale)
        where T : unmanaged, System.Numerics.IBinaryFloatingPointIeee754<T>
    {
        var clusterCount = centres.Length / problem.Features;
        var pack = new CentrePack(clusterCount, problem.Features, singlePrecision);
        pack.Load(centres);
        var scores = new double[NearestCentreKernel.RowTile * pack.PaddedCount];
        for (var row = 0; row < problem.Rows; row++)
        {
            NearestCentreKernel.ScoreFourRows<T>(problem.Values, row, row, row, row, pack, scores);
            var norm = problem.RowNorms[row];
            for (var cluster = 0; cluster < clusterCount; cluster++)
            {
                var exact = SquaredDistance.Between<T>(problem.Row(row), centres.AsSpan(cluster * problem.Features, problem.Features));
                // The bound covers a difference of two scores, so one score must sit within half of it.
                Assert.That(Math.Abs(norm + scores[cluster] - exact), Is.LessThanOrEqualTo(NearestCentreKernel.ErrorBound(norm, pack) / 2), $"row {row}, centre {cluster}, scale {scale}");
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
