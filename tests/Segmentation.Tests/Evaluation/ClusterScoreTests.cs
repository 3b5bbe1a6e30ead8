using Segmentation.Clustering;
using Segmentation.Evaluation;

namespace Segmentation.Tests.Evaluation;

public class ClusterScoreTests
{
    /// <summary>Points 0, 1, 4, 5 on a line; clusters {0, 1} and {4, 5}, means 0.5 and 4.5, overall mean 2.5.</summary>
    private static DenseMatrix TwoPairs() => new([0, 1, 4, 5], 4, 1);

    private static readonly int[] PairLabels = [0, 0, 1, 1];

    [Test]
    public void Calinski_Harabasz_of_two_pairs_matches_the_hand_computation()
    {
        // B = 2 x 2^2 + 2 x 2^2 = 16, W = 4 x 0.5^2 = 1, CH = (16 / 1) / (1 / 2) = 32.
        Assert.That(CalinskiHarabasz.Score(TwoPairs(), PairLabels), Is.EqualTo(32).Within(1e-12));
    }

    [Test]
    public void Calinski_Harabasz_is_one_when_every_cluster_is_a_single_repeated_point()
    {
        var data = new DenseMatrix([1, 1, 3, 3], 4, 1);

        Assert.That(CalinskiHarabasz.Score(data, PairLabels), Is.EqualTo(1.0));
    }

    [Test]
    public void Davies_Bouldin_of_two_pairs_matches_the_hand_computation()
    {
        // Spreads 0.5 and 0.5, centres 4 apart: (0.5 + 0.5) / 4 for both clusters.
        Assert.That(DaviesBouldin.Score(TwoPairs(), PairLabels), Is.EqualTo(0.25).Within(1e-15));
    }

    [Test]
    public void Davies_Bouldin_is_zero_when_every_cluster_is_a_single_repeated_point()
    {
        var data = new DenseMatrix([1, 1, 3, 3], 4, 1);

        Assert.That(DaviesBouldin.Score(data, PairLabels), Is.EqualTo(0.0));
    }

    [Test]
    public void Davies_Bouldin_and_Calinski_Harabasz_reject_one_cluster()
    {
        const string Message = "labels has 1 distinct cluster(s) for 4 rows; the score needs between 2 and rows - 1 = 3 clusters. (Parameter 'labels')";

        Assert.That(() => DaviesBouldin.Score(TwoPairs(), [0, 0, 0, 0]), Throws.ArgumentException.With.Message.EqualTo(Message));
        Assert.That(() => CalinskiHarabasz.Score(TwoPairs(), [0, 0, 0, 0]), Throws.ArgumentException.With.Message.EqualTo(Message));
    }

    [Test]
    public void Inertia_against_the_cluster_means_of_two_pairs_is_one()
    {
        Assert.That(Inertia.Compute(TwoPairs(), PairLabels), Is.EqualTo(1.0));
    }

    [Test]
    public void Inertia_against_given_centres_sums_squared_distances_to_each_rows_centre()
    {
        var centres = new DenseMatrix([0, 5], 2, 1);

        Assert.That(Inertia.Compute(TwoPairs(), PairLabels, centres), Is.EqualTo(0 + 1 + 1 + 0));
    }

    [Test]
    public void Inertia_rejects_a_label_without_a_centre()
    {
        var centres = new DenseMatrix([0, 5], 2, 1);

        Assert.That(
            () => Inertia.Compute(TwoPairs(), [0, 0, 1, 2], centres),
            Throws.ArgumentException.With.Message.EqualTo("labels[3]=2 must be between 0 and centroids.Rows - 1 = 1. (Parameter 'labels')"));
    }

    [Test]
    public void Inertia_of_one_cluster_is_the_total_sum_of_squares()
    {
        // Mean 2.5: 2.5^2 + 1.5^2 + 1.5^2 + 2.5^2 = 17.
        Assert.That(Inertia.Compute(TwoPairs(), [0, 0, 0, 0]), Is.EqualTo(17));
    }
}
