namespace Segmentation.Plots;

/// <summary>
/// One piece of content in an <see cref="HtmlReportSection"/>: a paragraph, a table, a figure (chart) or a bulleted list.
/// Create blocks with the static factory methods; every string is escaped when the report is written.
/// </summary>
public abstract record HtmlReportBlock
{
    private protected HtmlReportBlock()
    {
    }

    /// <summary>A paragraph of plain text.</summary>
    /// <param name="text">The text; escaped, never interpreted as HTML.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static HtmlReportBlock Paragraph(string text) => new ParagraphBlock(Guard.NotNull(text));

    /// <summary>A table of strings with a header row; cells that read as numbers are right-aligned.</summary>
    /// <param name="header">Column headings.</param>
    /// <param name="rows">Rows of cells; each row must have as many cells as <paramref name="header"/>.</param>
    /// <param name="caption">A caption above the table, or null.</param>
    /// <exception cref="ArgumentException">A row's cell count differs from the header's.</exception>
    public static HtmlReportBlock Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, string? caption = null)
    {
        Guard.NotNull(header);
        Guard.NotNull(rows);
        var copied = rows.Select(row => (IReadOnlyList<string>)[.. Guard.NotNull(row)]).ToArray();
        for (var i = 0; i < copied.Length; i++)
        {
            if (copied[i].Count != header.Count)
            {
                throw new ArgumentException($"rows[{i}] has {copied[i].Count} cells but the header has {header.Count}.", nameof(rows));
            }
        }

        return new TableBlock([.. header], copied, caption);
    }

    /// <summary>A chart, inlined as SVG, with an optional caption below it.</summary>
    /// <param name="chart">The chart.</param>
    /// <param name="caption">A caption, or null.</param>
    public static HtmlReportBlock Figure(SvgChart chart, string? caption = null) => new FigureBlock(Guard.NotNull(chart), caption);

    /// <summary>A bulleted list of plain-text items.</summary>
    /// <param name="items">The items.</param>
    public static HtmlReportBlock List(IEnumerable<string> items) => new ListBlock([.. Guard.NotNull(items)]);
}

/// <summary>A paragraph of plain text.</summary>
/// <param name="Text">The text.</param>
public sealed record ParagraphBlock(string Text) : HtmlReportBlock;

/// <summary>A table of strings.</summary>
/// <param name="Header">Column headings.</param>
/// <param name="Rows">Rows of cells, as many as headings each.</param>
/// <param name="Caption">The caption, or null.</param>
public sealed record TableBlock(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows, string? Caption) : HtmlReportBlock;

/// <summary>An inline SVG chart.</summary>
/// <param name="Chart">The chart.</param>
/// <param name="Caption">The caption, or null.</param>
public sealed record FigureBlock(SvgChart Chart, string? Caption) : HtmlReportBlock;

/// <summary>A bulleted list.</summary>
/// <param name="Items">The items.</param>
public sealed record ListBlock(IReadOnlyList<string> Items) : HtmlReportBlock;
