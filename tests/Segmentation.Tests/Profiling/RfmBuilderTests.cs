using Segmentation.Data;
using Segmentation.Profiling;

namespace Segmentation.Tests.Profiling;

public class RfmBuilderTests
{
    /// <summary>
    /// C1: invoices 1 (10 + 3) and 2 (7), then cancels one item (C3). C2: a free item (price 0), then invoice 5 (20).
    /// C3: invoice 7 (15), then returns two items with a negative quantity on a normal invoice. One line has no customer.
    /// The data ends 2011-01-20, so the as-of date is 2011-01-21.
    /// </summary>
    private static DataFrame Transactions(string?[]? customers = null, string[]? dates = null, double[]? prices = null) => new(
        new CategoricalColumn("CustomerID", customers ?? ["C1", "C1", "C1", "C1", "C2", "C2", null, "C3", "C3"]),
        new CategoricalColumn("InvoiceNo", ["1", "1", "2", "C3", "4", "5", "6", "7", "8"]),
        dates is null
            ? new DateColumn("InvoiceDate", new DateTime?[]
            {
                new DateTime(2011, 1, 1, 10, 0, 0), new DateTime(2011, 1, 1, 10, 0, 0), new DateTime(2011, 1, 10), new DateTime(2011, 1, 11),
                new DateTime(2011, 1, 5), new DateTime(2011, 1, 6), new DateTime(2011, 1, 20), new DateTime(2011, 1, 15), new DateTime(2011, 1, 16, 23, 59, 0),
            })
            : new CategoricalColumn("InvoiceDate", dates),
        new NumericColumn("Quantity", [2, 1, 1, -1, 4, 1, 1, 10, -2]),
        new NumericColumn("UnitPrice", prices ?? [5, 3, 7, 7, 0, 20, 1, 1.5, 1.5]));

    private static double[] Values(RfmTable table, string column) => table.Frame.Columns.GetNumeric(column).Values.ToArray();

    [Test]
    public void Recency_frequency_and_monetary_come_from_purchases_by_default()
    {
        var table = RfmBuilder.Build(Transactions());

        Assert.Multiple(() =>
        {
            Assert.That(table.Frame.Columns.Names, Is.EqualTo(new[] { "CustomerID", "Recency", "Frequency", "Monetary", "R", "F", "M", "RfmScore", "RfmSegment" }));
            Assert.That(table.Frame.Columns.GetCategorical("CustomerID").Categories, Is.EqualTo(new[] { "C1", "C2", "C3" }));
            Assert.That(Values(table, "Recency"), Is.EqualTo(new[] { 11.0, 15, 6 }));
            Assert.That(Values(table, "Frequency"), Is.EqualTo(new[] { 2.0, 1, 1 }));
            Assert.That(Values(table, "Monetary"), Is.EqualTo(new[] { 20.0, 20, 15 }));
            Assert.That(table.Report.AsOfDate, Is.EqualTo(new DateTime(2011, 1, 21)));
        });
    }

    [Test]
    public void Each_rule_counts_the_rows_it_drops()
    {
        var report = RfmBuilder.Build(Transactions()).Report;

        Assert.Multiple(() =>
        {
            Assert.That(report.TotalRows, Is.EqualTo(9));
            Assert.That(report.MissingCustomerIdRows, Is.EqualTo(1));
            Assert.That(report.NegativePriceRows, Is.Zero);
            Assert.That(report.ZeroPriceRows, Is.EqualTo(1));
            Assert.That(report.CancellationRows, Is.EqualTo(2));
            Assert.That(report.IncludedRows, Is.EqualTo(5));
            Assert.That(report.ExcludedRows, Is.EqualTo(4));
            Assert.That(report.Customers, Is.EqualTo(3));
            Assert.That(report.ToString(), Is.EqualTo(
                "9 rows: 1 without customer id, 0 with a negative price, 1 with price 0, 2 cancellations (excluded); 5 rows used for 3 customers as of 2011-01-21."));
        });
    }

    [Test]
    public void Netting_subtracts_cancellations_from_monetary_but_not_from_frequency()
    {
        var table = RfmBuilder.Build(Transactions(), new RfmOptions { Cancellations = CancellationHandling.Net });

        Assert.Multiple(() =>
        {
            Assert.That(Values(table, "Monetary"), Is.EqualTo(new[] { 13.0, 20, 12 }));
            Assert.That(Values(table, "Frequency"), Is.EqualTo(new[] { 2.0, 1, 1 }));
            Assert.That(Values(table, "Recency"), Is.EqualTo(new[] { 11.0, 15, 6 }));
            Assert.That(table.Report.IncludedRows, Is.EqualTo(7));
        });
    }

    [Test]
    public void Zero_prices_can_be_kept_as_invoices_worth_nothing()
    {
        var table = RfmBuilder.Build(Transactions(), new RfmOptions { ZeroPrices = ZeroPriceHandling.Keep });

        Assert.Multiple(() =>
        {
            Assert.That(Values(table, "Frequency"), Is.EqualTo(new[] { 2.0, 2, 1 }));
            Assert.That(Values(table, "Monetary"), Is.EqualTo(new[] { 20.0, 20, 15 }));
            Assert.That(table.Report.ZeroPriceRows, Is.Zero);
        });
    }

    [Test]
    public void Scores_are_quintiles_of_first_ranks_and_name_the_segment()
    {
        var table = RfmBuilder.Build(Transactions());

        // Three customers: ranks 1, 2, 3 fall in qcut bins 1, 3, 5 (edges 1, 1.4, 1.8, 2.2, 2.6, 3); ties go by id order.
        // Recency 11, 15, 6 -> bins 3, 5, 1 -> R = 3, 1, 5. Frequency 2, 1, 1 -> 5, 1, 3. Monetary 20, 20, 15 -> 3, 5, 1.
        Assert.Multiple(() =>
        {
            Assert.That(Values(table, "R"), Is.EqualTo(new[] { 3.0, 1, 5 }));
            Assert.That(Values(table, "F"), Is.EqualTo(new[] { 5.0, 1, 3 }));
            Assert.That(Values(table, "M"), Is.EqualTo(new[] { 3.0, 5, 1 }));
            Assert.That(table.Frame.Columns.GetCategorical("RfmScore").Categories, Is.EquivalentTo(new[] { "353", "115", "531" }));
            Assert.That(table.Segments, Is.EqualTo(new[] { RfmSegment.LoyalCustomers, RfmSegment.AtRisk, RfmSegment.PotentialLoyalists }));
            Assert.That(table.Frame.Columns.GetCategorical("RfmSegment")[1], Is.EqualTo("At Risk"));
            Assert.That(table.CountBySegment()[RfmSegment.AtRisk], Is.EqualTo(1));
            Assert.That(table.CountBySegment()[RfmSegment.Champions], Is.Zero);
        });
    }

    [Test]
    public void Rfm_segments_are_profiled_under_their_names_and_ranked_by_monetary_value()
    {
        var profiles = RfmBuilder.Build(Transactions()).ProfileSegments();
        var ranking = profiles.RankByValue("Monetary");

        Assert.Multiple(() =>
        {
            Assert.That(profiles, Has.Count.EqualTo(11));
            Assert.That(profiles[(int)RfmSegment.AtRisk].Name, Is.EqualTo("At Risk"));
            Assert.That(profiles[(int)RfmSegment.AtRisk].Size, Is.EqualTo(1));
            Assert.That(profiles[(int)RfmSegment.Champions].Size, Is.Zero);
            Assert.That(profiles[0].Numeric.Select(n => n.Column), Is.EqualTo(new[] { "Recency", "Frequency", "Monetary", "R", "F", "M" }));
            Assert.That(ranking.Take(3).Select(r => r.Name), Is.EqualTo(new[] { "Loyal Customers", "At Risk", "Potential Loyalists" }));
        });
    }

    [Test]
    public void Numeric_customer_ids_stay_numeric_and_sort_by_value()
    {
        var frame = Transactions().WithColumn(new NumericColumn("CustomerID", [10, 10, 10, 10, 9, 9, double.NaN, 100, 100]));

        var ids = RfmBuilder.Build(frame).Frame.Columns.GetNumeric("CustomerID");

        Assert.That(ids.Values.ToArray(), Is.EqualTo(new[] { 9.0, 10, 100 }));
    }

    [Test]
    public void An_amount_column_replaces_quantity_times_price()
    {
        var frame = Transactions().WithColumn(new NumericColumn("Amount", [10, 3, 7, -7, 0, 20, 1, 15, -3]));

        var table = RfmBuilder.Build(frame, new RfmOptions { AmountColumn = "Amount", QuantityColumn = "unused", PriceColumn = "unused" });

        Assert.That(Values(table, "Monetary"), Is.EqualTo(new[] { 20.0, 20, 15 }));
    }

    [Test]
    public void Dates_written_as_text_are_parsed_with_the_invariant_culture()
    {
        string[] dates = ["2011-01-01 10:00:00", "2011-01-01 10:00:00", "2011-01-10", "2011-01-11", "2011-01-05", "2011-01-06", "2011-01-20", "1/15/2011", "2011-01-16"];

        var table = RfmBuilder.Build(Transactions(dates: dates));

        Assert.That(Values(table, "Recency"), Is.EqualTo(new[] { 11.0, 15, 6 }));
    }

    [Test]
    public void A_date_that_does_not_parse_is_reported_with_its_row()
    {
        string[] dates = ["2011-01-01", "yesterday", "2011-01-10", "2011-01-11", "2011-01-05", "2011-01-06", "2011-01-20", "2011-01-15", "2011-01-16"];

        var error = Assert.Throws<SegmentationDataException>(() => RfmBuilder.Build(Transactions(dates: dates)));

        Assert.Multiple(() =>
        {
            Assert.That(error!.Message, Is.EqualTo("Column 'InvoiceDate' row 1: 'yesterday' is not a date; RFM needs a transaction date such as 2011-12-09 12:50:00."));
            Assert.That(error.RowIndex, Is.EqualTo(1));
            Assert.That(error.Value, Is.EqualTo("yesterday"));
        });
    }

    [Test]
    public void A_numeric_date_column_is_rejected()
    {
        var frame = Transactions().WithColumn(new NumericColumn("InvoiceDate", new double[9]));

        var error = Assert.Throws<SegmentationDataException>(() => RfmBuilder.Build(frame));

        Assert.That(error!.Message, Is.EqualTo("Column 'InvoiceDate' is Numeric, not Date; RFM needs transaction dates (a date column, or text such as 2011-12-09 12:50:00)."));
    }

    [Test]
    public void A_negative_price_is_an_error_by_default()
    {
        var error = Assert.Throws<SegmentationDataException>(() => RfmBuilder.Build(Transactions(prices: [5, 3, -11062.06, 7, 0, 20, 1, 1.5, 1.5])));

        Assert.Multiple(() =>
        {
            Assert.That(error!.Message, Is.EqualTo("Column 'UnitPrice' row 2: price -11062.06 is negative (invoice '2'); set NegativePrices = Exclude to drop such rows."));
            Assert.That(error.ColumnName, Is.EqualTo("UnitPrice"));
            Assert.That(error.RowIndex, Is.EqualTo(2));
        });
    }

    [Test]
    public void Negative_prices_can_be_excluded_and_counted()
    {
        var table = RfmBuilder.Build(
            Transactions(prices: [5, 3, -11062.06, 7, 0, 20, 1, 1.5, 1.5]),
            new RfmOptions { NegativePrices = NegativePriceHandling.Exclude });

        Assert.Multiple(() =>
        {
            Assert.That(table.Report.NegativePriceRows, Is.EqualTo(1));
            Assert.That(Values(table, "Frequency"), Is.EqualTo(new[] { 1.0, 1, 1 }));
        });
    }

    [Test]
    public void An_as_of_date_before_the_last_purchase_is_rejected()
    {
        var options = new RfmOptions { AsOfDate = new DateTime(2011, 1, 12) };

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => RfmBuilder.Build(Transactions(), options));

        Assert.That(error!.Message, Does.StartWith(
            "AsOfDate=2011-01-12 is before the last purchase, 2011-01-15 00:00:00 in column 'InvoiceDate' row 7; recency would be negative. Use a date on or after it, or filter the transactions first."));
    }

    [Test]
    public void An_explicit_as_of_date_sets_recency()
    {
        var table = RfmBuilder.Build(Transactions(), new RfmOptions { AsOfDate = new DateTime(2011, 2, 1) });

        Assert.That(Values(table, "Recency"), Is.EqualTo(new[] { 22.0, 26, 17 }));
    }

    [Test]
    public void A_missing_column_suggests_the_closest_name()
    {
        var error = Assert.Throws<ColumnNotFoundException>(() => RfmBuilder.Build(Transactions(), new RfmOptions { CustomerIdColumn = "CustomerId" }));

        Assert.That(error!.Suggestions, Does.Contain("CustomerID"));
    }

    [Test]
    public void Transactions_with_no_customer_left_are_reported()
    {
        var error = Assert.Throws<SegmentationDataException>(() => RfmBuilder.Build(Transactions(customers: new string?[9])));

        Assert.That(error!.Message, Is.EqualTo(
            "No customer is left after the RFM rules (9 rows: 9 without customer id, 0 negative price, 0 price 0, 0 cancellations)."));
    }
}
