namespace Segmentation.Plots;

/// <summary>A titled section of an <see cref="HtmlReport"/>: its blocks in order.</summary>
/// <param name="Title">The section heading.</param>
/// <param name="Blocks">Paragraphs, tables, charts and lists, in order.</param>
public sealed record HtmlReportSection(string Title, IReadOnlyList<HtmlReportBlock> Blocks);
