namespace Segmentation.Evaluation;

/// <summary>What Kneedle found on a curve: the knee (if any) and the difference curve it was read from.</summary>
public sealed class KneedleResult
{
    internal KneedleResult(int? kneeIndex, double? knee, double[] differenceCurve)
    {
        KneeIndex = kneeIndex;
        Knee = knee;
        DifferenceCurve = differenceCurve;
    }

    /// <summary>Gets the index of the knee in the x values, or <see langword="null"/> when the curve has none.</summary>
    public int? KneeIndex { get; }

    /// <summary>Gets the x value of the knee, or <see langword="null"/> when the curve has none.</summary>
    public double? Knee { get; }

    /// <summary>Gets the difference curve: (1 - normalised y) - normalised x, one value per point.</summary>
    public IReadOnlyList<double> DifferenceCurve { get; }
}
