using Segmentation.Profiling;

namespace Segmentation.Tests.Profiling;

public class FeatureNounsTests
{
    [TestCase("Annual Income (k$)", "income")]
    [TestCase("Spending Score (1-100)", "spending")]
    [TestCase("MntTotal", "spending")]
    [TestCase("NumWebVisitsMonth", "web visits")]
    [TestCase("NumPurchases", "purchases")]
    [TestCase("Age", "age")]
    [TestCase("Income", "income")]
    [TestCase("Monetary", "spend")]
    [TestCase("Days_Since_Last_Order", "days since last order")]
    [TestCase("customerLTV", "customer ltv")]
    public void Column_names_become_lowercase_nouns_without_units(string column, string noun) =>
        Assert.That(FeatureNouns.For(column), Is.EqualTo(noun));

    [TestCase(FeatureLevel.High, "income", "high income")]
    [TestCase(FeatureLevel.Average, "spending", "average spending")]
    [TestCase(FeatureLevel.High, "children", "many children")]
    [TestCase(FeatureLevel.Low, "web visits", "few web visits")]
    [TestCase(FeatureLevel.Low, "recency", "recent")]
    [TestCase(FeatureLevel.High, "recency", "lapsed")]
    [TestCase(FeatureLevel.Average, "recency", "average recency")]
    public void Levels_read_as_marketing_phrases(FeatureLevel level, string noun, string phrase) =>
        Assert.That(FeatureNouns.Phrase(level, noun), Is.EqualTo(phrase));

    [Test]
    public void A_supplied_display_name_wins_over_the_rule()
    {
        var names = new Dictionary<string, string> { ["Children"] = "family size" };

        Assert.That(FeatureNouns.For("Children", names), Is.EqualTo("family size"));
    }
}
