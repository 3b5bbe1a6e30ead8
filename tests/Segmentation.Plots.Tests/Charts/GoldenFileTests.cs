using System.Xml.Linq;
using Segmentation.Plots.Tests.Support;

namespace Segmentation.Plots.Tests.Charts;

/// <summary>
/// Every chart of the small fixed case (<see cref="Gallery"/>) must match its golden SVG byte for byte.
/// A difference writes Golden/name.actual.svg for review; UPDATE_GOLDEN=1 accepts the new output.
/// </summary>
public sealed class GoldenFileTests
{
    private static IEnumerable<TestCaseData> Cases() =>
        Gallery.All().Select(entry => new TestCaseData(entry.Name, entry.Chart).SetName($"Golden_{entry.Name}"));

    [TestCaseSource(nameof(Cases))]
    public void The_chart_matches_its_golden_file(string name, SvgChart chart)
    {
        var svg = chart.ToSvg();

        Assert.That(() => XDocument.Parse(svg), Throws.Nothing);
        GoldenFile.AssertMatches(name + ".svg", svg);
    }

    [Test]
    public void Output_does_not_depend_on_the_current_culture()
    {
        var culture = Thread.CurrentThread.CurrentCulture;
        try
        {
            var invariant = Gallery.All().Select(entry => entry.Chart.ToSvg()).ToArray();
            // The build runs in invariant-globalization mode, so a German-like culture is made by hand.
            var commaDecimals = (System.Globalization.CultureInfo)System.Globalization.CultureInfo.InvariantCulture.Clone();
            commaDecimals.NumberFormat.NumberDecimalSeparator = ",";
            commaDecimals.NumberFormat.NumberGroupSeparator = ".";
            Thread.CurrentThread.CurrentCulture = commaDecimals;
            var german = Gallery.All().Select(entry => entry.Chart.ToSvg()).ToArray();

            Assert.That(german, Is.EqualTo(invariant));
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = culture;
        }
    }
}
