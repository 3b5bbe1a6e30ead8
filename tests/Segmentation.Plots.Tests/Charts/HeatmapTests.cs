using Segmentation.Clustering;
using Segmentation.Plots.Tests.Support;

namespace Segmentation.Plots.Tests.Charts;

public sealed class HeatmapTests
{
    [Test]
    public void The_profile_heatmap_has_one_cell_per_segment_and_feature()
    {
        var chart = Plots.Charts.ProfileHeatmap(Gallery.Contrasts, Samples.SegmentNames, Samples.FeatureNames);

        Assert.That(ChartXml.Marks(chart, "cell"), Has.Count.EqualTo(9));
    }

    [Test]
    public void Cells_are_labelled_with_the_values_in_the_data_units_when_given()
    {
        var chart = Plots.Charts.ProfileHeatmap(Gallery.Contrasts, Samples.SegmentNames, Samples.FeatureNames, Samples.Centroids);

        Assert.That(ChartXml.Texts(chart), Does.Contain("20.8").And.Contain("128").And.Contain("51.8"));
    }

    [Test]
    public void Cells_are_labelled_with_signed_contrasts_otherwise()
    {
        var chart = Plots.Charts.ProfileHeatmap(Gallery.Contrasts, Samples.SegmentNames, Samples.FeatureNames);

        Assert.That(ChartXml.Texts(chart), Does.Contain("-1.05").And.Contain("+1.45").And.Contain("+0.01"));
    }

    [Test]
    public void Contrasts_use_the_diverging_palette_blue_below_and_red_above()
    {
        var chart = Plots.Charts.ProfileHeatmap(new DenseMatrix(new double[,] { { -2, 0, 2 } }), ["Only"], ["a", "b", "c"]);

        var fills = ChartXml.Marks(chart, "cell").Select(cell => (string?)cell.Attribute("fill")).ToArray();

        Assert.That(fills, Is.EqualTo(new[] { "#2166AC", "#F7F7F7", "#B2182B" }));
    }

    [Test]
    public void Feature_names_with_markup_render_as_text()
    {
        var chart = Plots.Charts.ProfileHeatmap(new DenseMatrix(new double[,] { { 1, -1 } }), ["A & B"], ["<script>", "x"]);

        Assert.That(ChartXml.Texts(chart), Does.Contain("A & B").And.Contain("<script>"));
        Assert.That(chart.ToSvg(), Does.Not.Contain("<script>"));
    }

    [Test]
    public void Long_rotated_feature_names_stay_inside_the_chart_when_segment_names_are_short()
    {
        var names = Enumerable.Range(1, 10).Select(i => $"A rather long feature name {i}").ToArray();

        var chart = Plots.Charts.ProfileHeatmap(new DenseMatrix(new double[2 * 10], 2, 10), ["S1", "S2"], names);
        var firstCell = ChartXml.Marks(chart, "cell")[0];
        var x = double.Parse((string)firstCell.Attribute("x")!, System.Globalization.CultureInfo.InvariantCulture);

        // The first label ends at the cell's centre and runs down-left at 40 degrees for at most 160 px.
        Assert.That(x, Is.GreaterThanOrEqualTo((Math.Cos(40 * Math.PI / 180) * 160) - 40));
    }

    [Test]
    public void A_name_count_that_differs_from_the_matrix_is_rejected()
    {
        var exception = Assert.Throws<ArgumentException>(() =>
            Plots.Charts.ProfileHeatmap(Gallery.Contrasts, ["one", "two"], Samples.FeatureNames));

        Assert.That(exception!.Message, Does.StartWith("segmentNames.Count.Length=2 must equal contrasts.Rows.Length=3."));
    }

    [Test]
    public void The_correlation_heatmap_has_a_cell_per_pair_with_ones_on_the_diagonal()
    {
        var chart = Plots.Charts.CorrelationHeatmap(Samples.Data, Samples.FeatureNames);

        var cells = ChartXml.Marks(chart, "cell");
        var diagonal = cells.Where(cell => (string?)cell.Attribute("data-row") == (string?)cell.Attribute("data-column"));

        Assert.That(cells, Has.Count.EqualTo(9));
        Assert.That(diagonal.Select(cell => cell.Value), Has.All.EndsWith("r = 1.00"));
    }

    [Test]
    public void A_constant_column_has_no_correlation()
    {
        var data = new DenseMatrix(new double[,] { { 1, 5 }, { 2, 5 }, { 3, 5 } });

        var chart = Plots.Charts.CorrelationHeatmap(data, ["x", "constant"]);

        Assert.That(ChartXml.Texts(chart), Does.Contain("n/a"));
    }
}
