using Segmentation.Evaluation;

namespace Segmentation.Tests.Evaluation;

public class ClusterCountPreferencesTests
{
    private static ClusterCountEvaluation Row(int k, double? silhouette) =>
        new(k, 100.0 / k, silhouette, null, null, null, null, null, false);

    [Test]
    public void The_majority_of_criteria_decides()
    {
        var rows = new[] { Row(2, 0.6), Row(3, 0.5), Row(4, 0.4) };
        var preferences = new ClusterCountPreferences(Knee: 3, Silhouette: 2, CalinskiHarabasz: 3, DaviesBouldin: 3, Gap: null);

        var (recommended, votes, voters, _) = preferences.Vote(rows);

        Assert.That((recommended, votes, voters), Is.EqualTo((3, 3, 4)));
    }

    [Test]
    public void A_tie_goes_to_the_tied_k_with_the_highest_silhouette()
    {
        var rows = new[] { Row(2, 0.41), Row(3, 0.55), Row(4, 0.3), Row(5, 0.2) };
        var preferences = new ClusterCountPreferences(Knee: 4, Silhouette: 3, CalinskiHarabasz: 3, DaviesBouldin: 4, Gap: null);

        var (recommended, _, _, tied) = preferences.Vote(rows);

        Assert.That(recommended, Is.EqualTo(3));
        Assert.That(tied, Is.EqualTo(new[] { 3, 4 }));
        Assert.That(
            preferences.Explain(rows, GapRule.FirstSEMax, new Dictionary<int, ClusterStabilityResult>()),
            Is.EqualTo("knee at 4; silhouette highest at 3 (0.550); CH highest at 3 (n/a); DB lowest at 4 (n/a); 2 of 4 criteria each for 3 and 4; 3 has the highest silhouette"));
    }

    [Test]
    public void Without_any_preference_the_smallest_k_is_recommended()
    {
        var rows = new[] { Row(1, null), Row(2, null) };
        var preferences = new ClusterCountPreferences(null, null, null, null, null);

        Assert.That(preferences.Vote(rows).Recommended, Is.EqualTo(1));
        Assert.That(
            preferences.Explain(rows, GapRule.FirstSEMax, new Dictionary<int, ClusterStabilityResult>()),
            Is.EqualTo("no knee in the inertia curve; no criterion applies; 1 is the smallest k"));
    }

    [Test]
    public void Preferences_read_the_best_value_of_each_criterion_with_the_smallest_k_on_ties()
    {
        var rows = new[]
        {
            new ClusterCountEvaluation(2, 50, 0.5, 0.9, 100, null, null, null, false),
            new ClusterCountEvaluation(3, 30, 0.5, 0.7, 120, null, null, null, false),
            new ClusterCountEvaluation(4, 20, 0.4, 0.8, 110, null, null, null, false),
        };

        var preferences = ClusterCountPreferences.From(rows, knee: null, gap: 4);

        Assert.That(preferences, Is.EqualTo(new ClusterCountPreferences(null, 2, 3, 3, 4)));
    }
}
