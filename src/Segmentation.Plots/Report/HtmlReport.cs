namespace Segmentation.Plots;

/// <summary>placeholder</summary>
public sealed class HtmlReport;
