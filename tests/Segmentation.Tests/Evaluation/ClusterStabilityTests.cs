using Segmentation.Clustering;
using Segmentation.Evaluation;

namespace Segmentation.Tests.Evaluation;

public class ClusterStabilityTests
{
    [Test]
    public void Best_Jaccard_takes_for_each_original_cluster_its_closest_resample_cluster()
    {
        // Original {0,1,2} and {3,4}; resample {0,1} and {2,3,4}.
        // Cluster 0: with {0,1} 2/3, with {2,3,4} 1/5 -> 2/3. Cluster 1: with {2,3,4} 2/3.
        var best = ClusterStability.BestJaccard([0, 0, 0, 1, 1], [0, 0, 1, 1, 1], clusters: 2);

        Assert.That(best, Is.EqualTo(new[] { 2.0 / 3, 2.0 / 3 }).Within(1e-15));
    }

    [Test]
    public void A_cluster_missing_from_the_resample_scores_zero()
    {
        var best = ClusterStability.BestJaccard([0, 0, 0], [0, 0, 1], clusters: 2);

        Assert.That(best[1], Is.EqualTo(0));
    }

    [Test]
    public void Separated_blobs_are_highly_stable_and_the_same_seed_repeats()
    {
        var (data, _) = SilhouetteTests.Blobs(rows: 300, features: 2, clusters: 3, seed: 6);
        var options = new KMeansOptions { ClusterCount = 3, Restarts = 3 };
        var labels = new KMeans(options).Fit(data).Labels;

        var result = ClusterStability.Compute(data, labels, options, resamples: 8, seed: 3);
        var again = ClusterStability.Compute(data, labels, options, resamples: 8, seed: 3);

        Assert.That(result.ClusterMeanJaccard, Has.All.GreaterThan(0.95));
        Assert.That(result.MeanAdjustedRandIndex, Is.GreaterThan(0.95));
        Assert.That(result.Dissolved, Has.All.EqualTo(0));
        Assert.That(result.Recovered, Has.All.EqualTo(8));
        Assert.That(again.ClusterMeanJaccard, Is.EqualTo(result.ClusterMeanJaccard));
    }

    [Test]
    public void Labels_that_are_not_zero_to_k_minus_one_are_rejected()
    {
        var data = new DenseMatrix([0, 1, 2, 3], 4, 1);

        Assert.That(
            () => ClusterStability.Compute(data, [1, 1, 2, 2], new KMeansOptions()),
            Throws.ArgumentException.With.Message.EqualTo(
                "labels must be 0 .. k-1 with k >= 2; found 2 distinct label(s) from 1 to 2. (Parameter 'labels')"));
    }
}
