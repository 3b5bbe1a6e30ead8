namespace Segmentation.Profiling;

/// <summary>
/// What <see cref="RfmBuilder"/> does with rows whose unit price is negative (Online Retail's "Adjust bad debt" rows).
/// Applies to the price column only; with an amount column a negative amount is a cancellation.
/// </summary>
public enum NegativePriceHandling
{
    /// <summary>Throw a <see cref="SegmentationDataException"/> naming the row (default): a negative price is a data problem.</summary>
    Error,

    /// <summary>Drop them and count them in <see cref="RfmReport.NegativePriceRows"/>.</summary>
    Exclude,
}
