using System.Xml.Linq;

namespace Segmentation.Plots.Tests.Support;

/// <summary>Parses chart output and counts its marks.</summary>
internal static class ChartXml
{
    public static XDocument Parse(SvgChart chart) => XDocument.Parse(chart.ToSvg());

    /// <summary>Elements whose data-mark attribute equals <paramref name="mark"/>.</summary>
    public static IReadOnlyList<XElement> Marks(SvgChart chart, string mark) =>
        [.. Parse(chart).Descendants().Where(element => (string?)element.Attribute("data-mark") == mark)];

    /// <summary>All text content of text elements, in document order.</summary>
    public static IReadOnlyList<string> Texts(SvgChart chart) =>
        [.. Parse(chart).Descendants().Where(element => element.Name.LocalName == "text").Select(element => element.Value)];
}
