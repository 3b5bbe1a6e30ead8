using Segmentation.Clustering;
using Segmentation.Synthetic;

namespace Segmentation.Tests.Clustering;

public sealed class KMeansTests
{
    /// <summary>(0,0), (0,1), (10,0), (10,1): two tight pairs 10 apart.</summary>
    private static DenseMatrix FourPoints() => new(new double[,] { { 0, 0 }, { 0, 1 }, { 10, 0 }, { 10, 1 } });

    [TestCase(KMeansInitialization.KMeansPlusPlus)]
    [TestCase(KMeansInitialization.Random)]
    [TestCase(KMeansInitialization.KMeansParallel)]
    public void Four_points_in_two_pairs_have_inertia_one_for_every_initialization(KMeansInitialization initialization)
    {
        // Each pair's centre is its midpoint, 0.5 from both members: inertia = 4 x 0.5^2 = 1.
        var model = new KMeans(new KMeansOptions { ClusterCount = 2, Initialization = initialization }).Fit(FourPoints());

        Assert.That(model.Inertia, Is.EqualTo(1.0).Within(1e-12));
        Assert.That(model.Labels[0], Is.EqualTo(model.Labels[1]));
        Assert.That(model.Labels[2], Is.EqualTo(model.Labels[3]));
        Assert.That(model.Labels[0], Is.Not.EqualTo(model.Labels[2]));
        var centres = Enumerable.Range(0, 2).Select(c => model.Centroids.Row(c).ToArray()).OrderBy(c => c[0]).ToArray();
        Assert.That(centres[0], Is.EqualTo(new[] { 0.0, 0.5 }).Within(1e-12));
        Assert.That(centres[1], Is.EqualTo(new[] { 10.0, 0.5 }).Within(1e-12));
        Assert.That(model.Converged, Is.True);
    }

    [TestCase(KMeansInitialization.KMeansPlusPlus)]
    [TestCase(KMeansInitialization.Random)]
    [TestCase(KMeansInitialization.KMeansParallel)]
    public void One_cluster_has_the_mean_as_centre_and_the_total_sum_of_squares_as_inertia(KMeansInitialization initialization)
    {
        // Mean (5, 0.5); every point is 5^2 + 0.5^2 = 25.25 away: inertia 101.
        var model = new KMeans(new KMeansOptions { ClusterCount = 1, Initialization = initialization }).Fit(FourPoints());

        Assert.That(model.Inertia, Is.EqualTo(101.0).Within(1e-12));
        Assert.That(model.Centroids.Row(0).ToArray(), Is.EqualTo(new[] { 5.0, 0.5 }).Within(1e-12));
    }

    [Test]
    public void Sample_weights_pull_the_centre_and_weigh_the_inertia()
    {
        // Left pair with weights 1 and 3: centre (0, 0.75), inertia 1 x 0.75^2 + 3 x 0.25^2 = 0.75; right pair 0.5.
        var model = new KMeans(2).Fit(FourPoints(), [1, 3, 1, 1]);

        Assert.That(model.Inertia, Is.EqualTo(1.25).Within(1e-12));
        var left = model.Centroids.Row(model.Labels[0]).ToArray();
        Assert.That(left, Is.EqualTo(new[] { 0.0, 0.75 }).Within(1e-12));
    }

    [Test]
    public void Restarts_keep_the_lowest_inertia()
    {
        // A random start that takes both rows of one pair is stuck at the pairs' columns: inertia 4 x 5^2 = 100.
        var stuckSeed = Enumerable.Range(0, 200).First(seed => FitRandom(seed, restarts: 1).Inertia > 99);
        var single = FitRandom(stuckSeed, restarts: 1);
        var restarted = FitRandom(stuckSeed, restarts: 10);

        Assert.That(single.Inertia, Is.EqualTo(100.0).Within(1e-12));
        Assert.That(restarted.Inertia, Is.EqualTo(1.0).Within(1e-12));
        var byRestarts = Enumerable.Range(1, 10).Select(r => FitRandom(stuckSeed, r).Inertia).ToArray();
        Assert.That(byRestarts, Is.Ordered.Descending, "each extra start can only lower the kept inertia");
    }

    [Test]
    public void Empty_cluster_is_relocated_to_the_farthest_point()
    {
        // Rows 0, 0, 10, 11 from two centres both at 0: cluster 1 is empty, takes 11 (the farthest), and the fit
        // ends at {0, 0} and {10, 11}: inertia 2 x 0.5^2 = 0.5.
        var data = new DenseMatrix([0, 0, 10, 11], 4, 1);
        var problem = KMeansProblem.Create(data, null, 2, 1);
        var solver = new LloydSolver<double>(problem, 2);
        solver.Centres.Clear();

        var result = solver.Run(300, 0, CancellationToken.None);

        Assert.That(result.RelocatedClusters, Is.EqualTo(1));
        Assert.That(result.Inertia, Is.EqualTo(0.5).Within(1e-12));
        Assert.That(solver.Labels, Is.EqualTo(new[] { 0, 0, 1, 1 }));
    }

    [Test]
    public void Fewer_distinct_points_than_clusters_is_a_diagnostic_not_a_crash()
    {
        var data = new DenseMatrix([1, 1, 1, 2, 2], 5, 1);

        var model = new KMeans(3).Fit(data);

        Assert.That(model.Inertia, Is.Zero);
        Assert.That(model.Diagnostics, Has.Some.StartsWith("distinct points=2 < clusterCount=3"));
    }

    [Test]
    public void More_clusters_than_rows_is_a_data_error_quoting_both()
    {
        var data = new DenseMatrix([1, 2, 3], 3, 1);

        var error = Assert.Throws<SegmentationDataException>(() => new KMeans(5).Fit(data));

        Assert.That(error.Message, Is.EqualTo("rows=3 must be >= clusterCount=5."));
    }

    [TestCase(double.NaN, "NaN")]
    [TestCase(double.PositiveInfinity, "Infinity")]
    public void A_value_that_is_not_finite_is_a_data_error_naming_row_and_feature(double value, string text)
    {
        var data = new DenseMatrix([1, 2, 3, 4, 5, value], 3, 2);

        var error = Assert.Throws<SegmentationDataException>(() => new KMeans(2).Fit(data));

        Assert.That(error.RowIndex, Is.EqualTo(2));
        Assert.That(error.ColumnName, Is.EqualTo("feature 1"));
        Assert.That(error.Message, Does.StartWith($"row=2 feature=1 value={text}:"));
    }

    [Test]
    public void Weights_of_the_wrong_length_are_an_argument_error()
    {
        var error = Assert.Throws<ArgumentException>(() => new KMeans(2).Fit(FourPoints(), [1, 1, 1]));

        Assert.That(error.Message, Does.StartWith("sampleWeights.Count=3 must equal rows=4."));
    }

    [Test]
    public void A_negative_weight_is_an_argument_error()
    {
        var error = Assert.Throws<ArgumentException>(() => new KMeans(2).Fit(FourPoints(), [1, -1, 1, 1]));

        Assert.That(error.Message, Does.StartWith("sampleWeights[1]=-1 must be a finite number >= 0."));
    }

    [Test]
    public void A_cancelled_token_stops_the_fit()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();

        Assert.Throws<OperationCanceledException>(() => new KMeans(2).Fit(FourPoints(), source.Token));
    }

    [Test]
    public void Predict_gives_the_training_labels_back()
    {
        var data = SyntheticBlobs.Generate(rows: 500, features: 3, centres: 4, seed: 7);
        var model = new KMeans(4).Fit(data);

        Assert.That(KMeans.Predict(model, data), Is.EqualTo(model.Labels));
    }

    [Test]
    public void Predict_with_other_columns_is_an_argument_error()
    {
        var model = new KMeans(2).Fit(FourPoints());

        var error = Assert.Throws<ArgumentException>(() => KMeans.Predict(model, new DenseMatrix([1, 2, 3], 1, 3)));

        Assert.That(error.Message, Does.StartWith("data.Columns=3 must equal the model's features=2."));
    }

    [Test]
    public void Zero_tolerance_runs_until_the_labels_stop_changing()
    {
        var data = SyntheticBlobs.Generate(rows: 2000, features: 4, centres: 5, seed: 3);

        var model = new KMeans(new KMeansOptions { ClusterCount = 5, Tolerance = 0, Restarts = 1 }).Fit(data);

        Assert.That(model.Converged, Is.True);
        Assert.That(KMeans.Predict(model, data), Is.EqualTo(model.Labels));
    }

    [Test]
    public void The_iteration_limit_is_reported_when_reached()
    {
        var data = SyntheticBlobs.Generate(rows: 2000, features: 4, centres: 5, seed: 3);

        var model = new KMeans(new KMeansOptions { ClusterCount = 12, Tolerance = 0, Restarts = 1, MaximumIterations = 1 }).Fit(data);

        Assert.That(model.Iterations, Is.EqualTo(1));
        Assert.That(model.Converged, Is.False);
        Assert.That(model.Diagnostics, Has.Some.Contains("MaximumIterations=1"));
    }

    [TestCase(KMeansInitialization.KMeansPlusPlus)]
    [TestCase(KMeansInitialization.Random)]
    [TestCase(KMeansInitialization.KMeansParallel)]
    public void Same_seed_gives_bit_identical_results_at_1_2_and_16_threads(KMeansInitialization initialization)
    {
        // 30,000 rows span several fixed row blocks, so the threads really split the work.
        var data = SyntheticBlobs.Generate(rows: 30_000, features: 5, centres: 6, seed: 11);
        KMeansModel Fit(int threads) => new KMeans(new KMeansOptions
        {
            ClusterCount = 6, Initialization = initialization, Restarts = 2, MaxDegreeOfParallelism = threads,
        }).Fit(data);

        var one = Fit(1);
        foreach (var threads in new[] { 2, 16 })
        {
            var other = Fit(threads);
            Assert.That(other.Labels, Is.EqualTo(one.Labels), $"labels at {threads} threads");
            Assert.That(other.Centroids.Values.ToArray(), Is.EqualTo(one.Centroids.Values.ToArray()), $"centres at {threads} threads");
            Assert.That(BitConverter.DoubleToInt64Bits(other.Inertia), Is.EqualTo(BitConverter.DoubleToInt64Bits(one.Inertia)));
            Assert.That(other.Iterations, Is.EqualTo(one.Iterations));
        }
    }

    [Test]
    public void Every_start_seed_comes_from_the_fit_seed()
    {
        var first = KMeans.StartSeeds(42, 10);
        Assert.That(KMeans.StartSeeds(42, 10), Is.EqualTo(first));
        Assert.That(KMeans.StartSeeds(42, 3), Is.EqualTo(KMeans.StartSeeds(42, 10).Take(3)));
        Assert.That(KMeans.StartSeeds(43, 10), Is.Not.EqualTo(KMeans.StartSeeds(42, 10)));
    }

    [TestCase(KMeansAlgorithm.Lloyd, null)]
    [TestCase(KMeansAlgorithm.Hamerly, null)]
    [TestCase(KMeansAlgorithm.Hamerly, 7)]
    [TestCase(KMeansAlgorithm.Elkan, 7)]
    public void Centres_kept_up_to_date_row_by_row_are_the_means_of_their_rows(KMeansAlgorithm algorithm, int? weightSeed)
    {
        // The sums are updated only by the rows that change cluster; after many moves they must still be the plain means.
        var data = SyntheticBlobs.Generate(rows: 20_000, features: 5, centres: 6, seed: 4);
        var random = new Random(weightSeed ?? 0);
        double[]? weights = weightSeed is null ? null : Enumerable.Range(0, data.Rows).Select(_ => random.NextDouble() * 3).ToArray();
        var model = new KMeans(new KMeansOptions { ClusterCount = 9, Tolerance = 0, Algorithm = algorithm, Seed = 1 }).Fit(data, weights);

        Assert.That(model.Converged, Is.True);
        for (var cluster = 0; cluster < 9; cluster++)
        {
            var members = Enumerable.Range(0, data.Rows).Where(row => model.Labels[row] == cluster).ToArray();
            var total = members.Sum(row => weights?[row] ?? 1.0);
            for (var feature = 0; feature < 5; feature++)
            {
                var mean = members.Sum(row => (weights?[row] ?? 1.0) * data[row, feature]) / total;
                Assert.That(model.Centroids[cluster, feature], Is.EqualTo(mean).Within(1e-9 * (1 + Math.Abs(mean))));
            }
        }
    }

    [TestCase(KMeansAlgorithm.Hamerly, 3)]
    [TestCase(KMeansAlgorithm.Hamerly, 8)]
    [TestCase(KMeansAlgorithm.Hamerly, 20)]
    [TestCase(KMeansAlgorithm.Elkan, 3)]
    [TestCase(KMeansAlgorithm.Elkan, 8)]
    [TestCase(KMeansAlgorithm.Elkan, 20)]
    public void Bounds_give_the_same_labels_and_centres_as_Lloyd_from_the_same_start(KMeansAlgorithm algorithm, int clusterCount)
    {
        var data = SyntheticBlobs.Generate(rows: 20_000, features: 6, centres: 8, seed: 5);
        var problem = KMeansProblem.Create(data, null, clusterCount, 2);
        var lloyd = new LloydSolver<double>(problem, clusterCount, KMeansAlgorithm.Lloyd);
        var hamerly = new LloydSolver<double>(problem, clusterCount, algorithm);
        data.Values[..(clusterCount * 6)].CopyTo(lloyd.Centres);
        data.Values[..(clusterCount * 6)].CopyTo(hamerly.Centres);

        var plain = lloyd.Run(300, 0, CancellationToken.None);
        var bounded = hamerly.Run(300, 0, CancellationToken.None);

        Assert.That(bounded.Iterations, Is.EqualTo(plain.Iterations));
        Assert.That(hamerly.Labels, Is.EqualTo(lloyd.Labels));
        Assert.That(hamerly.Centres.ToArray(), Is.EqualTo(lloyd.Centres.ToArray()));
        Assert.That(bounded.Inertia, Is.EqualTo(plain.Inertia));
    }

    [TestCase(KMeansAlgorithm.Lloyd)]
    [TestCase(KMeansAlgorithm.Hamerly)]
    [TestCase(KMeansAlgorithm.Elkan)]
    public void Every_algorithm_gives_the_same_fit(KMeansAlgorithm algorithm)
    {
        var data = SyntheticBlobs.Generate(rows: 3000, features: 4, centres: 5, seed: 9);
        KMeansModel Fit(KMeansAlgorithm a) => new KMeans(new KMeansOptions { ClusterCount = 5, Algorithm = a, Restarts = 3 }).Fit(data);

        var auto = Fit(KMeansAlgorithm.Auto);
        var other = Fit(algorithm);

        Assert.That(other.Labels, Is.EqualTo(auto.Labels));
        Assert.That(other.Inertia, Is.EqualTo(auto.Inertia));
    }

    private static KMeansModel FitRandom(int seed, int restarts) =>
        new KMeans(new KMeansOptions { ClusterCount = 2, Initialization = KMeansInitialization.Random, Restarts = restarts, Seed = seed })
            .Fit(FourPoints());
}
