using System.Globalization;
using Segmentation.Data;

namespace Segmentation.Profiling;

/// <summary>
/// Builds an RFM table (one row per customer: recency, frequency, monetary value, 1..5 scores, named segment) from
/// raw transactions, one row per invoice line.
/// </summary>
/// <remarks>
/// <para>
/// Rules, applied in this order; each dropped row is counted in <see cref="RfmReport"/> under the first rule that
/// drops it: (1) a missing customer id drops the row; (2) a negative unit price throws or drops the row
/// (<see cref="RfmOptions.NegativePrices"/>, default: throw); (3) a price (or amount) of 0 drops the row
/// (<see cref="RfmOptions.ZeroPrices"/>, default: drop); (4) a cancellation, an invoice id starting with "C" or a
/// negative quantity (or amount), is dropped or netted (<see cref="RfmOptions.Cancellations"/>, default: drop).
/// </para>
/// <para>
/// Recency is the number of calendar days from the date of the customer's last purchase to the as-of date
/// (<see cref="RfmOptions.AsOfDate"/>, default the day after the last transaction in the data). Frequency is the
/// number of distinct purchase invoices. Monetary is the sum of quantity x unit price (or of the amount) over the
/// kept rows, cancellations included under <see cref="CancellationHandling.Net"/>.
/// </para>
/// <para>
/// Scores: customers are ranked 1..n by each measure ascending, ties broken by customer id order (pandas'
/// <c>rank(method="first")</c> on the table sorted by id), and cut into quintiles of the ranks exactly as
/// <c>pd.qcut(rank, 5)</c> does: score j for ranks r with (j - 1)(n - 1)/5 &lt; r - 1 &lt;= j (n - 1)/5.
/// F and M are that bin; R is 6 minus it, so the most recent customers score 5. The segment follows
/// <see cref="RfmSegments.Classify"/>.
/// </para>
/// </remarks>
public static class RfmBuilder
{
    /// <summary>Builds the RFM table.</summary>
    /// <param name="transactions">The transactions.</param>
    /// <param name="options">Columns, as-of date and rules, or <see langword="null"/> for the defaults (Online Retail's column names).</param>
    /// <returns>The table and the report of what was dropped.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="transactions"/> is <see langword="null"/>.</exception>
    /// <exception cref="ColumnNotFoundException">A named column does not exist.</exception>
    /// <exception cref="SegmentationDataException">
    /// A column has the wrong kind (quantity, price or amount not numeric; dates neither dates nor text); a date does
    /// not parse; an invoice id, date, quantity, price or amount is missing in a row with a customer id; a price is
    /// negative under <see cref="NegativePriceHandling.Error"/>; or no customer is left.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">The as-of date is before the last transaction used.</exception>
    public static RfmTable Build(DataFrame transactions, RfmOptions? options = null)
    {
        Guard.NotNull(transactions);
        options ??= new RfmOptions();
        options.Validate();

        var columns = transactions.Columns;
        var customerColumn = columns[options.CustomerIdColumn];
        var invoiceColumn = columns[options.InvoiceColumn];
        var dates = ReadDates(columns[options.DateColumn]);
        var useAmount = options.AmountColumn is not null;
        var quantity = useAmount ? null : columns.GetNumeric(options.QuantityColumn);
        var price = useAmount ? columns.GetNumeric(options.AmountColumn!) : columns.GetNumeric(options.PriceColumn);

        var rowCount = transactions.Rows.Count;
        var customers = new CustomerAccumulator(customerColumn);
        int missingId = 0, negativePrice = 0, zeroPrice = 0, cancellations = 0, included = 0;
        var lastDate = DateTime.MinValue;
        var lastDateRow = -1;
        for (var row = 0; row < rowCount; row++)
        {
            if (dates[row] is { } seen && seen > lastDate)
            {
                lastDate = seen;
                lastDateRow = row;
            }

            if (customerColumn.IsMissing(row))
            {
                missingId++;
                continue;
            }

            var invoice = invoiceColumn.IsMissing(row) ? ThrowMissing<string>(invoiceColumn.Name, row) : invoiceColumn.FormatValue(row);
            var date = dates[row] ?? ThrowMissing<DateTime>(options.DateColumn, row);
            var unitPrice = price[row];
            if (double.IsNaN(unitPrice))
            {
                ThrowMissing<double>(price.Name, row);
            }

            var units = 1.0;
            if (quantity is not null)
            {
                units = quantity[row];
                if (double.IsNaN(units))
                {
                    ThrowMissing<double>(quantity.Name, row);
                }

                if (unitPrice < 0)
                {
                    if (options.NegativePrices == NegativePriceHandling.Error)
                    {
                        Guard.ThrowData(
                            string.Create(CultureInfo.InvariantCulture, $"Column '{price.Name}' row {row}: price {Guard.Format(unitPrice)} is negative (invoice '{invoice}'); set NegativePrices = Exclude to drop such rows."),
                            price.Name,
                            row,
                            Guard.Format(unitPrice));
                    }

                    negativePrice++;
                    continue;
                }
            }

            if (unitPrice == 0)
            {
                if (options.ZeroPrices == ZeroPriceHandling.Exclude)
                {
                    zeroPrice++;
                    continue;
                }
            }

            var amount = units * unitPrice;
            var isCancellation = invoice.StartsWith('C') || amount < 0 || units < 0;
            if (isCancellation)
            {
                cancellations++;
                if (options.Cancellations == CancellationHandling.Exclude)
                {
                    continue;
                }
            }

            included++;
            customers.Add(row, invoice, date, amount, isCancellation);
        }

        var asOf = options.AsOfDate ?? (lastDateRow < 0 ? DateTime.MinValue : lastDate.Date.AddDays(1));
        return customers.ToTable(asOf, new RfmCounts(rowCount, missingId, negativePrice, zeroPrice, cancellations, included, options.Cancellations), options.DateColumn);
    }

    private static DateTime?[] ReadDates(DataFrameColumn column)
    {
        switch (column)
        {
            case DateColumn dateColumn:
                var values = new DateTime?[dateColumn.Length];
                for (var row = 0; row < values.Length; row++)
                {
                    values[row] = dateColumn[row];
                }

                return values;
            case CategoricalColumn text:
                var parsed = new DateTime?[text.Length];
                for (var row = 0; row < parsed.Length; row++)
                {
                    if (text[row] is not { } value)
                    {
                        continue;
                    }

                    if (!DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var date))
                    {
                        Guard.ThrowData(
                            $"Column '{column.Name}' row {row}: '{value}' is not a date; RFM needs a transaction date such as 2011-12-09 12:50:00.",
                            column.Name,
                            row,
                            value);
                    }

                    parsed[row] = date;
                }

                return parsed;
            default:
                return Guard.ThrowData<DateTime?[]>(
                    $"Column '{column.Name}' is {column.Kind}, not Date; RFM needs transaction dates (a date column, or text such as 2011-12-09 12:50:00).",
                    column.Name);
        }
    }

    private static T ThrowMissing<T>(string column, int row) =>
        Guard.ThrowData<T>($"Column '{column}' row {row} is empty; every transaction with a customer id needs it.", column, row, string.Empty);

    internal readonly record struct RfmCounts(
        int Total, int MissingId, int NegativePrice, int ZeroPrice, int Cancellations, int Included, CancellationHandling Handling);
}
