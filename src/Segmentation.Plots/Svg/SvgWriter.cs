using System.Text;
using System.Xml;

namespace Segmentation.Plots.Svg;

/// <summary>Serializes an <see cref="SvgElement"/> tree with <see cref="XmlWriter"/>: escaped, indented, "\n" line ends.</summary>
internal static class SvgWriter
{
    public const string Namespace = "http://www.w3.org/2000/svg";

    public static string Write(SvgElement root)
    {
        var settings = new XmlWriterSettings
        {
            Indent = true,
            IndentChars = " ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
            OmitXmlDeclaration = true,
            Encoding = new UTF8Encoding(false),
        };
        var builder = new StringBuilder();
        using (var writer = XmlWriter.Create(builder, settings))
        {
            WriteElement(writer, root, isRoot: true);
        }

        return builder.Append('\n').ToString();
    }

    private static void WriteElement(XmlWriter writer, SvgElement element, bool isRoot)
    {
        writer.WriteStartElement(element.Name, Namespace);
        foreach (var (name, value) in element.Attributes)
        {
            if (isRoot && name == "xmlns")
            {
                continue;
            }

            writer.WriteAttributeString(name, value);
        }

        if (element.Text is not null)
        {
            writer.WriteString(element.Text);
        }

        foreach (var child in element.Children)
        {
            WriteElement(writer, child, isRoot: false);
        }

        writer.WriteEndElement();
    }
}
