using System.Xml.Linq;
using Segmentation.Plots.Svg;

namespace Segmentation.Plots.Tests.Svg;

public sealed class SvgWriterTests
{
    [Test]
    public void Text_and_attributes_with_markup_characters_are_escaped_and_read_back_unchanged()
    {
        var root = new SvgElement("svg");
        root.Add("text").Set("data-name", "A & B \"quoted\" <x>").WithText("<script>alert('x')</script> & more");

        var svg = SvgWriter.Write(root);
        var text = XDocument.Parse(svg).Root!.Elements().Single();

        Assert.Multiple(() =>
        {
            Assert.That(svg, Does.Not.Contain("<script>"));
            Assert.That(svg, Does.Contain("&lt;script&gt;"));
            Assert.That(text.Value, Is.EqualTo("<script>alert('x')</script> & more"));
            Assert.That((string?)text.Attribute("data-name"), Is.EqualTo("A & B \"quoted\" <x>"));
        });
    }

    [Test]
    public void The_root_declares_the_svg_namespace_and_there_is_no_xml_declaration()
    {
        var svg = SvgWriter.Write(new SvgElement("svg").Set("width", 10));

        Assert.Multiple(() =>
        {
            Assert.That(svg, Does.StartWith("<svg ").And.Contain("xmlns=\"http://www.w3.org/2000/svg\""));
            Assert.That(XDocument.Parse(svg).Root!.Name.NamespaceName, Is.EqualTo(SvgWriter.Namespace));
            Assert.That(svg, Does.Not.Contain("\r"));
        });
    }

    [TestCase(0.0, "0")]
    [TestCase(-0.0, "0")]
    [TestCase(-0.001, "0")]
    [TestCase(1.006, "1.01")]
    [TestCase(12.5, "12.5")]
    [TestCase(-3.14159, "-3.14")]
    [TestCase(1234567.891, "1234567.89")]
    public void Numbers_use_the_invariant_culture_and_at_most_two_decimals(double value, string expected) =>
        Assert.That(SvgNumber.Format(value), Is.EqualTo(expected));

    [Test]
    public void Setting_an_attribute_twice_keeps_one_attribute_with_the_last_value()
    {
        var element = new SvgElement("rect").Set("x", 1).Set("x", 2);

        Assert.That(element.Attributes, Has.Count.EqualTo(1));
        Assert.That(element.Attributes[0].Value, Is.EqualTo("2"));
    }
}
