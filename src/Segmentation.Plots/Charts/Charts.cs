namespace Segmentation.Plots;

/// <summary>
/// The chart catalogue: each method takes plain inputs (dense matrices, arrays, labels, names), validates them and
/// returns an <see cref="SvgChart"/>. None depends on the pipeline, so results from anywhere can be drawn.
/// </summary>
/// <remarks>
/// Conventions: labels are zero-based segment numbers; segment <c>i</c> has colour
/// <see cref="ChartPalette.SegmentColor(int)"/>; when no segment names are given they read "Segment 1", "Segment 2", ...
/// Argument mistakes throw the <see cref="ArgumentException"/> family; non-finite data where a chart needs numbers
/// throws <see cref="SegmentationDataException"/> naming the column and row.
/// </remarks>
public static partial class Charts;
