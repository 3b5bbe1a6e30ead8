namespace Segmentation.Plots;

/// <summary>Options every chart shares: size and title.</summary>
public class ChartOptions
{
    /// <summary>Gets the chart title drawn at the top, or null for the chart's default title.</summary>
    public string? Title { get; init; }

    /// <summary>Gets the width in pixels. Default <see cref="PlotDefaults.ChartWidth"/> (800); at least 200.</summary>
    public int Width { get; init; } = PlotDefaults.ChartWidth;

    /// <summary>Gets the height in pixels. Default <see cref="PlotDefaults.ChartHeight"/> (520); at least 150.</summary>
    public int Height { get; init; } = PlotDefaults.ChartHeight;

    internal void Validate()
    {
        Guard.AtLeast(Width, 200, nameof(Width));
        Guard.AtLeast(Height, 150, nameof(Height));
    }
}
