using Segmentation.Clustering;
using Segmentation.Data;
using Segmentation.Profiling;
using Segmentation.Tests.Support;

namespace Segmentation.Tests.Profiling;

/// <summary>
/// RFM on the full UCI Online Retail set. Expected values were computed independently with pandas 1.5.3
/// (/usr/bin/python3): read_csv of the .gz, drop rows without CustomerID, drop UnitPrice == 0, split off
/// cancellations (InvoiceNo starting with "C" or Quantity &lt; 0), then per customer
/// max(InvoiceDate), nunique(InvoiceNo) and sum(Quantity * UnitPrice); Recency = days from the last purchase's date to
/// 2011-12-10 (the day after the last row); scores by pd.qcut(x.rank(method="first"), 5).
/// </summary>
[Category(SharedData.Category)]
public class RealDataRfmTests
{
    private static readonly Lazy<DataFrame> Transactions = new(() => DataFrame.LoadCsv(SharedData.DataFile("online_retail.csv.gz")));

    [Test]
    public void Online_retail_gives_one_row_per_known_customer_and_counts_each_rule()
    {
        var table = RfmBuilder.Build(Transactions.Value);
        var report = table.Report;
        TestContext.Out.WriteLine(report);

        Assert.Multiple(() =>
        {
            Assert.That(report.TotalRows, Is.EqualTo(541_909));
            Assert.That(report.MissingCustomerIdRows, Is.EqualTo(135_080));
            Assert.That(report.NegativePriceRows, Is.Zero, "the two 'Adjust bad debt' rows have no customer id, so the missing-id rule drops them first");
            Assert.That(report.ZeroPriceRows, Is.EqualTo(40));
            Assert.That(report.CancellationRows, Is.EqualTo(8_905));
            Assert.That(report.IncludedRows, Is.EqualTo(397_884));
            Assert.That(report.Customers, Is.EqualTo(4_338));
            Assert.That(report.AsOfDate, Is.EqualTo(new DateTime(2011, 12, 10)));
            Assert.That(table.Frame.Rows.Count, Is.EqualTo(4_338));
            Assert.That(table.Frame.Columns.GetNumeric("CustomerID").Values.ToArray(), Is.Unique.And.Ordered);
            Assert.That(Sum(table, "Recency"), Is.EqualTo(403_692));
            Assert.That(Sum(table, "Frequency"), Is.EqualTo(18_532));
            Assert.That(Sum(table, "Monetary"), Is.EqualTo(8_911_407.904).Within(1e-6));
        });
    }

    [Test]
    public void Online_retail_scores_and_segments_match_pandas()
    {
        var table = RfmBuilder.Build(Transactions.Value);
        var counts = table.CountBySegment();
        TestContext.Out.WriteLine(string.Join("\n", counts.Select(c => $"{RfmSegments.DisplayName(c.Key)}: {c.Value}")));

        Assert.Multiple(() =>
        {
            Assert.That(Sum(table, "R"), Is.EqualTo(13_014));
            Assert.That(Sum(table, "F"), Is.EqualTo(13_014));
            Assert.That(Sum(table, "M"), Is.EqualTo(13_014));
            Assert.That(counts[RfmSegment.Champions], Is.EqualTo(976));
            Assert.That(counts[RfmSegment.LoyalCustomers], Is.EqualTo(830));
            Assert.That(counts[RfmSegment.PotentialLoyalists], Is.EqualTo(227));
            Assert.That(counts[RfmSegment.NewCustomers], Is.EqualTo(52));
            Assert.That(counts[RfmSegment.Promising], Is.EqualTo(119));
            Assert.That(counts[RfmSegment.NeedAttention], Is.EqualTo(207));
            Assert.That(counts[RfmSegment.AboutToSleep], Is.EqualTo(192));
            Assert.That(counts[RfmSegment.AtRisk], Is.EqualTo(511));
            Assert.That(counts[RfmSegment.CantLoseThem], Is.EqualTo(33));
            Assert.That(counts[RfmSegment.Hibernating], Is.EqualTo(462));
            Assert.That(counts[RfmSegment.Lost], Is.EqualTo(729));
        });

        var profiles = table.ProfileSegments();
        TestContext.Out.WriteLine(profiles.ToText(maximumContrasts: 2));
        TestContext.Out.WriteLine(string.Join("\n", profiles.RankByValue("Monetary")));
        Assert.That(profiles.Select(p => p.Size), Is.EqualTo(RfmSegments.All.Select(s => counts[s])));
    }

    [Test]
    public void Customer_12346_keeps_the_purchase_that_was_cancelled_when_cancellations_are_excluded()
    {
        // One invoice (541431) of 74,215 units at 1.04 on 2011-01-18, cancelled in full by C541433 the same day.
        var row = RowOf(RfmBuilder.Build(Transactions.Value), 12346);

        Assert.Multiple(() =>
        {
            Assert.That(row.Recency, Is.EqualTo(326));
            Assert.That(row.Frequency, Is.EqualTo(1));
            Assert.That(row.Monetary, Is.EqualTo(74_215 * 1.04).Within(1e-9));
            Assert.That(row.Segment, Is.EqualTo("At Risk"));
        });
    }

    [Test]
    public void Customer_12346_nets_to_zero_when_cancellations_are_netted()
    {
        var table = RfmBuilder.Build(Transactions.Value, new RfmOptions { Cancellations = CancellationHandling.Net });
        var row = RowOf(table, 12346);

        Assert.Multiple(() =>
        {
            Assert.That(row.Frequency, Is.EqualTo(1));
            Assert.That(row.Monetary, Is.EqualTo(0).Within(1e-9));
            Assert.That(table.Report.Customers, Is.EqualTo(4_338));
            Assert.That(table.Report.CustomersWithoutPurchases, Is.EqualTo(33));
            Assert.That(table.Report.IncludedRows, Is.EqualTo(406_701));
            Assert.That(Sum(table, "Monetary"), Is.EqualTo(8_310_477.054).Within(1e-6));
        });
    }

    [Test]
    public void K_means_on_log_scaled_rfm_gives_segments_named_in_the_tables_units()
    {
        var table = RfmBuilder.Build(Transactions.Value);
        string[] measures = [RfmTable.RecencyColumn, RfmTable.FrequencyColumn, RfmTable.MonetaryColumn];
        var features = LogZScores(table.Frame, measures);
        var model = new KMeans(new KMeansOptions { ClusterCount = 4, Seed = 42 }).Fit(features);
        var options = new SegmentProfilerOptions { NamingColumns = measures, SegmentCount = 4, NamingScale = NamingScale.Rank };
        options.ExcludedColumns.Add(RfmTable.CustomerIdColumn);

        var profiles = SegmentProfiler.Profile(table.Frame, model.Labels, options);
        var ranking = profiles.RankByValue(RfmTable.MonetaryColumn);
        TestContext.Out.WriteLine(profiles.ToText(maximumContrasts: 3));
        TestContext.Out.WriteLine(string.Join("\n", ranking));

        Assert.Multiple(() =>
        {
            Assert.That(profiles.Select(p => p.Name).Distinct().Count(), Is.EqualTo(4));
            Assert.That(profiles.Sum(p => p.Size), Is.EqualTo(4_338));
            Assert.That(profiles[ranking[0].SegmentId].CategoricalFeature(RfmTable.SegmentColumn).Levels[0].Level, Is.EqualTo("Champions"));
            Assert.That(ranking[0].Name, Does.StartWith("Recent").And.Contain("high spend"), "rank-scale names see through Monetary's long tail");
            Assert.That(ranking[^1].Name, Does.StartWith("Lapsed"));
        });
    }

    /// <summary>log(x) of each measure (all are >= 1 or > 0 under the default rules), then z-scores with the population sd.</summary>
    private static DenseMatrix LogZScores(DataFrame frame, string[] columns)
    {
        var rows = frame.Rows.Count;
        var values = new double[rows * columns.Length];
        for (var c = 0; c < columns.Length; c++)
        {
            var logs = frame.Columns.GetNumeric(columns[c]).Values.ToArray().Select(v => Math.Log(v)).ToArray();
            var mean = logs.Average();
            var sd = Math.Sqrt(logs.Sum(v => (v - mean) * (v - mean)) / rows);
            for (var row = 0; row < rows; row++)
            {
                values[(row * columns.Length) + c] = (logs[row] - mean) / sd;
            }
        }

        return new DenseMatrix(values, rows, columns.Length);
    }

    private static double Sum(RfmTable table, string column)
    {
        var total = 0.0;
        foreach (var value in table.Frame.Columns.GetNumeric(column).Values)
        {
            total += value;
        }

        return total;
    }

    private static (double Recency, double Frequency, double Monetary, string? Segment) RowOf(RfmTable table, double customerId)
    {
        var columns = table.Frame.Columns;
        var row = columns.GetNumeric("CustomerID").Values.IndexOf(customerId);
        Assert.That(row, Is.GreaterThanOrEqualTo(0), $"customer {customerId} is in the table");
        return (columns.GetNumeric("Recency")[row], columns.GetNumeric("Frequency")[row], columns.GetNumeric("Monetary")[row], columns.GetCategorical("RfmSegment")[row]);
    }
}
