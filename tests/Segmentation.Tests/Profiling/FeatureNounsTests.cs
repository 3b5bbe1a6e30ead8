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

    [Test]
    public void A_supplied_display_name_wins_over_the_rule()
    {
        var names = new Dictionary<string, string> { ["Children"] = "family size" };

        Assert.That(FeatureNouns.For("Children", names), Is.EqualTo("family size"));
    }
}
