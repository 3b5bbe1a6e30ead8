namespace Segmentation.Profiling;

/// <summary>What <see cref="RfmBuilder"/> does with rows whose unit price (or amount) is exactly 0.</summary>
public enum ZeroPriceHandling
{
    /// <summary>Drop them (default): free items, samples and manual adjustments are not purchases.</summary>
    Exclude,

    /// <summary>Keep them: their invoices count for Frequency and Recency; they add nothing to Monetary.</summary>
    Keep,
}
