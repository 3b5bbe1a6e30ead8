using Segmentation.Plots.Svg;

namespace Segmentation.Plots;

/// <summary>
/// A finished chart: SVG text ready to save, embed in HTML (<see cref="HtmlReport"/>) or show in a notebook.
/// Output is deterministic: invariant culture, coordinates rounded to two decimals, "\n" line ends.
/// Data marks carry a <c>data-mark</c> attribute (point, centroid, bar, cell, ...) so tools and tests can count them.
/// </summary>
public sealed class SvgChart
{
    private readonly string _svg;

    internal SvgChart(SvgElement root, string title, int width, int height)
    {
        _svg = SvgWriter.Write(root);
        Title = title;
        Width = width;
        Height = height;
    }

    /// <summary>Gets the chart title.</summary>
    public string Title { get; }

    /// <summary>Gets the width in pixels.</summary>
    public int Width { get; }

    /// <summary>Gets the height in pixels.</summary>
    public int Height { get; }

    /// <summary>Returns the SVG document (an <c>svg</c> element without an XML declaration, so it also embeds in HTML).</summary>
    public string ToSvg() => _svg;

    /// <summary>Writes the SVG to <paramref name="path"/> as UTF-8 without a byte-order mark, creating the folder if needed.</summary>
    /// <param name="path">The file to write; overwritten if it exists.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    public void Save(string path)
    {
        Guard.NotNullOrWhiteSpace(path);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        File.WriteAllText(path, _svg, new System.Text.UTF8Encoding(false));
    }

    /// <inheritdoc />
    public override string ToString() => $"SvgChart \"{Title}\" {Width} x {Height}";
}
