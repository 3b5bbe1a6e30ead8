using Segmentation.Clustering;
using Segmentation.Evaluation;
using Segmentation.Tests.Support;

namespace Segmentation.Tests.Evaluation;

public class ClusterCountSelectorTests
{
    [TestCase(1)]
    [TestCase(2)]
    [Category(SharedData.Category)]
    public void Mall_income_and_spending_sweep_recommends_five(int minClusters)
    {
        var data = EvaluationReference.MallIncomeSpending();
        var selector = new ClusterCountSelector(new ClusterCountSelectorOptions { MinClusters = minClusters, MaxClusters = 10 });

        var selection = selector.Select(data);

        Assert.That(selection.RecommendedClusterCount, Is.EqualTo(5), selection.Reason);
        Assert.That(selection.KneeClusterCount, Is.EqualTo(5));
        Assert.That(selection.SilhouetteClusterCount, Is.EqualTo(5));
        Assert.That(selection.DaviesBouldinClusterCount, Is.EqualTo(5));

        // Calinski-Harabasz keeps rising past 5 on these two features (scikit-learn agrees: highest at 9), so 3 of 4 vote 5.
        var highestCh = selection.Evaluations.MaxBy(e => e.CalinskiHarabasz ?? double.MinValue)!;
        Assert.That(selection.CalinskiHarabaszClusterCount, Is.EqualTo(highestCh.K));
        Assert.That(selection.Reason, Does.StartWith("knee at 5; silhouette highest at 5 (0.554); CH highest at "));
        Assert.That(selection.Reason, Does.EndWith("; DB lowest at 5 (0.573); 3 of 4 criteria chose 5"));
        Assert.That(selection.Evaluations.Select(e => e.K), Is.EqualTo(Enumerable.Range(minClusters, 11 - minClusters)));
    }

    [Test]
    [Category(SharedData.Category)]
    public void Mall_sweep_inertia_reaches_the_reference_and_the_table_matches_the_metrics()
    {
        var reference = EvaluationReference.Load("mall_income_spending_raw");
        var (ks, inertia) = reference.InertiaCurve();
        var selection = new ClusterCountSelector(1, 10).Select(reference.Features);

        var first = selection.Evaluations[0];
        Assert.That(first.K, Is.EqualTo(1));
        Assert.That(first.Inertia, Is.EqualTo(inertia[0]).Within(1e-9 * inertia[0]));
        Assert.That(first.Silhouette, Is.Null, "k = 1 has no silhouette");
        Assert.That(first.DaviesBouldin, Is.Null);
        var five = selection.Evaluations.Single(e => e.K == 5);
        Assert.That(five.Inertia, Is.EqualTo(inertia[4]).Within(1e-9 * inertia[4]));
        var labels = selection.GetModel(5).Labels;
        Assert.That(five.Silhouette, Is.EqualTo(Silhouette.Score(reference.Features, labels)));
        Assert.That(five.CalinskiHarabasz, Is.EqualTo(CalinskiHarabasz.Score(reference.Features, labels)));
        Assert.That(ks, Has.Length.EqualTo(selection.Evaluations.Count));
    }

    [Test]
    [Category(SharedData.Category)]
    public void Gap_and_stability_are_computed_when_asked_and_reported()
    {
        var data = EvaluationReference.MallIncomeSpending();
        var options = new ClusterCountSelectorOptions
        {
            MinClusters = 2,
            MaxClusters = 7,
            KMeans = new KMeansOptions { Restarts = 3 },
            Criteria = ClusterCountCriteria.All,
            GapReferenceSets = 5,
            StabilityResamples = 5,
        };
        var reports = new List<ClusterCountProgress>();

        var selection = new ClusterCountSelector(options).Select(data, new SynchronousProgress(reports.Add));

        Assert.That(selection.Evaluations.All(e => e.Gap is not null && e.GapStandardError > 0 && e.Stability is > 0 and <= 1));
        Assert.That(selection.GapClusterCount, Is.InRange(2, 7));
        Assert.That(selection.RecommendedClusterCount, Is.EqualTo(5), selection.Reason);
        Assert.That(selection.Reason, Does.Contain("gap (FirstSEMax) at").And.Contain("5 is").And.Contain("mean Jaccard"));
        Assert.That(reports, Has.Count.EqualTo(6 + 1 + 6));
        Assert.That(reports[^1].CompletedSteps, Is.EqualTo(reports[^1].TotalSteps));
    }

    [Test]
    public void The_same_seed_gives_the_same_selection()
    {
        var (data, _) = SilhouetteTests.Blobs(rows: 300, features: 3, clusters: 4, seed: 9);
        var options = new ClusterCountSelectorOptions { MinClusters = 2, MaxClusters = 6, KMeans = new KMeansOptions { Restarts = 2, Seed = 5 } };

        var first = new ClusterCountSelector(options).Select(data);
        var second = new ClusterCountSelector(options with { KMeans = options.KMeans with { MaxDegreeOfParallelism = 1 } }).Select(data);

        Assert.That(second.Evaluations, Is.EqualTo(first.Evaluations));
        Assert.That(second.Reason, Is.EqualTo(first.Reason));
    }

    [Test]
    public void Clear_blobs_are_found()
    {
        var (data, _) = SilhouetteTests.Blobs(rows: 400, features: 2, clusters: 4, seed: 2);

        var selection = new ClusterCountSelector(2, 8).Select(data);

        Assert.That(selection.RecommendedClusterCount, Is.EqualTo(4), selection.Reason);
    }

    [Test]
    public void Large_data_gets_a_sampled_silhouette()
    {
        var (data, _) = SilhouetteTests.Blobs(rows: 600, features: 2, clusters: 3, seed: 4);
        var options = new ClusterCountSelectorOptions { MinClusters = 2, MaxClusters = 4, ExactSilhouetteMaximumRows = 500, SilhouetteSampleSize = 200 };

        var selection = new ClusterCountSelector(options).Select(data);

        Assert.That(selection.Evaluations.All(e => e.SilhouetteIsSampled));
        Assert.That(selection.RecommendedClusterCount, Is.EqualTo(3), selection.Reason);
    }

    [Test]
    public void Cancellation_stops_the_sweep()
    {
        var (data, _) = SilhouetteTests.Blobs(rows: 200, features: 2, clusters: 3, seed: 4);
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.That(() => new ClusterCountSelector(2, 5).Select(data, cancellationToken: cancellation.Token), Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public void An_empty_k_range_is_rejected()
    {
        Assert.That(
            () => new ClusterCountSelector(5, 4),
            Throws.InstanceOf<ArgumentOutOfRangeException>().With.Message.EqualTo(
                "MaxClusters=4 must be >= MinClusters=5; the range is inclusive and must not be empty. (Parameter 'MaxClusters')"));
    }

    [Test]
    public void A_k_range_starting_below_one_is_rejected()
    {
        Assert.That(
            () => new ClusterCountSelector(0, 4),
            Throws.InstanceOf<ArgumentOutOfRangeException>().With.Message.StartsWith("MinClusters=0 must be > 0. (Parameter 'MinClusters')"));
    }

    [Test]
    public void More_clusters_than_rows_is_a_data_error()
    {
        var data = new DenseMatrix([1, 2, 3], 3, 1);

        Assert.That(
            () => new ClusterCountSelector(2, 4).Select(data),
            Throws.InstanceOf<SegmentationDataException>().With.Message.EqualTo("rows=3 must be >= maxClusters=4."));
    }

    [Test]
    public void Asking_for_a_k_outside_the_sweep_is_rejected()
    {
        var (data, _) = SilhouetteTests.Blobs(rows: 60, features: 2, clusters: 3, seed: 4);
        var selection = new ClusterCountSelector(2, 3).Select(data);

        Assert.That(() => selection.GetModel(7), Throws.InstanceOf<ArgumentOutOfRangeException>().With.Message.StartsWith("k=7 was not in the sweep 2 .. 3."));
    }

    private sealed class SynchronousProgress(Action<ClusterCountProgress> report) : IProgress<ClusterCountProgress>
    {
        public void Report(ClusterCountProgress value) => report(value);
    }
}
