using System.Globalization;

namespace Segmentation.Profiling;

/// <summary>
/// What <see cref="RfmBuilder"/> kept and dropped. Rules are applied in this order and each dropped row is counted
/// under the first rule that drops it: missing customer id, negative price, zero price, cancellation.
/// </summary>
public sealed class RfmReport
{
    internal RfmReport(
        int totalRows, int missingCustomerIdRows, int negativePriceRows, int zeroPriceRows, int cancellationRows,
        CancellationHandling cancellations, int includedRows, int customers, int customersWithoutPurchases, DateTime asOfDate)
    {
        TotalRows = totalRows;
        MissingCustomerIdRows = missingCustomerIdRows;
        NegativePriceRows = negativePriceRows;
        ZeroPriceRows = zeroPriceRows;
        CancellationRows = cancellationRows;
        Cancellations = cancellations;
        IncludedRows = includedRows;
        Customers = customers;
        CustomersWithoutPurchases = customersWithoutPurchases;
        AsOfDate = asOfDate;
    }

    /// <summary>Gets the number of transaction rows read.</summary>
    public int TotalRows { get; }

    /// <summary>Gets the rows dropped because the customer id is missing (always dropped).</summary>
    public int MissingCustomerIdRows { get; }

    /// <summary>Gets the rows dropped because the unit price is negative (<see cref="NegativePriceHandling.Exclude"/>).</summary>
    public int NegativePriceRows { get; }

    /// <summary>Gets the rows dropped because the price (or amount) is 0 (<see cref="ZeroPriceHandling.Exclude"/>).</summary>
    public int ZeroPriceRows { get; }

    /// <summary>
    /// Gets the cancellation rows (invoice id starting with "C", or negative quantity or amount) among the rows that
    /// passed the earlier rules: dropped under <see cref="CancellationHandling.Exclude"/>, netted (and counted in
    /// <see cref="IncludedRows"/>) under <see cref="CancellationHandling.Net"/>.
    /// </summary>
    public int CancellationRows { get; }

    /// <summary>Gets the cancellation rule that was applied.</summary>
    public CancellationHandling Cancellations { get; }

    /// <summary>Gets the rows that went into the table.</summary>
    public int IncludedRows { get; }

    /// <summary>Gets the rows dropped by any rule: <see cref="TotalRows"/> - <see cref="IncludedRows"/>.</summary>
    public int ExcludedRows => TotalRows - IncludedRows;

    /// <summary>Gets the number of customers in the table.</summary>
    public int Customers { get; }

    /// <summary>
    /// Gets the customers dropped because, after the rules, they have no purchase (only cancellations, under
    /// <see cref="CancellationHandling.Net"/>); their rows are not counted in <see cref="IncludedRows"/>.
    /// </summary>
    public int CustomersWithoutPurchases { get; }

    /// <summary>Gets the date recency was counted back from.</summary>
    public DateTime AsOfDate { get; }

    /// <inheritdoc />
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{TotalRows} rows: {MissingCustomerIdRows} without customer id, {NegativePriceRows} with a negative price, {ZeroPriceRows} with price 0, {CancellationRows} cancellations ({Cancellations.ToString().ToLowerInvariant()}d); {IncludedRows} rows used for {Customers} customers as of {AsOfDate:yyyy-MM-dd}.");
}
