using Segmentation.Plots.Tests.Report;
using Segmentation.Plots.Tests.Support;

namespace Segmentation.Plots.Tests.Browser;

/// <summary>
/// Renders a report and a chart in headless Chromium and checks the PNGs are not blank. The files stay under the
/// test output folder (BrowserArtifacts/) for review and as CI artifacts. Use <see cref="Chromium.Screenshot"/> the
/// same way to render the real pipeline report.
/// </summary>
[Category(Chromium.Category)]
public sealed class ReportScreenshotTests
{
    private static string Artifacts => Path.Combine(TestContext.CurrentContext.WorkDirectory, "BrowserArtifacts");

    [Test]
    public void The_sample_report_renders_to_a_png_that_is_not_blank()
    {
        var html = Path.Combine(Artifacts, "sample-report.html");
        var png = Path.Combine(Artifacts, "sample-report.png");
        HtmlReportTests.SampleReport().Save(html);

        RenderAndCheck(html, png, 1000, 2000);
    }

    [Test]
    public void A_chart_renders_to_a_png_that_is_not_blank()
    {
        var svg = Path.Combine(Artifacts, "scatter.svg");
        var png = Path.Combine(Artifacts, "scatter.png");
        Gallery.All().Single(entry => entry.Name == "scatter").Chart.Save(svg);

        RenderAndCheck(svg, png, 820, 540);
    }

    private static void RenderAndCheck(string input, string png, int width, int height)
    {
        if (File.Exists(png))
        {
            File.Delete(png);
        }

        var log = Chromium.Screenshot(input, png, width, height);

        Assert.That(File.Exists(png), Is.True, $"Chromium wrote no screenshot. Its error output:\n{log}");
        var image = PngImage.Load(png);
        TestContext.Out.WriteLine($"{png}: {image.Width} x {image.Height}, non-white {image.NonWhiteShare():P1}, grey variance {image.GreyVariance():F0}");
        TestContext.AddTestAttachment(png);
        Assert.Multiple(() =>
        {
            Assert.That(image.Width, Is.EqualTo(width));
            Assert.That(image.Height, Is.EqualTo(height));
            Assert.That(image.NonWhiteShare(), Is.GreaterThan(0.02), "the screenshot is (nearly) all white");
            Assert.That(image.GreyVariance(), Is.GreaterThan(100), "the screenshot has (nearly) one colour");
        });
    }
}
