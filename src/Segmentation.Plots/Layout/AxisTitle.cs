namespace Segmentation.Plots.Layout;

/// <summary>Composes axis titles as "Title (unit)".</summary>
internal static class AxisTitle
{
    public static string Compose(string title, string? unit) =>
        string.IsNullOrWhiteSpace(unit) ? title : $"{title} ({unit})";
}
