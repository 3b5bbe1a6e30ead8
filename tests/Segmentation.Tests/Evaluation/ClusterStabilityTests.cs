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
}
