using Segmentation.Clustering;
using Segmentation.Synthetic;

namespace Segmentation.Tests.Clustering;

public sealed class MiniBatchKMeansTests
{
    [Test]
    public void Four_points_in_two_pairs_are_split_into_the_pairs_with_centres_on_them()
    {
        // Each centre is a running average of its pair's rows drawn with replacement: it lies on the segment between
        // them, so the inertia is at least the optimum 1 and at most 4 x 1^2 / 2 (a centre at one end of its segment).
        var data = new DenseMatrix(new double[,] { { 0, 0 }, { 0, 1 }, { 10, 0 }, { 10, 1 } });

        var model = new MiniBatchKMeans(new MiniBatchKMeansOptions { ClusterCount = 2, BatchSize = 4 }).Fit(data);

        Assert.That(model.Inertia, Is.InRange(1.0, 2.0));
        var left = model.Centroids.Row(model.Labels[0]).ToArray();
        Assert.That(left[0], Is.EqualTo(0.0).Within(1e-12));
        Assert.That(left[1], Is.InRange(0.0, 1.0));
        Assert.That(model.Labels[0], Is.EqualTo(model.Labels[1]));
        Assert.That(model.Labels[2], Is.Not.EqualTo(model.Labels[0]));
    }

    [Test]
    public void Inertia_is_within_two_percent_of_full_KMeans_on_separated_blobs()
    {
        var data = SyntheticBlobs.Generate(rows: 20_000, features: 4, centres: 5, seed: 21);

        var full = new KMeans(5).Fit(data);
        var mini = new MiniBatchKMeans(5).Fit(data);

        Assert.That(mini.Inertia, Is.LessThanOrEqualTo(full.Inertia * 1.02));
        Assert.That(KMeans.Predict(mini, data), Is.EqualTo(mini.Labels), "labels come from one exact pass against the final centres");
    }

    [Test]
    public void Same_seed_gives_the_same_model_at_any_thread_count()
    {
        var data = SyntheticBlobs.Generate(rows: 20_000, features: 3, centres: 4, seed: 8);
        KMeansModel Fit(int threads) => new MiniBatchKMeans(new MiniBatchKMeansOptions { ClusterCount = 4, MaxDegreeOfParallelism = threads }).Fit(data);

        var one = Fit(1);
        var two = Fit(2);

        Assert.That(two.Centroids.Values.ToArray(), Is.EqualTo(one.Centroids.Values.ToArray()));
        Assert.That(two.Labels, Is.EqualTo(one.Labels));
    }

    [Test]
    public void A_batch_size_of_zero_is_rejected_quoting_it()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new MiniBatchKMeans(new MiniBatchKMeansOptions { BatchSize = 0 }));

        Assert.That(error.Message, Does.StartWith("BatchSize=0 must be > 0."));
    }
}
