namespace Segmentation.Profiling;

/// <summary>
/// What <see cref="RfmBuilder"/> does with cancellations: rows whose invoice id starts with "C" or whose quantity
/// (or amount, when there is no quantity) is negative.
/// </summary>
public enum CancellationHandling
{
    /// <summary>
    /// Drop them (the common recipe, and the default): Frequency, Monetary and Recency come from purchases only, so a
    /// purchase that was later cancelled still counts. Monetary is then always positive, ready for a log scale.
    /// </summary>
    Exclude,

    /// <summary>
    /// Net them against purchases: their (negative) amounts are added to Monetary, which can reach 0 or below;
    /// they are not invoices for Frequency nor purchases for Recency. A customer with cancellations but no purchase
    /// is dropped and counted in <see cref="RfmReport.CustomersWithoutPurchases"/>.
    /// </summary>
    Net,
}
