using Segmentation.Pipeline;

/// <summary>Draws the sample's charts; filled in once the charts of Segmentation.Plots land.</summary>
internal static class MarketingCharts
{
    public static IReadOnlyList<string> Write(SegmentationResult result, string folder)
    {
        _ = result;
        _ = folder;
        return [];
    }
}
