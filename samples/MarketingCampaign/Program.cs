// Segments the customers of a marketing campaign (Kaggle "Customer Personality Analysis") on engineered features.
// Usage: dotnet run --project samples/MarketingCampaign [path/to/marketing_campaign.csv]
// Without a path it runs on built-in synthetic data shaped like that file.
using Segmentation.Data;
using Segmentation.Pipeline;
using Segmentation.Preprocessing;
using Segmentation.Synthetic;

var customers = args.Length > 0
    ? DataFrame.LoadCsv(args[0])                    // TAB separated; Dt_Customer (dd-MM-yyyy) is read as dates
    : SyntheticCustomers.Marketing(rowCount: 2240);
Console.WriteLine($"{customers.Rows.Count} customers, {customers.Columns.Count} columns");

string[] amounts = ["MntWines", "MntFruits", "MntMeatProducts", "MntFishProducts", "MntSweetProducts", "MntGoldProds"];
var result = SegmentationPipeline.Create()
    .WithIdColumn("ID")
    .Derive("Age", new AgeFromBirthYear("Year_Birth", ReferenceYear: 2014))
    .Derive("Customer_Days", new DaysSince("Dt_Customer", new DateTime(2014, 7, 1)))
    .Derive("MntTotal", new SumOf(amounts))
    .Derive("Children", new SumOf(["Kidhome", "Teenhome"]))
    .SelectFeatures("Income", "Age", "Customer_Days", "MntTotal", "Children")
    .ImputeMissing(Imputation.Median)                // 24 blank incomes in the real file
    .Normalize(Normalization.ZScore)
    .KMeans(minClusters: 2, maxClusters: 8, seed: 42)
    .Fit(customers);

// Elbow and silhouette over k, and why k was chosen.
Console.WriteLine(" k  inertia      silhouette");
foreach (var k in result.ClusterCountSelection!.Evaluations)
{
    Console.WriteLine($"{k.K,2}  {k.Inertia,11:F2}  {k.Silhouette,10:F4}");
}

Console.WriteLine($"Chosen k = {result.ChosenClusterCount}: {result.ClusterCountSelection.Reason}");
Console.WriteLine();
foreach (var line in result.Segments.ToSummaryLines())
{
    Console.WriteLine(line);
}

var charts = MarketingCharts.Write(result, Path.Combine(Path.GetTempPath(), "marketing-campaign-charts"));
Console.WriteLine($"Charts: {string.Join(", ", charts)}");
