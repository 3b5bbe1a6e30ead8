using Segmentation.Clustering;
using Segmentation.Plots.Tests.Support;

namespace Segmentation.Plots.Tests.Charts;

public sealed class ScatterTests
{
    [Test]
    public void A_scatter_draws_one_point_per_row_and_one_centroid_per_segment()
    {
        var chart = Plots.Charts.Scatter(Samples.Data, 1, 2, Samples.Labels, Samples.Centroids);

        Assert.Multiple(() =>
        {
            Assert.That(ChartXml.Marks(chart, "point"), Has.Count.EqualTo(12));
            Assert.That(ChartXml.Marks(chart, "centroid"), Has.Count.EqualTo(3));
            Assert.That(ChartXml.Marks(chart, "centroid").Select(mark => mark.Name.LocalName).Distinct(), Is.EqualTo(new[] { "path" }));
        });
    }

    [Test]
    public void Points_are_coloured_by_segment_with_the_okabe_ito_palette()
    {
        var chart = Plots.Charts.Scatter(Samples.Data, 0, 1, Samples.Labels);

        var fills = ChartXml.Marks(chart, "point").Select(point => (string?)point.Attribute("fill")).ToArray();

        Assert.That(fills[0], Is.EqualTo(ChartPalette.Categorical[0]));
        Assert.That(fills[4], Is.EqualTo(ChartPalette.Categorical[1]));
        Assert.That(fills[8], Is.EqualTo(ChartPalette.Categorical[2]));
    }

    [Test]
    public void The_legend_names_the_segments_and_the_axes_carry_titles_with_units()
    {
        var chart = Plots.Charts.Scatter(Samples.Data, 1, 2, Samples.Labels, Samples.Centroids, new ScatterChartOptions
        {
            XTitle = "Annual income", XUnit = "k$", YTitle = "Spending score", SegmentNames = Samples.SegmentNames,
        });

        var texts = ChartXml.Texts(chart);

        Assert.That(texts, Does.Contain("Young savers").And.Contain("Affluent").And.Contain("Centroid"));
        Assert.That(texts, Does.Contain("Annual income (k$)").And.Contain("Spending score"));
    }

    [Test]
    public void Column_names_with_markup_render_as_text()
    {
        var chart = Plots.Charts.Scatter(Samples.Data, 0, 1, Samples.Labels, null, new ScatterChartOptions
        {
            XTitle = "<script>alert(1)</script>", YTitle = "A & B", SegmentNames = ["<b>bold</b>", "x\"y", "it's"],
            Title = "Q&A <test>",
        });

        var svg = chart.ToSvg();
        var texts = ChartXml.Texts(chart);

        Assert.Multiple(() =>
        {
            Assert.That(svg, Does.Not.Contain("<script>").And.Not.Contain("<b>"));
            Assert.That(texts, Does.Contain("<script>alert(1)</script>").And.Contain("A & B").And.Contain("<b>bold</b>").And.Contain("Q&A <test>"));
        });
    }

    [Test]
    public void Up_to_the_threshold_every_point_is_drawn_without_a_note()
    {
        var (data, labels) = Samples.Blobs(PlotDefaults.MaximumScatterPoints, seed: 1);

        var chart = Plots.Charts.Scatter(data, 0, 1, labels);

        Assert.That(ChartXml.Marks(chart, "point"), Has.Count.EqualTo(PlotDefaults.MaximumScatterPoints));
        Assert.That(ChartXml.Texts(chart).Any(text => text.StartsWith("Showing", StringComparison.Ordinal)), Is.False);
    }

    [Test]
    public void Past_the_threshold_a_seeded_sample_is_drawn_and_the_chart_says_so()
    {
        var (data, labels) = Samples.Blobs(12_345, seed: 2);

        var chart = Plots.Charts.Scatter(data, 0, 1, labels);
        var again = Plots.Charts.Scatter(data, 0, 1, labels);

        Assert.Multiple(() =>
        {
            Assert.That(ChartXml.Marks(chart, "point"), Has.Count.EqualTo(5_000));
            Assert.That(ChartXml.Texts(chart), Has.Some.StartsWith("Showing 5,000 of 12,345 points (seeded uniform sample, seed 42)"));
            Assert.That(again.ToSvg(), Is.EqualTo(chart.ToSvg()));
        });
    }

    [Test]
    public void A_scatter_of_541909_rows_draws_5000_points_and_says_how_many_it_shows()
    {
        var (data, labels) = Samples.Blobs(541_909, seed: 5);
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var chart = Plots.Charts.Scatter(data, 0, 1, labels);

        TestContext.Out.WriteLine($"541,909 rows: {watch.ElapsedMilliseconds} ms, {chart.ToSvg().Length:N0} characters of SVG");
        Assert.That(ChartXml.Marks(chart, "point"), Has.Count.EqualTo(5_000));
        Assert.That(ChartXml.Texts(chart), Has.Some.StartsWith("Showing 5,000 of 541,909 points"));
    }

    [Test]
    public void The_point_threshold_is_an_option()
    {
        var (data, labels) = Samples.Blobs(300, seed: 3);

        var chart = Plots.Charts.Scatter(data, 0, 1, labels, null, new ScatterChartOptions { MaximumPoints = 100 });

        Assert.That(ChartXml.Marks(chart, "point"), Has.Count.EqualTo(100));
        Assert.That(ChartXml.Texts(chart), Has.Some.StartsWith("Showing 100 of 300 points"));
    }

    [Test]
    public void The_pca_scatter_names_the_explained_variance_on_its_axes()
    {
        var chart = Plots.Charts.PcaScatter(Samples.Data, [0.443, 0.3312], Samples.Labels);

        var texts = ChartXml.Texts(chart);

        Assert.That(texts, Does.Contain("PC1 (44.3% of variance)").And.Contain("PC2 (33.1% of variance)"));
        Assert.That(ChartXml.Marks(chart, "point"), Has.Count.EqualTo(12));
    }

    [Test]
    public void A_label_count_that_differs_from_the_rows_is_rejected()
    {
        var exception = Assert.Throws<ArgumentException>(() => Plots.Charts.Scatter(Samples.Data, 0, 1, [0, 1]));

        Assert.That(exception!.Message, Does.StartWith("labels.Length=2 must equal data.Rows.Length=12."));
    }

    [Test]
    public void A_negative_label_is_rejected_with_its_row()
    {
        var labels = (int[])Samples.Labels.Clone();
        labels[5] = -1;

        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => Plots.Charts.Scatter(Samples.Data, 0, 1, labels));

        Assert.That(exception!.Message, Does.StartWith("labels[5]=-1 must be >= 0."));
    }

    [Test]
    public void A_missing_value_is_a_data_error_naming_the_column_and_row()
    {
        var values = Samples.Data.Values.ToArray();
        values[(3 * 3) + 1] = double.NaN;
        var data = new DenseMatrix(values, 12, 3);

        var exception = Assert.Throws<SegmentationDataException>(() =>
            Plots.Charts.Scatter(data, 1, 2, Samples.Labels, null, new ScatterChartOptions { XTitle = "Income" }));

        Assert.That(exception!.Message, Is.EqualTo("Column 'Income' has value NaN at row 3; charts need finite values."));
        Assert.That(exception.RowIndex, Is.EqualTo(3));
    }

    [Test]
    public void A_column_out_of_range_is_rejected()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => Plots.Charts.Scatter(Samples.Data, 0, 3, Samples.Labels));

        Assert.That(exception!.Message, Does.StartWith("column=3 must be between 0 and 2."));
    }
}
