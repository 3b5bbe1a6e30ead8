using Segmentation.Clustering;
using Segmentation.Evaluation;

namespace Segmentation.Tests.Evaluation;

public class GapStatisticTests
{
    // Gap for k = 1..5 with standard errors, worked through R's cluster::maxSE by hand.
    private static readonly double[] Gaps = [0.10, 0.50, 0.55, 0.52, 0.70];
    private static readonly double[] Errors = [0.05, 0.05, 0.10, 0.05, 0.05];

    [TestCase(GapRule.FirstMax, 2)] // first k with Gap(k) >= Gap(k+1): 0.55 >= 0.52 at index 2
    [TestCase(GapRule.GlobalMax, 4)] // 0.70
    [TestCase(GapRule.FirstSEMax, 1)] // first max at index 2, 0.55 - 0.10 = 0.45; the first gap >= 0.45 is 0.50 at index 1
    [TestCase(GapRule.Tibshirani2001SEMax, 1)] // index 0: 0.10 >= 0.50 - 0.05? no; index 1: 0.50 >= 0.55 - 0.10 = 0.45, yes
    public void MaxSE_rules_choose_as_R_cluster_maxSE(GapRule rule, int expected)
    {
        Assert.That(GapStatistic.MaxSE(Gaps, Errors, rule), Is.EqualTo(expected));
    }

    [Test]
    public void A_gap_that_keeps_rising_chooses_the_last_k_under_firstmax()
    {
        Assert.That(GapStatistic.MaxSE([1, 2, 3], [0.1, 0.1, 0.1], GapRule.FirstMax), Is.EqualTo(2));
        Assert.That(GapStatistic.MaxSE([1, 2, 3], [0.1, 0.1, 0.1], GapRule.Tibshirani2001SEMax), Is.EqualTo(2));
    }

    [Test]
    public void Uniform_box_references_stay_inside_the_data_box()
    {
        var data = new DenseMatrix([0, 10, 1, 20, 4, 15], 3, 2);
        var sampler = new ReferenceSampler(data, GapReference.UniformBox);

        var sample = sampler.Draw(new Random(1));

        for (var row = 0; row < sample.Rows; row++)
        {
            Assert.That(sample[row, 0], Is.InRange(0, 4));
            Assert.That(sample[row, 1], Is.InRange(10, 20));
        }
    }

    [Test]
    public void Principal_component_references_follow_a_diagonal_line()
    {
        // Points near the line y = x, off it by at most 0.1: the rotated box is thin across the line.
        var random = new Random(3);
        var values = new double[200 * 2];
        for (var row = 0; row < 200; row++)
        {
            var t = random.NextDouble() * 10;
            var offset = (random.NextDouble() - 0.5) * 0.1;
            values[2 * row] = t + offset;
            values[(2 * row) + 1] = t - offset;
        }

        var sampler = new ReferenceSampler(new DenseMatrix(values, 200, 2), GapReference.PrincipalComponentBox);

        var sample = sampler.Draw(new Random(4));

        for (var row = 0; row < sample.Rows; row++)
        {
            Assert.That(Math.Abs(sample[row, 0] - sample[row, 1]), Is.LessThan(0.2), $"row {row}");
        }
    }

    [Test]
    public void An_empty_k_range_is_rejected()
    {
        var data = new DenseMatrix([0, 1, 2, 3], 4, 1);

        Assert.That(
            () => GapStatistic.Compute(data, 3, 2, new KMeansOptions()),
            Throws.InstanceOf<ArgumentOutOfRangeException>().With.Message.StartsWith(
                "maxClusters=2 must be >= minClusters=3; the range is inclusive and must not be empty. (Parameter 'maxClusters')"));
    }

    [TestCase(GapReference.UniformBox)]
    [TestCase(GapReference.PrincipalComponentBox)]
    public void Three_separated_blobs_give_a_gap_choice_of_three(GapReference reference)
    {
        var (data, _) = SilhouetteTests.Blobs(rows: 300, features: 2, clusters: 3, seed: 6);

        var gap = GapStatistic.Compute(data, 1, 5, new KMeansOptions { Restarts = 3 }, referenceSets: 10, reference: reference);

        Assert.That(gap.ClusterCounts, Is.EqualTo(new[] { 1, 2, 3, 4, 5 }));
        Assert.That(gap.ChooseClusterCount(GapRule.FirstSEMax), Is.EqualTo(3));
        Assert.That(gap.ChooseClusterCount(GapRule.Tibshirani2001SEMax), Is.EqualTo(3));
        Assert.That(gap.StandardError.All(s => s > 0));
        Assert.That(gap.LogWithinDispersion[0], Is.EqualTo(Math.Log(Inertia.Compute(data, new int[300]))).Within(1e-12));
        for (var i = 0; i < 5; i++)
        {
            Assert.That(gap.Gap[i], Is.EqualTo(gap.ExpectedLogWithinDispersion[i] - gap.LogWithinDispersion[i]).Within(1e-12));
        }
    }
}
