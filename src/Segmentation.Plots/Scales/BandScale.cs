namespace Segmentation.Plots.Scales;

/// <summary>Equal bands for categories (segments, features, k values), with inner padding between bands.</summary>
internal sealed class BandScale
{
    private readonly double _start;
    private readonly double _step;

    /// <param name="labels">One label per band, in drawing order.</param>
    /// <param name="start">Pixel where the first band starts.</param>
    /// <param name="end">Pixel where the last band ends.</param>
    /// <param name="padding">Share of each step left empty between bands, in [0, 1).</param>
    public BandScale(IReadOnlyList<string> labels, double start, double end, double padding)
    {
        Labels = labels;
        _start = start;
        _step = labels.Count == 0 ? 0 : (end - start) / labels.Count;
        BandWidth = _step * (1 - padding);
    }

    public IReadOnlyList<string> Labels { get; }

    public double BandWidth { get; }

    /// <summary>Pixel where band <paramref name="index"/> starts.</summary>
    public double Start(int index) => _start + (index * _step) + ((_step - BandWidth) / 2);

    /// <summary>Pixel at the middle of band <paramref name="index"/>.</summary>
    public double Center(int index) => _start + ((index + 0.5) * _step);
}
