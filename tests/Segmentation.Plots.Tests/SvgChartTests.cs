using System.Xml.Linq;
using Segmentation.Clustering;
using Segmentation.Plots.Tests.Support;

namespace Segmentation.Plots.Tests;

public sealed class SvgChartTests
{
    [Test]
    public void Save_writes_exactly_the_svg_text_creating_the_folder()
    {
        var chart = Plots.Charts.SegmentSizes([3, 1]);
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "Saved", Guid.NewGuid().ToString("N"), "sizes.svg");

        chart.Save(path);

        Assert.That(File.ReadAllText(path), Is.EqualTo(chart.ToSvg()));
    }

    [Test]
    public void A_chart_narrower_than_200_pixels_is_rejected()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => Plots.Charts.SegmentSizes([3], options: new ChartOptions { Width = 120 }));

        Assert.That(exception!.Message, Does.StartWith("Width=120 must be >= 200."));
    }

    [Test]
    public void The_title_option_replaces_the_default_title()
    {
        var chart = Plots.Charts.SegmentSizes([3], options: new ChartOptions { Title = "Who they are" });

        Assert.That(chart.Title, Is.EqualTo("Who they are"));
        Assert.That(ChartXml.Texts(chart), Does.Contain("Who they are"));
    }

    [Test]
    public void A_scatter_of_a_constant_column_still_gets_an_axis()
    {
        var data = new DenseMatrix(new double[,] { { 5, 1 }, { 5, 2 }, { 5, 3 } });

        var chart = Plots.Charts.Scatter(data, 0, 1, [0, 0, 1]);

        Assert.That(ChartXml.Marks(chart, "point"), Has.Count.EqualTo(3));
        Assert.That(ChartXml.Parse(chart).Descendants().Where(e => (string?)e.Attribute("data-axis") == "x").Descendants().Count(), Is.GreaterThan(2));
    }

    [Test]
    public void A_scatter_without_rows_is_an_empty_but_valid_chart()
    {
        var chart = Plots.Charts.Scatter(new DenseMatrix(new double[0, 2]), 0, 1, []);

        Assert.That(ChartXml.Marks(chart, "point"), Is.Empty);
        Assert.That(ChartXml.Parse(chart).Root!.Name.LocalName, Is.EqualTo("svg"));
    }
}
