using System.Globalization;
using System.Text.Json;
using Segmentation.Clustering;

namespace Segmentation.Tests.Support;

/// <summary>
/// One scikit-learn reference case from ../shared/reference: its values, and the feature matrix rebuilt from its recipe
/// by a small CSV reader of its own (so the clustering tests do not depend on the DataFrame loader).
/// </summary>
internal sealed class ReferenceCase
{
    private ReferenceCase(string name, JsonElement root, DenseMatrix features)
    {
        Name = name;
        Features = features;
        BestInertiaByK = root.GetProperty("best_inertia_by_k").EnumerateObject()
            .ToDictionary(p => int.Parse(p.Name, CultureInfo.InvariantCulture), p => p.Value.GetDouble());
        LabelsK = root.GetProperty("labels_k").GetInt32();
        Labels = root.GetProperty("labels").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        FirstRows = root.GetProperty("feature_matrix_first_rows").EnumerateArray()
            .Select(r => r.EnumerateArray().Select(e => e.GetDouble()).ToArray()).ToArray();
    }

    /// <summary>The three cases, by file name without extension.</summary>
    public static IEnumerable<string> Names => ["mall_income_spending_raw", "mall_age_income_spending_zscore", "marketing_engineered_zscore"];

    public string Name { get; }

    public DenseMatrix Features { get; }

    public IReadOnlyDictionary<int, double> BestInertiaByK { get; }

    public int LabelsK { get; }

    public int[] Labels { get; }

    public double[][] FirstRows { get; }

    public static ReferenceCase Load(string name)
    {
        var path = SharedData.ReferenceFile(name + ".json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement.Clone();
        var recipe = root.GetProperty("recipe");
        var file = recipe.GetProperty("file").GetString()!;
        var features = file.StartsWith("mall_customers.csv", StringComparison.Ordinal)
            ? MallFeatures(recipe)
            : MarketingFeatures();
        var scaling = recipe.GetProperty("scaling").GetString()!;
        if (scaling.StartsWith("z-score", StringComparison.Ordinal))
        {
            ZScore(features);
        }

        return new ReferenceCase(name, root, ToMatrix(features));
    }

    private static double[][] MallFeatures(JsonElement recipe)
    {
        var columns = recipe.GetProperty("columns").EnumerateArray().Select(e => e.GetString()!).ToArray();
        var (header, rows) = ReadCsv(SharedData.DataFile("mall_customers.csv"), ',');
        var indexes = columns.Select(c => Array.IndexOf(header, c)).ToArray();
        Assert.That(indexes, Has.None.Negative, "every recipe column is in mall_customers.csv");
        return [.. indexes.Select(i => rows.Select(r => Parse(r[i])).ToArray())];
    }

    /// <summary>Income (blanks to the median), Age, Children, Recency, MntTotal, NumPurchases, NumWebVisitsMonth.</summary>
    private static double[][] MarketingFeatures()
    {
        var (header, rows) = ReadCsv(SharedData.DataFile("marketing_campaign.csv"), '\t');
        double[] Column(string name)
        {
            var index = Array.IndexOf(header, name);
            Assert.That(index, Is.GreaterThanOrEqualTo(0), name);
            return rows.Select(r => string.IsNullOrWhiteSpace(r[index]) ? double.NaN : Parse(r[index])).ToArray();
        }

        double[] Sum(params string[] names) =>
            names.Select(Column).Aggregate((a, b) => a.Zip(b, (x, y) => x + y).ToArray());

        var income = Column("Income");
        var present = income.Where(v => !double.IsNaN(v)).Order().ToArray();
        var median = present.Length % 2 == 1
            ? present[present.Length / 2]
            : (present[(present.Length / 2) - 1] + present[present.Length / 2]) / 2;
        Assert.That(income.Count(double.IsNaN), Is.EqualTo(24), "blank Income cells");
        income = income.Select(v => double.IsNaN(v) ? median : v).ToArray();
        return
        [
            income,
            Column("Year_Birth").Select(y => 2014 - y).ToArray(),
            Sum("Kidhome", "Teenhome"),
            Column("Recency"),
            Sum("MntWines", "MntFruits", "MntMeatProducts", "MntFishProducts", "MntSweetProducts", "MntGoldProds"),
            Sum("NumWebPurchases", "NumCatalogPurchases", "NumStorePurchases"),
            Column("NumWebVisitsMonth"),
        ];
    }

    /// <summary>z-score with the population standard deviation (ddof = 0), column by column, in place.</summary>
    private static void ZScore(double[][] columns)
    {
        foreach (var column in columns)
        {
            var mean = column.Sum() / column.Length;
            var std = Math.Sqrt(column.Sum(v => (v - mean) * (v - mean)) / column.Length);
            for (var i = 0; i < column.Length; i++)
            {
                column[i] = (column[i] - mean) / std;
            }
        }
    }

    private static DenseMatrix ToMatrix(double[][] columns)
    {
        var rows = columns[0].Length;
        var values = new double[rows * columns.Length];
        for (var row = 0; row < rows; row++)
        {
            for (var j = 0; j < columns.Length; j++)
            {
                values[(row * columns.Length) + j] = columns[j][row];
            }
        }

        return new DenseMatrix(values, rows, columns.Length);
    }

    private static (string[] Header, string[][] Rows) ReadCsv(string path, char separator)
    {
        var lines = File.ReadAllLines(path).Where(l => l.Length > 0).ToArray();
        var header = lines[0].TrimEnd('\r').Split(separator);
        var rows = lines.Skip(1).Select(l => l.TrimEnd('\r').Split(separator)).ToArray();
        return (header, rows);
    }

    private static double Parse(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
