using System.Xml.Linq;
using Segmentation.Data;
using Segmentation.Pipeline;
using Segmentation.Synthetic;

namespace Segmentation.Plots.Tests.Report;

public sealed class SegmentationReportTests
{
    private static readonly DataFrame Customers = SyntheticCustomers.Mall();

    private static SegmentationResult Sweep() => SegmentationPipeline.Create()
        .WithIdColumn("CustomerID")
        .SelectFeatures("Annual Income (k$)", "Spending Score (1-100)")
        .KMeans(2, 8)
        .Fit(Customers);

    [Test]
    public void A_swept_two_feature_segmentation_gets_every_chart_that_applies()
    {
        var charts = SegmentationCharts.Create(Sweep(), Customers);

        Assert.That(charts.Select(chart => chart.Name), Is.EqualTo(new[]
        {
            "histograms", "correlations", "sizes", "elbow", "criteria", "segments", "silhouette", "profiles",
        }));
    }

    [Test]
    public void The_two_feature_scatter_is_drawn_in_the_data_units_with_one_mark_per_customer()
    {
        var result = Sweep();

        var scatter = SegmentationCharts.Create(result, Customers).Single(chart => chart.Name == "segments").Chart;

        var marks = XDocument.Parse(scatter.ToSvg()).Descendants().Count(element => (string?)element.Attribute("data-mark") == "point");
        Assert.That(marks, Is.EqualTo(Customers.Rows.Count));
        Assert.That(scatter.ToSvg(), Does.Contain("Annual Income (k$)"));
    }

    [Test]
    public void More_than_two_features_are_shown_on_the_first_two_principal_components()
    {
        var result = SegmentationPipeline.Create()
            .SelectFeatures("Age", "Annual Income (k$)", "Spending Score (1-100)")
            .Normalize()
            .KMeans(4)
            .Fit(Customers);

        var names = SegmentationCharts.Create(result, Customers).Select(chart => chart.Name);

        Assert.That(names, Does.Contain("segments-pca").And.Not.Contain("segments").And.Not.Contain("elbow"));
    }

    [Test]
    public void The_report_has_the_data_preprocessing_choice_segments_and_method_sections()
    {
        var html = SegmentationReport.Create(Sweep(), Customers).ToHtml();

        Assert.Multiple(() =>
        {
            foreach (var section in new[] { "Data", "Preprocessing", "Number of segments", "Segments", "Method" })
            {
                Assert.That(html, Does.Contain($">{section}</h2>"), section);
            }

            Assert.That(html, Does.Contain("Chosen: k = "));
            Assert.That(html, Does.Contain("CustomerID: not selected (SelectColumns)"));
            Assert.That(html, Does.Not.Contain("<script"));
        });
    }

    [Test]
    public void A_fixed_k_says_so_instead_of_a_sweep_table()
    {
        var result = SegmentationPipeline.Create().SelectFeatures("Annual Income (k$)", "Spending Score (1-100)").KMeans(5).Fit(Customers);

        var html = SegmentationReport.Create(result, Customers).ToHtml();

        Assert.That(html, Does.Contain("The number of segments was fixed at 5."));
    }
}
