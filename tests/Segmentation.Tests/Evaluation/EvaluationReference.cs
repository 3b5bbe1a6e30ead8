using System.Globalization;
using System.Text.Json;
using Segmentation.Clustering;
using Segmentation.Tests.Support;

namespace Segmentation.Tests.Evaluation;

/// <summary>
/// One scikit-learn reference case from ../shared/reference, with its feature matrix rebuilt from ../shared/data
/// by the recipe the JSON states (a tiny CSV reader; the evaluation tests do not depend on the DataFrame).
/// </summary>
internal sealed class EvaluationReference
{
    public static readonly string[] Names =
        ["mall_income_spending_raw", "mall_age_income_spending_zscore", "marketing_engineered_zscore"];

    private EvaluationReference(string name, JsonElement root, DenseMatrix features)
    {
        Name = name;
        Root = root;
        Features = features;
    }

    public string Name { get; }

    public JsonElement Root { get; }

    public DenseMatrix Features { get; }

    public int[] Labels => Root.GetProperty("labels").EnumerateArray().Select(e => e.GetInt32()).ToArray();

    public double[] SilhouetteSamples => Doubles(Root.GetProperty("silhouette_samples"));

    public double[] KneedleDifferenceCurve => Doubles(Root.GetProperty("kneedle_difference_curve"));

    public int KneedleKnee => Root.GetProperty("kneedle_knee_k").GetInt32();

    public double Metric(string name) => Root.GetProperty("metrics_for_labels").GetProperty(name).GetDouble();

    public (double[] K, double[] Inertia) InertiaCurve()
    {
        var pairs = Root.GetProperty("best_inertia_by_k").EnumerateObject().ToArray();
        return (pairs.Select(p => double.Parse(p.Name, CultureInfo.InvariantCulture)).ToArray(),
            pairs.Select(p => p.Value.GetDouble()).ToArray());
    }

    public static EvaluationReference Load(string name)
    {
        var root = JsonDocument.Parse(File.ReadAllText(SharedData.ReferenceFile(name + ".json"))).RootElement;
        var features = name switch
        {
            "mall_income_spending_raw" => MallIncomeSpending(),
            "mall_age_income_spending_zscore" => ZScore(Mall("Age", "Annual Income (k$)", "Spending Score (1-100)")),
            "marketing_engineered_zscore" => ZScore(Marketing()),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown reference case"),
        };

        var expectedFirst = root.GetProperty("feature_matrix_first_rows").EnumerateArray().Select(Doubles).ToArray();
        for (var row = 0; row < expectedFirst.Length; row++)
        {
            Assert.That(features.Row(row).ToArray(), Is.EqualTo(expectedFirst[row]).Within(1e-12), $"{name} feature row {row}");
        }

        return new EvaluationReference(name, root, features);
    }

    public static DenseMatrix MallIncomeSpending() => Mall("Annual Income (k$)", "Spending Score (1-100)");

    private static DenseMatrix Mall(params string[] columns)
    {
        var lines = File.ReadAllLines(SharedData.DataFile("mall_customers.csv"));
        var header = lines[0].Split(',');
        var indexes = columns.Select(c => Array.IndexOf(header, c)).ToArray();
        var rows = lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).ToArray();
        var values = rows.SelectMany(r => indexes.Select(i => double.Parse(r[i], CultureInfo.InvariantCulture))).ToArray();
        return new DenseMatrix(values, rows.Length, columns.Length);
    }

    private static DenseMatrix Marketing()
    {
        var lines = File.ReadAllLines(SharedData.DataFile("marketing_campaign.csv"));
        var header = lines[0].Split('\t');
        var rows = lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')).ToArray();
        double Value(string[] row, string column) => double.Parse(row[Array.IndexOf(header, column)], CultureInfo.InvariantCulture);
        var incomes = rows.Select(r => r[Array.IndexOf(header, "Income")]).ToArray();
        var known = incomes.Where(s => s.Length > 0).Select(s => double.Parse(s, CultureInfo.InvariantCulture)).Order().ToArray();
        var median = known.Length % 2 == 1 ? known[known.Length / 2] : (known[(known.Length / 2) - 1] + known[known.Length / 2]) / 2;
        Assert.That(median, Is.EqualTo(51381.5), "the recipe's median income");
        var values = new List<double>();
        for (var i = 0; i < rows.Length; i++)
        {
            var row = rows[i];
            values.Add(incomes[i].Length > 0 ? double.Parse(incomes[i], CultureInfo.InvariantCulture) : median);
            values.Add(2014 - Value(row, "Year_Birth"));
            values.Add(Value(row, "Kidhome") + Value(row, "Teenhome"));
            values.Add(Value(row, "Recency"));
            values.Add(Value(row, "MntWines") + Value(row, "MntFruits") + Value(row, "MntMeatProducts")
                + Value(row, "MntFishProducts") + Value(row, "MntSweetProducts") + Value(row, "MntGoldProds"));
            values.Add(Value(row, "NumWebPurchases") + Value(row, "NumCatalogPurchases") + Value(row, "NumStorePurchases"));
            values.Add(Value(row, "NumWebVisitsMonth"));
        }

        return new DenseMatrix(values.ToArray(), rows.Length, 7);
    }

    /// <summary>Z-scores with the population standard deviation (ddof = 0), as the recipes say.</summary>
    private static DenseMatrix ZScore(DenseMatrix data)
    {
        var values = data.Values.ToArray();
        for (var column = 0; column < data.Columns; column++)
        {
            var mean = 0.0;
            for (var row = 0; row < data.Rows; row++)
            {
                mean += values[(row * data.Columns) + column];
            }

            mean /= data.Rows;
            var variance = 0.0;
            for (var row = 0; row < data.Rows; row++)
            {
                var d = values[(row * data.Columns) + column] - mean;
                variance += d * d;
            }

            var deviation = Math.Sqrt(variance / data.Rows);
            for (var row = 0; row < data.Rows; row++)
            {
                values[(row * data.Columns) + column] = (values[(row * data.Columns) + column] - mean) / deviation;
            }
        }

        return new DenseMatrix(values, data.Rows, data.Columns);
    }

    private static double[] Doubles(JsonElement array) => array.EnumerateArray().Select(e => e.GetDouble()).ToArray();
}
