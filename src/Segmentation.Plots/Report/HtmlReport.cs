using System.Globalization;
using System.Text;

namespace Segmentation.Plots;

/// <summary>
/// A self-contained HTML report: one file with inline SVG charts and inline CSS, no scripts and no network access,
/// that prints cleanly (A4, charts and tables kept whole). Sections are data (<see cref="HtmlReportSection"/>);
/// every string is escaped. Output is deterministic: the report adds no timestamp of its own.
/// </summary>
/// <example>
/// <code>
/// var report = new HtmlReport("Mall customers")
///     .AddSection("Data", HtmlReportBlock.Paragraph("200 rows, 5 columns."), HtmlReportBlock.Figure(histograms))
///     .AddSection("Segments", HtmlReportBlock.Table(["Segment", "Size"], [["Savers", "39"]]));
/// report.Save("report.html");
/// </code>
/// </example>
public sealed class HtmlReport
{
    private readonly List<HtmlReportSection> _sections = [];

    /// <summary>Creates an empty report.</summary>
    /// <param name="title">The page title and main heading.</param>
    /// <exception cref="ArgumentException"><paramref name="title"/> is empty.</exception>
    public HtmlReport(string title) => Title = Guard.NotNullOrWhiteSpace(title);

    /// <summary>Gets the page title and main heading.</summary>
    public string Title { get; }

    /// <summary>Gets or sets a line under the heading (e.g. the data source and date), or null.</summary>
    public string? Subtitle { get; set; }

    /// <summary>Gets the sections in order.</summary>
    public IReadOnlyList<HtmlReportSection> Sections => _sections;

    /// <summary>Appends a section and returns this report.</summary>
    /// <param name="section">The section.</param>
    /// <exception cref="ArgumentException">The title is empty or a block is null.</exception>
    public HtmlReport Add(HtmlReportSection section)
    {
        Guard.NotNull(section);
        Guard.NotNullOrWhiteSpace(section.Title, "section.Title");
        Guard.NotNull(section.Blocks, "section.Blocks");
        for (var i = 0; i < section.Blocks.Count; i++)
        {
            if (section.Blocks[i] is null)
            {
                throw new ArgumentNullException(nameof(section), $"section '{section.Title}' has a null block at index {i}.");
            }
        }

        _sections.Add(section);
        return this;
    }

    /// <summary>Appends a section with the given blocks and returns this report.</summary>
    /// <param name="title">The section heading.</param>
    /// <param name="blocks">The section's blocks, in order.</param>
    /// <exception cref="ArgumentException"><paramref name="title"/> is empty.</exception>
    public HtmlReport AddSection(string title, params IEnumerable<HtmlReportBlock> blocks) =>
        Add(new HtmlReportSection(title, [.. Guard.NotNull(blocks)]));

    /// <summary>Writes the report as one HTML5 document.</summary>
    public string ToHtml()
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(HtmlText.Escape(Title)).Append("</title>\n")
            .Append("<style>\n").Append(HtmlReportStyle.Css).Append("</style>\n</head>\n<body>\n<main>\n<header>\n")
            .Append("<h1>").Append(HtmlText.Escape(Title)).Append("</h1>\n");
        if (Subtitle is not null)
        {
            html.Append("<p class=\"subtitle\">").Append(HtmlText.Escape(Subtitle)).Append("</p>\n");
        }

        if (_sections.Count > 1)
        {
            html.Append("<nav><ol>\n");
            for (var i = 0; i < _sections.Count; i++)
            {
                html.Append("<li><a href=\"#").Append(SectionId(i)).Append("\">").Append(HtmlText.Escape(_sections[i].Title)).Append("</a></li>\n");
            }

            html.Append("</ol></nav>\n");
        }

        html.Append("</header>\n");
        for (var i = 0; i < _sections.Count; i++)
        {
            var section = _sections[i];
            html.Append("<section id=\"").Append(SectionId(i)).Append("\">\n<h2>").Append(HtmlText.Escape(section.Title)).Append("</h2>\n");
            foreach (var block in section.Blocks)
            {
                WriteBlock(html, block);
            }

            html.Append("</section>\n");
        }

        return html.Append("</main>\n</body>\n</html>\n").ToString();
    }

    /// <summary>Writes the report to <paramref name="path"/> as UTF-8 without a byte-order mark, creating the folder if needed.</summary>
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

        File.WriteAllText(path, ToHtml(), new UTF8Encoding(false));
    }

    private static string SectionId(int index) => string.Create(CultureInfo.InvariantCulture, $"section-{index + 1}");

    private static void WriteBlock(StringBuilder html, HtmlReportBlock block)
    {
        switch (block)
        {
            case ParagraphBlock paragraph:
                html.Append("<p>").Append(HtmlText.Escape(paragraph.Text)).Append("</p>\n");
                break;
            case ListBlock list:
                html.Append("<ul>\n");
                foreach (var item in list.Items)
                {
                    html.Append("<li>").Append(HtmlText.Escape(item)).Append("</li>\n");
                }

                html.Append("</ul>\n");
                break;
            case FigureBlock chart:
                html.Append("<figure>\n").Append(chart.Chart.ToSvg());
                if (chart.Caption is not null)
                {
                    html.Append("<figcaption>").Append(HtmlText.Escape(chart.Caption)).Append("</figcaption>\n");
                }

                html.Append("</figure>\n");
                break;
            case TableBlock table:
                WriteTable(html, table);
                break;
            default:
                throw new ArgumentException($"Unknown block type {block.GetType().Name}.", nameof(block));
        }
    }

    private static void WriteTable(StringBuilder html, TableBlock table)
    {
        html.Append("<div class=\"table\"><table>\n");
        if (table.Caption is not null)
        {
            html.Append("<caption>").Append(HtmlText.Escape(table.Caption)).Append("</caption>\n");
        }

        html.Append("<thead><tr>");
        foreach (var heading in table.Header)
        {
            html.Append("<th scope=\"col\">").Append(HtmlText.Escape(heading)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                html.Append(HtmlText.IsNumber(cell) ? "<td class=\"num\">" : "<td>").Append(HtmlText.Escape(cell)).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table></div>\n");
    }
}
