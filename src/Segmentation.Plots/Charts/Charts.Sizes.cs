using Segmentation.Plots.Layout;
using Segmentation.Plots.Scales;
using Segmentation.Plots.Support;

namespace Segmentation.Plots;

public static partial class Charts
{
    /// <summary>Segment size bars: one horizontal bar per segment in its colour, labelled "120 (60.0%)".</summary>
    /// <param name="sizes">Customers in each segment, each &gt;= 0, at least one segment.</param>
    /// <param name="segmentNames">One name per segment, or null for "Segment 1", ...</param>
    /// <param name="options">Size and title; null for defaults.</param>
    /// <exception cref="ArgumentException">No segments, a negative size, or a name count that differs from the segment count.</exception>
    public static SvgChart SegmentSizes(ReadOnlySpan<int> sizes, IReadOnlyList<string>? segmentNames = null, ChartOptions? options = null)
    {
        Guard.Positive(sizes.Length, "sizes.Length");
        long total = 0;
        for (var i = 0; i < sizes.Length; i++)
        {
            Guard.NonNegative(sizes[i], $"sizes[{i}]");
            total += sizes[i];
        }

        if (segmentNames is not null)
        {
            ChartInputs.SameLength(sizes.Length, segmentNames.Count, nameof(sizes), "segmentNames.Count");
        }

        var names = ChartInputs.SegmentNames(segmentNames, sizes.Length);
        var canvas = new ChartCanvas(options ?? new ChartOptions(), "Segment sizes", "segment-sizes");
        var labelWidth = Axes.LabelColumnWidth(names, 170);
        var maximum = 0;
        foreach (var size in sizes)
        {
            maximum = Math.Max(maximum, size);
        }

        var top = canvas.ContentTop + 8;
        var bottom = canvas.Height - 52.0;
        var left = 16 + labelWidth + 10;
        var right = canvas.Width - 110.0;
        var x = ScaleFactory.Horizontal(0, Math.Max(maximum, 1), left, right, integerTicks: true);
        var area = new Rect(left, top, right - left, bottom - top);
        var bands = new BandScale(names, top, bottom, 0.3);
        Axes.Bottom(canvas.Root, x, area, "Customers");
        Axes.LeftBands(canvas.Root, bands, area, null, labelWidth);
        var marks = canvas.Root.Add("g").Set("data-marks", "true");
        for (var segment = 0; segment < sizes.Length; segment++)
        {
            var end = x.Map(sizes[segment]);
            marks.Add(Marks.Rectangle(left, bands.Start(segment), end - left, bands.BandWidth, ChartPalette.SegmentColor(segment))
                .Set("data-mark", "bar")
                .Set("data-segment", segment));
            var share = total == 0 ? 0 : 100.0 * sizes[segment] / total;
            marks.Add(ChartCanvas.Text(end + 6, bands.Center(segment) + 4,
                $"{ChartInputs.FormatCount(sizes[segment])} ({CellFormat.Percent(share)})", TextMetrics.TickFontSize, "start"));
        }

        return canvas.Finish();
    }
}
