using Segmentation.Profiling;

namespace Segmentation;

public static partial class Defaults
{
    /// <summary>
    /// How far a segment's mean must sit from the population mean, in population standard deviations, before a
    /// segment name calls the feature High or Low rather than Average: 0.5 (Cohen's "medium" effect).
    /// </summary>
    public const double NamingEffectThreshold = 0.5;

    /// <summary>The effect size segment names read levels from: <see cref="Profiling.NamingScale.Standardized"/>.</summary>
    public const NamingScale NamingScale = Profiling.NamingScale.Standardized;

    /// <summary>How many features a segment name is built from before any are added to make it unique: 2.</summary>
    public const int NamingFeatureCount = 2;

    /// <summary>The RFM customer id column: <c>CustomerID</c> (the UCI Online Retail header).</summary>
    public const string RfmCustomerIdColumn = "CustomerID";

    /// <summary>The RFM invoice id column: <c>InvoiceNo</c>.</summary>
    public const string RfmInvoiceColumn = "InvoiceNo";

    /// <summary>The RFM transaction date column: <c>InvoiceDate</c>.</summary>
    public const string RfmDateColumn = "InvoiceDate";

    /// <summary>The RFM quantity column: <c>Quantity</c>.</summary>
    public const string RfmQuantityColumn = "Quantity";

    /// <summary>The RFM unit price column: <c>UnitPrice</c>.</summary>
    public const string RfmPriceColumn = "UnitPrice";

    /// <summary>How RFM treats cancellations: <see cref="CancellationHandling.Exclude"/>.</summary>
    public const CancellationHandling RfmCancellations = CancellationHandling.Exclude;

    /// <summary>How RFM treats zero prices: <see cref="ZeroPriceHandling.Exclude"/>.</summary>
    public const ZeroPriceHandling RfmZeroPrices = ZeroPriceHandling.Exclude;

    /// <summary>How RFM treats negative prices: <see cref="NegativePriceHandling.Error"/>.</summary>
    public const NegativePriceHandling RfmNegativePrices = NegativePriceHandling.Error;

    /// <summary>How many score levels RFM uses for R, F and M: 5 (quintiles, scores 1..5).</summary>
    public const int RfmScoreLevels = 5;
}
