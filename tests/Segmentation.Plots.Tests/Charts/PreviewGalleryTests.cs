using Segmentation.Plots.Tests.Support;

namespace Segmentation.Plots.Tests.Charts;

/// <summary>Writes every chart of the sample case to the test output's Preview folder for review by eye.</summary>
[Category("Preview")]
public sealed class PreviewGalleryTests
{
    [Test]
    public void Every_chart_is_written_to_the_preview_folder()
    {
        var charts = Gallery.All();
        foreach (var (name, chart) in charts)
        {
            Assert.That(File.Exists(Preview.Save(chart, name)), Is.True, name);
        }
    }
}
