using Segmentation.Data;
using Segmentation.Pipeline;
using Segmentation.Synthetic;

namespace Segmentation.Tests.Reliability;

/// <summary>
/// Same seed, same bits: at 1, 2 and 16 threads, from 16 threads at once, and after a cancelled fit. The K-Means level
/// is covered by KMeansTests.Same_seed_gives_bit_identical_results_at_1_2_and_16_threads; these go through the pipeline.
/// </summary>
public class DeterminismTests
{
    private static readonly string[] Features = ["Age", "Annual Income (k$)", "Spending Score (1-100)"];

    // 12,000 rows span three of K-Means' 4,096-row blocks, so the threads really split the work.
    private static readonly Lazy<DataFrame> Customers = new(() => SyntheticCustomers.Mall(12_000, seed: 7));

    private static SegmentationResult FitFixed(int threads, CancellationToken cancellationToken = default, IProgress<SegmentationProgress>? progress = null) =>
        SegmentationPipeline.Create()
            .WithIdColumn("CustomerID")
            .SelectFeatures(Features)
            .Normalize()
            .KMeans(new KMeansStepOptions { ClusterCount = 5, Restarts = 3, Seed = 123, MaxDegreeOfParallelism = threads })
            .Fit(Customers.Value, progress, cancellationToken);

    private static SegmentationPipeline Sweep(int threads) =>
        SegmentationPipeline.Create()
            .WithIdColumn("CustomerID")
            .SelectFeatures(Features)
            .Normalize()
            .KMeans(new KMeansStepOptions { MinimumClusters = 2, MaximumClusters = 4, Restarts = 2, Seed = 9, MaxDegreeOfParallelism = threads });

    private static DataFrame SweepData => Customers.Value.TakeRows([.. Enumerable.Range(0, 3_000)]);

    [Test]
    public void A_pipeline_fit_gives_bit_identical_labels_and_centres_at_1_2_and_16_threads()
    {
        var one = FitFixed(1);
        foreach (var threads in new[] { 2, 16 })
        {
            var other = FitFixed(threads);
            Assert.That(other.Labels, Is.EqualTo(one.Labels), $"labels at {threads} threads");
            Assert.That(Bits(other.Model.Centroids.Values), Is.EqualTo(Bits(one.Model.Centroids.Values)), $"centres at {threads} threads");
            Assert.That(BitConverter.DoubleToInt64Bits(other.Clustering.Inertia), Is.EqualTo(BitConverter.DoubleToInt64Bits(one.Clustering.Inertia)));
            Assert.That(other.Quality.Silhouette, Is.EqualTo(one.Quality.Silhouette), $"silhouette at {threads} threads");
        }
    }

    [Test]
    public void A_pipeline_sweep_chooses_the_same_k_with_identical_scores_at_1_2_and_16_threads()
    {
        var one = Sweep(1).Fit(SweepData);
        foreach (var threads in new[] { 2, 16 })
        {
            var other = Sweep(threads).Fit(SweepData);
            Assert.That(other.ChosenClusterCount, Is.EqualTo(one.ChosenClusterCount));
            Assert.That(other.Labels, Is.EqualTo(one.Labels), $"labels at {threads} threads");
            Assert.That(Bits(other.Model.Centroids.Values), Is.EqualTo(Bits(one.Model.Centroids.Values)));
            Assert.That(other.ClusterCountSelection!.Evaluations, Is.EqualTo(one.ClusterCountSelection!.Evaluations), $"scores at {threads} threads");
        }
    }

    [Test]
    public void Predict_from_16_threads_at_once_equals_sequential_predict()
    {
        var model = FitFixed(-1).Model;
        var frames = Enumerable.Range(0, 16).Select(i => Customers.Value.TakeRows([.. Enumerable.Range(i * 500, 1_500)])).ToArray();
        var sequential = frames.Select(frame => model.Predict(frame)).ToArray();

        var concurrent = new SegmentPredictions[frames.Length];
        using var start = new Barrier(frames.Length);
        var threads = Enumerable.Range(0, frames.Length).Select(i => new Thread(() =>
        {
            start.SignalAndWait();
            for (var repeat = 0; repeat < 3; repeat++)
            {
                concurrent[i] = model.Predict(frames[i]);
            }
        })).ToList();
        threads.ForEach(thread => thread.Start());
        threads.ForEach(thread => thread.Join());

        for (var i = 0; i < frames.Length; i++)
        {
            Assert.That(concurrent[i].Segments, Is.EqualTo(sequential[i].Segments), $"frame {i}");
            Assert.That(Bits(concurrent[i].Distances.ToArray()), Is.EqualTo(Bits(sequential[i].Distances.ToArray())), $"frame {i}");
        }
    }

    [Test]
    public void A_fit_cancelled_during_the_k_sweep_throws_and_a_new_fit_equals_one_never_cancelled()
    {
        var baseline = Sweep(2).Fit(SweepData);
        using var cancellation = new CancellationTokenSource();
        var reports = new List<SegmentationProgress>();
        var progress = new InlineProgress(p =>
        {
            reports.Add(p);
            if (p.Stage == "Choosing k" && p.Completed == 1)
            {
                cancellation.Cancel();
            }
        });

        var cancelled = Sweep(2);
        Assert.That(() => cancelled.Fit(SweepData, progress, cancellation.Token), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(reports.Select(r => r.Stage), Does.Contain("Choosing k").And.Not.Contain("Profiling"), "cancelled mid-sweep, before profiling");

        var after = Sweep(2).Fit(SweepData);
        Assert.That(after.ChosenClusterCount, Is.EqualTo(baseline.ChosenClusterCount));
        Assert.That(after.Labels, Is.EqualTo(baseline.Labels));
        Assert.That(Bits(after.Model.Centroids.Values), Is.EqualTo(Bits(baseline.Model.Centroids.Values)));
    }

    [Test]
    public void A_pipeline_whose_fit_was_cancelled_can_be_fitted_again_with_the_uncancelled_result()
    {
        var baseline = FitFixed(2);
        var pipeline = SegmentationPipeline.Create()
            .WithIdColumn("CustomerID")
            .SelectFeatures(Features)
            .Normalize()
            .KMeans(new KMeansStepOptions { ClusterCount = 5, Restarts = 3, Seed = 123, MaxDegreeOfParallelism = 2 });
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.That(() => pipeline.Fit(Customers.Value, cancellationToken: cancellation.Token), Throws.InstanceOf<OperationCanceledException>());
        var after = pipeline.Fit(Customers.Value);

        Assert.That(after.Labels, Is.EqualTo(baseline.Labels));
        Assert.That(Bits(after.Model.Centroids.Values), Is.EqualTo(Bits(baseline.Model.Centroids.Values)));
    }

    [Test]
    public void A_fit_cancelled_inside_k_means_throws_operation_cancelled()
    {
        using var cancellation = new CancellationTokenSource();
        var progress = new InlineProgress(p =>
        {
            if (p.Stage == "Clustering" && p.Completed == 0)
            {
                cancellation.Cancel();
            }
        });

        Assert.That(() => FitFixed(2, cancellation.Token, progress), Throws.InstanceOf<OperationCanceledException>());
    }

    private static long[] Bits(ReadOnlySpan<double> values)
    {
        var bits = new long[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            bits[i] = BitConverter.DoubleToInt64Bits(values[i]);
        }

        return bits;
    }

    /// <summary>Reports on the calling thread, so the test can cancel at an exact point of the fit.</summary>
    private sealed class InlineProgress(Action<SegmentationProgress> report) : IProgress<SegmentationProgress>
    {
        public void Report(SegmentationProgress value) => report(value);
    }
}
