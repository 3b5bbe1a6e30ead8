using Segmentation.Plots.Tests.Support;

namespace Segmentation.Plots.Tests.Report;

public sealed class HtmlReportTests
{
    [Test]
    public void A_report_is_one_html5_document_with_inline_css_and_no_scripts_or_external_resources()
    {
        var html = SampleReport().ToHtml();
        var withoutSvgNamespace = html.Replace("xmlns=\"http://www.w3.org/2000/svg\"", string.Empty, StringComparison.Ordinal);

        Assert.Multiple(() =>
        {
            Assert.That(withoutSvgNamespace, Does.Not.Contain("http://").And.Not.Contain("https://").And.Not.Contain("url("));
            Assert.That(html, Does.StartWith("<!DOCTYPE html>\n<html lang=\"en\">"));
            Assert.That(html, Does.Contain("<meta charset=\"utf-8\">").And.Contain("<style>").And.Contain("@media print"));
            Assert.That(html, Does.Not.Contain("<script").And.Not.Contain("<link").And.Not.Contain(" src="));
            Assert.That(html, Does.EndWith("</html>\n"));
        });
    }

    [Test]
    public void Charts_are_inlined_as_svg_inside_figures_with_captions()
    {
        var html = SampleReport().ToHtml();

        Assert.That(CountOf(html, "<figure>"), Is.EqualTo(2));
        Assert.That(CountOf(html, "<svg "), Is.EqualTo(2));
        Assert.That(html, Does.Contain("<figcaption>Income against spending.</figcaption>"));
    }

    [Test]
    public void Every_string_is_escaped()
    {
        var report = new HtmlReport("<script>alert(1)</script>") { Subtitle = "A & B" }
            .AddSection("Q&A <b>",
                HtmlReportBlock.Paragraph("x < y & \"z\" 'w'"),
                HtmlReportBlock.List(["<i>item</i>"]),
                HtmlReportBlock.Table(["<th>"], [["<td>"]], caption: "<caption>"));

        var html = report.ToHtml();

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Not.Contain("<script>").And.Not.Contain("<b>").And.Not.Contain("<i>item"));
            Assert.That(html, Does.Contain("<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>"));
            Assert.That(html, Does.Contain("<p class=\"subtitle\">A &amp; B</p>"));
            Assert.That(html, Does.Contain("<p>x &lt; y &amp; &quot;z&quot; &#39;w&#39;</p>"));
            Assert.That(html, Does.Contain("<th scope=\"col\">&lt;th&gt;</th>").And.Contain("<td>&lt;td&gt;</td>"));
        });
    }

    [Test]
    public void Numeric_cells_are_right_aligned_and_text_cells_are_not()
    {
        var html = new HtmlReport("r").AddSection("s", HtmlReportBlock.Table(["Name", "Mean"], [["Age", "1,234.5"], ["Share", "12.5%"]])).ToHtml();

        Assert.That(html, Does.Contain("<td>Age</td><td class=\"num\">1,234.5</td>").And.Contain("<td class=\"num\">12.5%</td>"));
    }

    [Test]
    public void Several_sections_get_a_table_of_contents_linking_to_them()
    {
        var html = SampleReport().ToHtml();

        Assert.That(html, Does.Contain("<li><a href=\"#section-1\">Data</a></li>").And.Contain("<section id=\"section-2\">"));
    }

    [Test]
    public void The_same_report_writes_the_same_bytes()
    {
        var first = SampleReport().ToHtml();
        var second = SampleReport().ToHtml();

        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void A_table_row_with_the_wrong_number_of_cells_is_rejected()
    {
        var exception = Assert.Throws<ArgumentException>(() => HtmlReportBlock.Table(["a", "b"], [["1", "2"], ["3"]]));

        Assert.That(exception!.Message, Does.StartWith("rows[1] has 1 cells but the header has 2."));
    }

    [Test]
    public void A_null_block_is_rejected_with_the_section_and_index()
    {
        var exception = Assert.Throws<ArgumentNullException>(() =>
            new HtmlReport("r").Add(new HtmlReportSection("Profiles", [HtmlReportBlock.Paragraph("p"), null!])));

        Assert.That(exception!.Message, Does.StartWith("section 'Profiles' has a null block at index 1."));
    }

    [Test]
    public void An_empty_title_is_rejected()
    {
        var exception = Assert.Throws<ArgumentException>(() => _ = new HtmlReport(" "));

        Assert.That(exception!.Message, Does.StartWith("title must not be empty or white space."));
    }

    [Test]
    public void Save_writes_utf8_without_a_byte_order_mark()
    {
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "Reports", "bom-check.html");

        new HtmlReport("Café").Save(path);
        var bytes = File.ReadAllBytes(path);

        Assert.That(bytes.Take(3), Is.Not.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
        Assert.That(System.Text.Encoding.UTF8.GetString(bytes), Does.Contain("<h1>Café</h1>"));
    }

    /// <summary>A report shaped like the one the pipeline will produce: overview, choice of k, profiles, method.</summary>
    internal static HtmlReport SampleReport() =>
        new HtmlReport("Mall customers: segmentation report") { Subtitle = "Sample data, 12 rows" }
            .AddSection("Data",
                HtmlReportBlock.Paragraph("12 rows and 3 numeric columns; nothing was imputed or dropped."),
                HtmlReportBlock.Table(["Column", "Count", "Mean", "Min", "Max"],
                [
                    ["Age", "12", "36.75", "19", "60"],
                    ["Annual Income (k$)", "12", "72.42", "15", "137"],
                    ["Spending Score (1-100)", "12", "49.25", "6", "90"],
                ], caption: "Describe"),
                HtmlReportBlock.Figure(Plots.Charts.Histograms(Samples.Data, Samples.FeatureNames)))
            .AddSection("Segments",
                HtmlReportBlock.List(["k = 3: the elbow's knee and the best silhouette (0.61)."]),
                HtmlReportBlock.Figure(Plots.Charts.Scatter(Samples.Data, 1, 2, Samples.Labels, Samples.Centroids,
                    new ScatterChartOptions { SegmentNames = Samples.SegmentNames }), "Income against spending."));

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var index = text.IndexOf(value, StringComparison.Ordinal); index >= 0; index = text.IndexOf(value, index + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
