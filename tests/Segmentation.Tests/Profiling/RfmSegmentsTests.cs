using Segmentation.Profiling;

namespace Segmentation.Tests.Profiling;

public class RfmSegmentsTests
{
    [TestCase(5, 5, 5, RfmSegment.Champions)]
    [TestCase(4, 4, 4, RfmSegment.Champions)]
    [TestCase(3, 5, 5, RfmSegment.LoyalCustomers)]
    [TestCase(5, 3, 3, RfmSegment.LoyalCustomers)]
    [TestCase(5, 2, 2, RfmSegment.PotentialLoyalists)]
    [TestCase(5, 1, 2, RfmSegment.NewCustomers)]
    [TestCase(4, 1, 1, RfmSegment.Promising)]
    [TestCase(3, 2, 3, RfmSegment.NeedAttention)]
    [TestCase(3, 1, 2, RfmSegment.AboutToSleep)]
    [TestCase(1, 4, 4, RfmSegment.CantLoseThem)]
    [TestCase(1, 3, 3, RfmSegment.AtRisk)]
    [TestCase(2, 5, 5, RfmSegment.AtRisk)]
    [TestCase(2, 2, 3, RfmSegment.Hibernating)]
    [TestCase(1, 2, 3, RfmSegment.Lost)]
    [TestCase(1, 1, 1, RfmSegment.Lost)]
    public void Scores_map_to_the_documented_grid(int r, int f, int m, RfmSegment expected) =>
        Assert.That(RfmSegments.Classify(r, f, m), Is.EqualTo(expected));

    [Test]
    public void Every_segment_is_reached_and_has_a_name_and_an_action()
    {
        var reached = new HashSet<RfmSegment>();
        for (var r = 1; r <= 5; r++)
        {
            for (var f = 1; f <= 5; f++)
            {
                for (var m = 1; m <= 5; m++)
                {
                    reached.Add(RfmSegments.Classify(r, f, m));
                }
            }
        }

        Assert.Multiple(() =>
        {
            Assert.That(reached, Is.EquivalentTo(RfmSegments.All));
            Assert.That(RfmSegments.All.Select(RfmSegments.DisplayName), Is.EqualTo(new[]
            {
                "Champions", "Loyal Customers", "Potential Loyalists", "New Customers", "Promising", "Need Attention",
                "About to Sleep", "At Risk", "Can't Lose Them", "Hibernating", "Lost",
            }));
            Assert.That(RfmSegments.All.Select(RfmSegments.RecommendedAction), Is.All.Not.Empty);
        });
    }

    [Test]
    public void A_score_outside_one_to_five_is_rejected()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => RfmSegments.Classify(6, 1, 1));

        Assert.That(error!.Message, Does.StartWith("recency=6 must be between 1 and 5."));
    }
}
