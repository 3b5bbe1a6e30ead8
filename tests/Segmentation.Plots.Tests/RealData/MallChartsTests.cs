using System.Globalization;
using System.Text.Json;
using Segmentation.Clustering;
using Segmentation.Plots.Tests.Support;
using Segmentation.Tests.Support;

namespace Segmentation.Plots.Tests.RealData;

/// <summary>
/// Draws the Mall customers with scikit-learn's k = 5 labels, centroids, silhouettes and inertias from
/// ../shared/reference, checks the marks, and leaves the SVGs (and, with Chromium, a report PNG) in the test output.
/// </summary>
[Category(SharedData.Category)]
public sealed class MallChartsTests
{
    [Test]
    public void Mall_charts_have_a_mark_per_customer_and_segment()
    {
        var mall = LoadMall();
        var names = Enumerable.Range(1, 5).Select(i => $"Segment {i}").ToArray();

        var scatter = Plots.Charts.Scatter(mall.Data, 0, 1, mall.Labels, mall.Centroids, new ScatterChartOptions
        {
            XTitle = "Annual income", XUnit = "k$", YTitle = "Spending score", YUnit = "1-100", SegmentNames = names,
            Title = "Mall customers: income and spending, k = 5",
        });
        var silhouette = Plots.Charts.Silhouette(mall.Silhouettes, mall.Labels, names);
        var elbow = Plots.Charts.Elbow(mall.ClusterCounts, mall.Inertias, knee: mall.Knee);
        var pairs = Plots.Charts.PairPlot(mall.Data, ["Annual Income (k$)", "Spending Score (1-100)"], mall.Labels,
            new ScatterChartOptions { SegmentNames = names, Height = 700 });

        Assert.Multiple(() =>
        {
            Assert.That(ChartXml.Marks(scatter, "point"), Has.Count.EqualTo(200));
            Assert.That(ChartXml.Marks(scatter, "centroid"), Has.Count.EqualTo(5));
            Assert.That(ChartXml.Marks(silhouette, "bar"), Has.Count.EqualTo(200));
            Assert.That(ChartXml.Texts(silhouette), Does.Contain(string.Create(CultureInfo.InvariantCulture, $"mean {mall.MeanSilhouette:0.000}")));
            Assert.That(ChartXml.Texts(elbow), Does.Contain("knee: k = 5"));
            Assert.That(ChartXml.Marks(pairs, "point"), Has.Count.EqualTo(2 * 200));
        });

        Preview.Save(scatter, "mall-scatter");
        Preview.Save(silhouette, "mall-silhouette");
        Preview.Save(elbow, "mall-elbow");
        Preview.Save(pairs, "mall-pairs");
    }

    private static Mall LoadMall()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(SharedData.ReferenceFile("mall_income_spending_raw.json")));
        var root = json.RootElement;
        var labels = root.GetProperty("labels").EnumerateArray().Select(label => label.GetInt32()).ToArray();
        var centroids = root.GetProperty("centroids").EnumerateArray()
            .SelectMany(row => row.EnumerateArray().Select(value => value.GetDouble())).ToArray();
        var silhouettes = root.GetProperty("silhouette_samples").EnumerateArray().Select(value => value.GetDouble()).ToArray();
        var inertias = root.GetProperty("best_inertia_by_k").EnumerateObject()
            .Select(entry => (K: int.Parse(entry.Name, CultureInfo.InvariantCulture), Inertia: entry.Value.GetDouble()))
            .OrderBy(entry => entry.K).ToArray();

        var rows = File.ReadAllLines(SharedData.DataFile("mall_customers.csv")).Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => line.Split(','))
            .SelectMany(cells => new[] { double.Parse(cells[3], CultureInfo.InvariantCulture), double.Parse(cells[4], CultureInfo.InvariantCulture) })
            .ToArray();
        return new Mall(
            new DenseMatrix(rows, rows.Length / 2, 2), labels, new DenseMatrix(centroids, centroids.Length / 2, 2), silhouettes,
            root.GetProperty("metrics_for_labels").GetProperty("silhouette").GetDouble(),
            [.. inertias.Select(entry => entry.K)], [.. inertias.Select(entry => entry.Inertia)], root.GetProperty("kneedle_knee_k").GetInt32());
    }

    private sealed record Mall(
        DenseMatrix Data, int[] Labels, DenseMatrix Centroids, double[] Silhouettes, double MeanSilhouette,
        int[] ClusterCounts, double[] Inertias, int Knee);
}
