// RFM (recency, frequency, monetary value) from invoice lines, named RFM segments, then K-Means on log-RFM.
// Usage: dotnet run --project samples/OnlineRetailRfm [path/to/online_retail.csv.gz]
// Without a path it runs on built-in synthetic transactions shaped like the UCI "Online Retail" file.
using Segmentation.Data;
using Segmentation.Pipeline;
using Segmentation.Preprocessing;
using Segmentation.Profiling;
using Segmentation.Synthetic;

var transactions = args.Length > 0
    ? DataFrame.LoadCsv(args[0])                    // .gz is read directly
    : SyntheticCustomers.RetailTransactions(customerCount: 1000);

// One row per customer: Recency (days), Frequency (invoices), Monetary (sum of quantity x price), 1-5 scores, a segment.
// The defaults are Online Retail's column names; cancellations ("C..." invoices) and zero prices are left out.
var rfm = RfmBuilder.Build(transactions, new RfmOptions());
Console.WriteLine(rfm.Report);
foreach (var (segment, count) in rfm.CountBySegment().Where(p => p.Value > 0).OrderByDescending(p => p.Value))
{
    Console.WriteLine($"{RfmSegments.DisplayName(segment),-20} {count,6}  {RfmSegments.RecommendedAction(segment)}");
}

// K-Means on log(1 + x) of R, F and M, z-scored: the amounts are heavily skewed.
var result = SegmentationPipeline.Create()
    .WithIdColumn(RfmTable.CustomerIdColumn)
    .SelectFeatures(RfmTable.RecencyColumn, RfmTable.FrequencyColumn, RfmTable.MonetaryColumn)
    .Normalize(new NormalizationOptions { Method = Normalization.ZScore, Log1p = true })
    .KMeans(minClusters: 2, maxClusters: 8, seed: 42)
    .Fit(rfm.Frame);

Console.WriteLine();
Console.WriteLine($"K-Means on log-RFM: k = {result.ChosenClusterCount} ({result.ClusterCountSelection!.Reason})");
Console.WriteLine(result.Segments.ToText());
