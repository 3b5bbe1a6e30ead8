namespace Segmentation.Plots.Tests.Support;

/// <summary>Every chart of the small fixed case, by name: the golden files and the preview gallery use the same set.</summary>
internal static class Gallery
{
    public static IReadOnlyList<(string Name, SvgChart Chart)> All() =>
    [
        ("scatter", Plots.Charts.Scatter(Samples.Data, 1, 2, Samples.Labels, Samples.Centroids, new ScatterChartOptions
        {
            XTitle = "Annual income", XUnit = "k$", YTitle = "Spending score", YUnit = "1-100", SegmentNames = Samples.SegmentNames,
            Title = "Income and spending by segment",
        })),
    ];
}
