using Segmentation.Data;
using Segmentation.Profiling;
using Segmentation.Tests.Support;

namespace Segmentation.Tests.Profiling;

[Category(SharedData.Category)]
public class RealDataProfilingTests
{
    private const string Income = "Annual Income (k$)";
    private const string Spending = "Spending Score (1-100)";

    private static readonly string[] MarketingFeatures = ["Income", "Age", "Children", "Recency", "MntTotal", "NumPurchases", "NumWebVisitsMonth"];

    [Test]
    public void Mall_income_and_spending_at_k5_gives_the_five_classic_segments_with_the_reference_sizes()
    {
        var frame = DataFrame.LoadCsv(SharedData.DataFile("mall_customers.csv"));
        var reference = ReferenceLabels.Read("mall_income_spending_raw.json");
        var options = new SegmentProfilerOptions { NamingColumns = [Income, Spending] };
        options.ExcludedColumns.Add("CustomerID");

        var profiles = SegmentProfiler.Profile(frame, reference.Labels, options);
        TestContext.Out.WriteLine(profiles.ToText());

        Assert.Multiple(() =>
        {
            Assert.That(profiles.Select(p => p.Name), Is.EquivalentTo(new[]
            {
                "High income, high spending", "High income, low spending", "Low income, high spending",
                "Low income, low spending", "Average income, average spending",
            }));
            foreach (var profile in profiles)
            {
                Assert.That(profile.Size, Is.EqualTo(reference.CountOf(profile.Id)), $"size of segment {profile.Id}");
                Assert.That(profile.NumericFeature(Income).Segment.Mean, Is.EqualTo(reference.Centroids[profile.Id][0]).Within(1e-9));
                Assert.That(profile.NumericFeature(Spending).Segment.Mean, Is.EqualTo(reference.Centroids[profile.Id][1]).Within(1e-9));
                Assert.That(profile.Numeric.Select(n => n.Column), Is.EqualTo(new[] { "Age", Income, Spending }), "Age is profiled though not clustered");
                Assert.That(profile.CategoricalFeature("Gender").Levels.Sum(l => l.Share), Is.EqualTo(1).Within(1e-12));
            }
        });
    }

    [Test]
    public void Marketing_engineered_features_at_k4_carry_education_and_marital_shares_and_name_the_strongest_contrast()
    {
        var frame = MarketingEngineered();
        var reference = ReferenceLabels.Read("marketing_engineered_zscore.json");
        var options = new SegmentProfilerOptions { NamingColumns = MarketingFeatures };

        var profiles = SegmentProfiler.Profile(frame, reference.Labels, options);
        TestContext.Out.WriteLine(profiles.ToText());
        TestContext.Out.WriteLine(string.Join("\n", profiles.RankByValue("MntTotal")));

        Assert.Multiple(() =>
        {
            Assert.That(profiles.Select(p => p.Name).Distinct().Count(), Is.EqualTo(4));
            foreach (var profile in profiles)
            {
                Assert.That(profile.Size, Is.EqualTo(reference.CountOf(profile.Id)));
                var education = profile.CategoricalFeature("Education");
                var marital = profile.CategoricalFeature("Marital_Status");
                Assert.That(education.Levels.Select(l => l.Level), Is.EquivalentTo(new[] { "2n Cycle", "Basic", "Graduation", "Master", "PhD" }));
                Assert.That(marital.Levels.Select(l => l.Level), Does.Contain("YOLO"));
                Assert.That(education.Levels.Sum(l => l.Count), Is.EqualTo(profile.Size));

                // The clustered features were z-scored with the population sd, so effect sizes are the reference centroids.
                for (var feature = 0; feature < MarketingFeatures.Length; feature++)
                {
                    Assert.That(profile.NumericFeature(MarketingFeatures[feature]).EffectSize,
                        Is.EqualTo(reference.Centroids[profile.Id][feature]).Within(1e-9), $"{MarketingFeatures[feature]} in segment {profile.Id}");
                }

                var strongest = profile.Numeric.MaxBy(n => Math.Abs(n.EffectSize))!;
                var level = strongest.EffectSize > 0 ? FeatureLevel.High : FeatureLevel.Low;
                Assert.That(profile.Name.ToLowerInvariant(), Does.Contain(FeatureNouns.Phrase(level, FeatureNouns.For(strongest.Column))), profile.Name);
            }
        });
    }

    /// <summary>The reference recipe's engineered columns, plus Education and Marital_Status.</summary>
    private static DataFrame MarketingEngineered()
    {
        var raw = DataFrame.LoadCsv(SharedData.DataFile("marketing_campaign.csv"));
        var rows = raw.Rows.Count;
        double[] Column(string name) => raw.Columns.GetNumeric(name).Values.ToArray();
        double[] Sum(params string[] names) =>
            Enumerable.Range(0, rows).Select(row => names.Sum(name => raw.Columns.GetNumeric(name)[row])).ToArray();

        var income = Column("Income");
        var present = income.Where(v => !double.IsNaN(v)).Order().ToArray();
        var median = (present[(present.Length - 1) / 2] + present[present.Length / 2]) / 2;
        Assert.That(median, Is.EqualTo(51381.5), "the recipe's median");

        return new DataFrame(
            new NumericColumn("Income", income.Select(v => double.IsNaN(v) ? median : v)),
            new NumericColumn("Age", Column("Year_Birth").Select(year => 2014 - year)),
            new NumericColumn("Children", Sum("Kidhome", "Teenhome")),
            new NumericColumn("Recency", Column("Recency")),
            new NumericColumn("MntTotal", Sum("MntWines", "MntFruits", "MntMeatProducts", "MntFishProducts", "MntSweetProducts", "MntGoldProds")),
            new NumericColumn("NumPurchases", Sum("NumWebPurchases", "NumCatalogPurchases", "NumStorePurchases")),
            new NumericColumn("NumWebVisitsMonth", Column("NumWebVisitsMonth")),
            raw.Columns["Education"],
            raw.Columns["Marital_Status"]);
    }
}
