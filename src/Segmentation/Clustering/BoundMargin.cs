namespace Segmentation.Clustering;

/// <summary>
/// The relative slack on the distance bounds of Hamerly's and Elkan's iterations, far above the rounding of an exact
/// squared distance, of a square root or of a sum of shifts, so that a bound stays on its side of the exact distance.
/// </summary>
internal static class BoundMargin
{
    /// <summary>Upper bounds are multiplied by this.</summary>
    public const double Upper = 1 + 1e-12;

    /// <summary>Lower bounds are multiplied by this.</summary>
    public const double Lower = 1 - 1e-12;
}
