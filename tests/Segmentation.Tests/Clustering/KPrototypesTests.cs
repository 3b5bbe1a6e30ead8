using Segmentation.Clustering;
using Segmentation.Tests.Support;

namespace Segmentation.Tests.Clustering;

public class KPrototypesTests
{
    [Test]
    public void A_tiny_case_has_the_hand_computed_prototypes_cost_and_lowest_code_modes()
    {
        // Numeric 0, 1, 10, 11; first category 0, 0, 1, 1; second category 2, 0, 1, 1.
        // Clusters {0, 1} and {2, 3}: means 0.5 and 10.5; first modes 0 and 1; second modes: 2 and 0 tie -> 0, then 1.
        // Cost with gamma 1: numeric 4 x 0.25 = 1, plus row 0's second category 2 != 0 -> 1 mismatch: 2.
        var data = new MixedData(new DenseMatrix([0, 1, 10, 11], 4, 1), new[,] { { 0, 2 }, { 0, 0 }, { 1, 1 }, { 1, 1 } });

        var model = new KPrototypes(new KPrototypesOptions { ClusterCount = 2, Gamma = 1 }).Fit(data);

        var low = model.Labels[0];
        var high = 1 - low;
        Assert.Multiple(() =>
        {
            Assert.That(model.Labels, Is.EqualTo(new[] { low, low, high, high }));
            Assert.That(model.Prototypes.Numeric[low, 0], Is.EqualTo(0.5));
            Assert.That(model.Prototypes.Numeric[high, 0], Is.EqualTo(10.5));
            Assert.That(model.Prototypes.CategoricalRow(low).ToArray(), Is.EqualTo(new[] { 0, 0 }));
            Assert.That(model.Prototypes.CategoricalRow(high).ToArray(), Is.EqualTo(new[] { 1, 1 }));
            Assert.That(model.Cost, Is.EqualTo(2));
            Assert.That(model.Gamma, Is.EqualTo(1));
            Assert.That(model.Converged, Is.True);
        });
    }

    [TestCase(10.0, 1.0, true)]
    [TestCase(0.1, 0.2, false)]
    public void Gamma_trades_categorical_mismatches_against_numeric_distance(double gamma, double expectedCost, bool splitByCategory)
    {
        // Numeric 0, 0, 1, 1 and category 0, 1, 0, 1. Split by category: cost 4 x 0.25 = 1. Split by number: 2 gamma.
        var data = new MixedData(new DenseMatrix([0, 0, 1, 1], 4, 1), new[,] { { 0 }, { 1 }, { 0 }, { 1 } });

        var model = new KPrototypes(new KPrototypesOptions { ClusterCount = 2, Gamma = gamma }).Fit(data);

        Assert.Multiple(() =>
        {
            Assert.That(model.Labels[0] == model.Labels[2], Is.EqualTo(splitByCategory));
            Assert.That(model.Labels[0] == model.Labels[1], Is.EqualTo(!splitByCategory));
            Assert.That(model.Cost, Is.EqualTo(expectedCost).Within(1e-12));
        });
    }

    [Test]
    public void Default_gamma_is_half_the_mean_population_standard_deviation_of_the_numeric_columns()
    {
        // Column 0: 0, 1, 10, 11 (mean 5.5, population variance 25.25); column 1 constant (deviation 0).
        var data = new MixedData(new DenseMatrix([0, 2, 1, 2, 10, 2, 11, 2], 4, 2), new[,] { { 0 }, { 0 }, { 1 }, { 1 } });

        Assert.Multiple(() =>
        {
            Assert.That(KPrototypes.EstimateGamma(data), Is.EqualTo(0.5 * (Math.Sqrt(25.25) + 0) / 2).Within(1e-15));
            Assert.That(new KPrototypes(2).Fit(data).Gamma, Is.EqualTo(KPrototypes.EstimateGamma(data)));
            Assert.That(
                KPrototypes.EstimateGamma(new MixedData(new DenseMatrix([], 2, 0), new[,] { { 0 }, { 1 } })),
                Is.EqualTo(1),
                "no numeric column: 1");
        });
    }

    [Test]
    public void Purely_categorical_data_is_k_modes()
    {
        var data = new MixedData(new DenseMatrix([], 6, 0), new[,] { { 0, 0 }, { 0, 0 }, { 0, 1 }, { 3, 3 }, { 3, 3 }, { 2, 3 } });

        var model = new KPrototypes(2).Fit(data);

        Assert.Multiple(() =>
        {
            Assert.That(model.Labels.Distinct().Count(), Is.EqualTo(2));
            Assert.That(model.Labels.Take(3).Distinct().Count(), Is.EqualTo(1));
            Assert.That(model.Cost, Is.EqualTo(2), "one mismatch in each cluster, gamma 1");
        });
    }

    [Test]
    public void More_restarts_never_cost_more_and_the_same_seed_gives_the_same_result()
    {
        var data = Synthetic();
        var one = new KPrototypes(new KPrototypesOptions { ClusterCount = 4, Restarts = 1, Seed = 5 }).Fit(data);
        var ten = new KPrototypes(new KPrototypesOptions { ClusterCount = 4, Restarts = 10, Seed = 5 }).Fit(data);
        var again = new KPrototypes(new KPrototypesOptions { ClusterCount = 4, Restarts = 10, Seed = 5 }).Fit(data);

        Assert.Multiple(() =>
        {
            Assert.That(ten.Cost, Is.LessThanOrEqualTo(one.Cost));
            Assert.That(again.Labels, Is.EqualTo(ten.Labels));
            Assert.That(again.Cost, Is.EqualTo(ten.Cost));
            Assert.That(again.Prototypes.CategoricalCodes.ToArray(), Is.EqualTo(ten.Prototypes.CategoricalCodes.ToArray()));
        });
    }

    [Test]
    public void Random_initialisation_also_finds_well_separated_groups()
    {
        var data = new MixedData(new DenseMatrix([0, 0.1, 0.2, 5, 5.1, 5.2], 6, 1), new[,] { { 0 }, { 0 }, { 0 }, { 1 }, { 1 }, { 1 } });

        var model = new KPrototypes(new KPrototypesOptions { ClusterCount = 2, Initialization = KPrototypesInitialization.Random }).Fit(data);

        Assert.That(model.Cost, Is.EqualTo(0.04).Within(1e-12));
    }

    [Test]
    public void More_clusters_than_distinct_rows_is_reported_not_crashed_and_converges()
    {
        var data = new MixedData(new DenseMatrix([1, 1, 1, 2], 4, 1), new[,] { { 0 }, { 0 }, { 0 }, { 0 } });

        var model = new KPrototypes(new KPrototypesOptions { ClusterCount = 3, Restarts = 1 }).Fit(data);

        Assert.Multiple(() =>
        {
            Assert.That(model.Labels.Distinct().Count(), Is.EqualTo(2));
            Assert.That(model.Cost, Is.Zero);
            Assert.That(model.Converged, Is.True);
            Assert.That(model.Diagnostics, Is.EqualTo(new[]
            {
                "Start 1 of 1 ended with 2 non-empty clusters of ClusterCount=3: the data has fewer distinct rows than clusters.",
            }));
        });
    }

    [Test]
    public void Predict_assigns_new_rows_to_the_cheapest_prototype()
    {
        var data = new MixedData(new DenseMatrix([0, 1, 10, 11], 4, 1), new[,] { { 0 }, { 0 }, { 1 }, { 1 } });
        var model = new KPrototypes(new KPrototypesOptions { ClusterCount = 2, Gamma = 1 }).Fit(data);

        var labels = model.Predict(new MixedData(new DenseMatrix([2, 9, 5.48, 5.52], 4, 1), new[,] { { 0 }, { 1 }, { 1 }, { 0 } }));

        // Prototypes (0.5, 0) and (10.5, 1). 5.48 with category 1: 4.98^2 + 1 = 25.80 vs 5.02^2 = 25.20 -> high although
        // numerically nearer low; 5.52 with category 0: 5.02^2 = 25.20 vs 4.98^2 + 1 = 25.80 -> low.
        var low = model.Labels[0];
        Assert.That(labels, Is.EqualTo(new[] { low, 1 - low, 1 - low, low }));
    }

    [Test]
    public void Bad_input_is_rejected_with_the_value_quoted()
    {
        Assert.Multiple(() =>
        {
            Assert.That(
                () => new MixedData(new DenseMatrix([1, 2], 2, 1), new[,] { { 0 }, { -1 } }),
                Throws.TypeOf<SegmentationDataException>().With.Message.EqualTo(
                    "categorical[1, 0]=-1 must be a code >= 0; give missing values a code of their own."));
            Assert.That(
                () => new MixedData(new DenseMatrix([1, 2], 2, 1), [0, 1, 2], 1),
                Throws.ArgumentException.With.Message.StartsWith("categoricalCodes has 3 codes but must have rows=2 x categoricalColumns=1."));
            Assert.That(
                () => new KPrototypes(3).Fit(new MixedData(new DenseMatrix([1, 2], 2, 1), new[,] { { 0 }, { 1 } })),
                Throws.TypeOf<SegmentationDataException>().With.Message.EqualTo("rows=2 must be >= ClusterCount=3."));
            Assert.That(
                () => new KPrototypes(new KPrototypesOptions { Gamma = -0.5 }),
                Throws.TypeOf<ArgumentOutOfRangeException>().With.Message.StartsWith("Gamma=-0.5 must be a finite number >= 0."));
        });
    }

    [Test]
    [Category(SharedData.Category)]
    public void Mall_customers_with_gender_as_a_category_give_consistent_prototypes_deterministically()
    {
        // Age, income and spending as population z-scores (so the default gamma is 0.5), Gender coded Female 0, Male 1.
        var table = MixtureTestData.ReadTable("mall_customers.csv", ',');
        var numeric = MixtureTestData.ZScores(MixtureTestData.Numeric(table, "Age", "Annual Income (k$)", "Spending Score (1-100)"));
        var (gender, categories) = MixtureTestData.Codes(table, "Gender");
        var data = new MixedData(numeric, gender, 1);

        var model = new KPrototypes(5).Fit(data);
        var again = new KPrototypes(5).Fit(data);

        Assert.Multiple(() =>
        {
            Assert.That(categories, Is.EqualTo(new[] { "Female", "Male" }));
            Assert.That(model.Gamma, Is.EqualTo(0.5).Within(1e-12));
            Assert.That(again.Labels, Is.EqualTo(model.Labels));
            Assert.That(again.Cost, Is.EqualTo(model.Cost));
            AssertConsistent(data, model);
        });
        TestContext.Out.WriteLine($"mall k=5: cost {model.Cost}, iterations {model.Iterations}");
    }

    [Test]
    [Category(SharedData.Category)]
    public void Marketing_customers_with_education_and_marital_status_give_consistent_prototypes_deterministically()
    {
        // Rows with a blank Income are left out (24 of 2240); numeric columns as population z-scores.
        var full = MixtureTestData.ReadTable("marketing_campaign.csv", '\t');
        var incomeColumn = Array.IndexOf(full.Header, "Income");
        var table = (full.Header, full.Rows.Where(r => r[incomeColumn].Length > 0).ToArray());
        var numeric = MixtureTestData.ZScores(
            MixtureTestData.Numeric(table, "Year_Birth", "Income", "Recency", "MntWines", "MntMeatProducts", "NumWebPurchases"));
        var (education, educationCategories) = MixtureTestData.Codes(table, "Education");
        var (marital, maritalCategories) = MixtureTestData.Codes(table, "Marital_Status");
        var codes = new int[table.Item2.Length * 2];
        for (var row = 0; row < table.Item2.Length; row++)
        {
            codes[row * 2] = education[row];
            codes[(row * 2) + 1] = marital[row];
        }

        var data = new MixedData(numeric, codes, 2);
        var options = new KPrototypesOptions { ClusterCount = 4, Seed = 7 };

        var model = new KPrototypes(options).Fit(data);
        var again = new KPrototypes(options).Fit(data);

        Assert.Multiple(() =>
        {
            Assert.That(data.Rows, Is.EqualTo(2216));
            Assert.That(educationCategories, Has.Length.EqualTo(5));
            Assert.That(maritalCategories, Has.Length.EqualTo(8));
            Assert.That(model.Gamma, Is.EqualTo(0.5).Within(1e-12));
            Assert.That(again.Labels, Is.EqualTo(model.Labels));
            AssertConsistent(data, model);
        });
        for (var c = 0; c < model.ClusterCount; c++)
        {
            TestContext.Out.WriteLine(
                $"cluster {c}: {model.Labels.Count(l => l == c)} rows, {educationCategories[model.Prototypes.Category(c, 0)]}, " +
                $"{maritalCategories[model.Prototypes.Category(c, 1)]}");
        }
    }

    /// <summary>Every prototype is its members' mean and mode (lowest code on a tie) and the cost is their sum.</summary>
    private static void AssertConsistent(MixedData data, KPrototypesModel model)
    {
        var cost = 0.0;
        for (var c = 0; c < model.ClusterCount; c++)
        {
            var members = Enumerable.Range(0, data.Rows).Where(row => model.Labels[row] == c).ToArray();
            Assert.That(members, Is.Not.Empty, $"cluster {c}");
            for (var i = 0; i < data.NumericColumns; i++)
            {
                Assert.That(model.Prototypes.Numeric[c, i], Is.EqualTo(members.Average(row => data.Numeric[row, i])).Within(1e-9));
            }

            for (var j = 0; j < data.CategoricalColumns; j++)
            {
                var mode = members.GroupBy(row => data.Category(row, j))
                    .OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
                Assert.That(model.Prototypes.Category(c, j), Is.EqualTo(mode), $"mode of cluster {c}, column {j}");
            }

            foreach (var row in members)
            {
                for (var i = 0; i < data.NumericColumns; i++)
                {
                    cost += Math.Pow(data.Numeric[row, i] - model.Prototypes.Numeric[c, i], 2);
                }

                for (var j = 0; j < data.CategoricalColumns; j++)
                {
                    cost += data.Category(row, j) == model.Prototypes.Category(c, j) ? 0 : model.Gamma;
                }
            }
        }

        Assert.That(model.Cost, Is.EqualTo(cost).Within(1e-9 * cost));
        Assert.That(model.Predict(data), Is.EqualTo(model.Labels));
    }

    private static MixedData Synthetic()
    {
        var random = new Random(1);
        const int Rows = 200;
        var numeric = new double[Rows * 2];
        var codes = new int[Rows];
        for (var row = 0; row < Rows; row++)
        {
            var group = row % 4;
            numeric[row * 2] = (group % 2 * 5) + random.NextDouble();
            numeric[(row * 2) + 1] = random.NextDouble() * 3;
            codes[row] = random.NextDouble() < 0.8 ? group / 2 : 2;
        }

        return new MixedData(new DenseMatrix(numeric, Rows, 2), codes, 1);
    }
}
