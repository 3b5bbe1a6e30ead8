namespace Segmentation.Plots;

/// <summary>A chart with the short name it is saved under (e.g. "elbow" for <c>charts/elbow.svg</c>).</summary>
/// <param name="Name">A file-name-safe name.</param>
/// <param name="Chart">The chart.</param>
public sealed record NamedChart(string Name, SvgChart Chart);
