using Segmentation.Plots.Tests.Support;

namespace Segmentation.Plots.Tests.Charts;

public sealed class PairPlotTests
{
    [Test]
    public void Off_diagonal_panels_draw_every_row_and_the_diagonal_one_histogram_per_segment()
    {
        var chart = Plots.Charts.PairPlot(Samples.Data, Samples.FeatureNames, Samples.Labels);

        Assert.Multiple(() =>
        {
            Assert.That(ChartXml.Marks(chart, "point"), Has.Count.EqualTo(3 * 2 * 12));
            Assert.That(ChartXml.Marks(chart, "histogram"), Has.Count.EqualTo(3 * 3));
            Assert.That(chart.Height, Is.EqualTo(800));
        });
    }

    [Test]
    public void Large_data_is_sampled_once_for_all_panels()
    {
        var (data, labels) = Samples.Blobs(7_000, seed: 4);

        var chart = Plots.Charts.PairPlot(data, ["x", "y"], labels, new ScatterChartOptions { MaximumPoints = 1_000 });

        Assert.That(ChartXml.Marks(chart, "point"), Has.Count.EqualTo(2 * 1_000));
        Assert.That(ChartXml.Texts(chart), Has.Some.StartsWith("Showing 1,000 of 7,000 points per panel"));
    }

    [Test]
    public void One_feature_is_not_a_pair_plot()
    {
        var data = new Segmentation.Clustering.DenseMatrix(new double[] { 1, 2 }, 2, 1);

        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => Plots.Charts.PairPlot(data, ["x"], [0, 1]));

        Assert.That(exception!.Message, Does.StartWith("data.Columns=1 must be >= 2."));
    }
}
