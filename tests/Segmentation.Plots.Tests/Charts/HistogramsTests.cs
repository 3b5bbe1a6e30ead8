using Segmentation.Clustering;
using Segmentation.Plots.Tests.Support;

namespace Segmentation.Plots.Tests.Charts;

public sealed class HistogramsTests
{
    [Test]
    public void A_histogram_has_one_bar_per_bin_and_counts_every_value()
    {
        var values = Enumerable.Range(0, 1000).Select(i => (double)(i % 97)).ToArray();

        var chart = Plots.Charts.Histogram(values, "Age", "years");
        var bins = ChartXml.Marks(chart, "bin");
        var total = bins.Sum(bin => int.Parse(bin.Value.Split(": ")[1], System.Globalization.CultureInfo.InvariantCulture));

        Assert.That(bins, Has.Count.EqualTo(10));
        Assert.That(total, Is.EqualTo(1000));
        Assert.That(ChartXml.Texts(chart), Does.Contain("Age (years)"));
    }

    [Test]
    public void Missing_values_are_left_out_and_counted_in_a_note()
    {
        var chart = Plots.Charts.Histogram([1, 2, double.NaN, 3, double.NaN], "x");

        Assert.That(ChartXml.Texts(chart), Does.Contain("2 missing values not shown."));
    }

    [Test]
    public void The_overview_has_one_titled_panel_per_column()
    {
        var chart = Plots.Charts.Histograms(Samples.Data, Samples.FeatureNames);

        var panels = ChartXml.Parse(chart).Descendants().Where(element => element.Attribute("data-panel") is not null);

        Assert.That(panels.Select(panel => (string?)panel.Attribute("data-panel")), Is.EqualTo(Samples.FeatureNames));
    }

    [Test]
    public void The_overview_grows_with_the_number_of_columns()
    {
        var data = new DenseMatrix(new double[40 * 7].Select((_, i) => (double)(i % 13)).ToArray(), 40, 7);

        var chart = Plots.Charts.Histograms(data, [.. Enumerable.Range(1, 7).Select(i => $"c{i}")]);

        Assert.That(chart.Height, Is.EqualTo(70 + (3 * 230)));
    }
}
