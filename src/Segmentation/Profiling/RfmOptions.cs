namespace Segmentation.Profiling;

/// <summary>Options of <see cref="RfmBuilder"/>: which columns hold what, the as-of date and the cleaning rules.</summary>
public sealed class RfmOptions
{
    /// <summary>Gets or sets the customer id column (numeric or text): default <see cref="Defaults.RfmCustomerIdColumn"/> ("CustomerID").</summary>
    public string CustomerIdColumn { get; set; } = Defaults.RfmCustomerIdColumn;

    /// <summary>Gets or sets the invoice id column: default <see cref="Defaults.RfmInvoiceColumn"/> ("InvoiceNo").</summary>
    public string InvoiceColumn { get; set; } = Defaults.RfmInvoiceColumn;

    /// <summary>
    /// Gets or sets the transaction date column: a date column, or a text column of dates in invariant-culture
    /// format ("2011-12-09 12:50:00", "12/9/2011 12:50"). Default <see cref="Defaults.RfmDateColumn"/> ("InvoiceDate").
    /// </summary>
    public string DateColumn { get; set; } = Defaults.RfmDateColumn;

    /// <summary>Gets or sets the quantity column, used with <see cref="PriceColumn"/>: default <see cref="Defaults.RfmQuantityColumn"/> ("Quantity").</summary>
    public string QuantityColumn { get; set; } = Defaults.RfmQuantityColumn;

    /// <summary>Gets or sets the unit price column: default <see cref="Defaults.RfmPriceColumn"/> ("UnitPrice").</summary>
    public string PriceColumn { get; set; } = Defaults.RfmPriceColumn;

    /// <summary>
    /// Gets or sets a column holding each row's amount (quantity x price already multiplied). When set, it is used
    /// instead of <see cref="QuantityColumn"/> and <see cref="PriceColumn"/>; a negative amount is then a
    /// cancellation and a zero amount falls under <see cref="ZeroPrices"/>. Default: <see langword="null"/>.
    /// </summary>
    public string? AmountColumn { get; set; }

    /// <summary>
    /// Gets or sets the date recency is counted back from. Default: <see langword="null"/>, meaning the day after the
    /// last transaction in the date column (midnight), so a customer who bought on the last day has recency 1.
    /// </summary>
    public DateTime? AsOfDate { get; set; }

    /// <summary>Gets or sets the cancellation rule: default <see cref="Defaults.RfmCancellations"/> (<see cref="CancellationHandling.Exclude"/>).</summary>
    public CancellationHandling Cancellations { get; set; } = Defaults.RfmCancellations;

    /// <summary>Gets or sets the zero-price rule: default <see cref="Defaults.RfmZeroPrices"/> (<see cref="ZeroPriceHandling.Exclude"/>).</summary>
    public ZeroPriceHandling ZeroPrices { get; set; } = Defaults.RfmZeroPrices;

    /// <summary>Gets or sets the negative-price rule: default <see cref="Defaults.RfmNegativePrices"/> (<see cref="NegativePriceHandling.Error"/>).</summary>
    public NegativePriceHandling NegativePrices { get; set; } = Defaults.RfmNegativePrices;

    /// <summary>Checks the option values.</summary>
    /// <exception cref="ArgumentException">A column name is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A rule is not a defined value.</exception>
    public void Validate()
    {
        Guard.NotNullOrWhiteSpace(CustomerIdColumn);
        Guard.NotNullOrWhiteSpace(InvoiceColumn);
        Guard.NotNullOrWhiteSpace(DateColumn);
        if (AmountColumn is null)
        {
            Guard.NotNullOrWhiteSpace(QuantityColumn);
            Guard.NotNullOrWhiteSpace(PriceColumn);
        }
        else
        {
            Guard.NotNullOrWhiteSpace(AmountColumn);
        }

        Guard.Defined(Cancellations);
        Guard.Defined(ZeroPrices);
        Guard.Defined(NegativePrices);
    }
}
