// Segments mall customers by annual income and spending score: k chosen over 2..10, named segments, two charts.
// With no argument it runs on built-in synthetic data shaped like the Kaggle "Mall Customer Segmentation Data";
// with a path (e.g. ../shared/data/mall_customers.csv) it runs on that file.
using Segmentation;
using Segmentation.Data;
using Segmentation.Pipeline;
using Segmentation.Plots;
using Segmentation.Synthetic;

try
{
    var customers = args.Length > 0 ? DataFrame.LoadCsv(args[0]) : SyntheticCustomers.Mall();
    Console.WriteLine(args.Length > 0
        ? $"Customers: {args[0]} ({customers.Rows.Count} rows)"
        : $"Customers: built-in synthetic mall data, made up for this sample ({customers.Rows.Count} rows)");

    var result = SegmentationPipeline.Create()
        .WithIdColumn("CustomerID")
        .SelectFeatures("Annual Income (k$)", "Spending Score (1-100)")
        .KMeans(new KMeansStepOptions { MinimumClusters = 2, MaximumClusters = 10, Restarts = 10, Seed = 42 })
        .Fit(customers);

    Console.WriteLine($"k = {result.ChosenClusterCount}: {result.ClusterCountSelection!.Reason}");
    Console.WriteLine($"Inertia: {result.Quality.Inertia:F4} after {result.Clustering.Iterations} iterations");
    Console.WriteLine();
    Console.WriteLine(result.Segments.ToText());

    var output = Directory.CreateDirectory("segments-out").FullName;
    var sweep = result.ClusterCountSelection.Evaluations;
    Charts.Elbow(sweep.Select(e => e.K).ToArray(), sweep.Select(e => e.Inertia).ToArray(), result.ClusterCountSelection.KneeClusterCount)
        .Save(Path.Combine(output, "mall-elbow.svg"));
    Charts.Scatter(result.Features, 0, 1, result.Labels.ToArray(), result.Model.Centroids, new ScatterChartOptions
    {
        Title = "Mall customers by segment",
        XTitle = "Annual income",
        XUnit = "k$",
        YTitle = "Spending score",
        YUnit = "1-100",
        SegmentNames = result.Model.SegmentNames,
    }).Save(Path.Combine(output, "mall-segments.svg"));
    Console.WriteLine($"Charts: {Path.Combine(output, "mall-elbow.svg")}, {Path.Combine(output, "mall-segments.svg")}");

    result.Assign(customers).SaveCsv(Path.Combine(output, "mall-segments.csv"));   // every row and column plus Segment, SegmentName, Novel
    result.Model.Save(Path.Combine(output, "mall.segmodel"));                        // versioned JSON with a checksum
    var model = SegmentationModel.Load(Path.Combine(output, "mall.segmodel"));
    var predictions = model.Predict(customers);                                       // new customers are scored the same way
    Console.WriteLine($"Saved model reloaded: {predictions.Count} customers scored, {predictions.NovelCount} novel");
    return 0;
}
catch (Exception error) when (error is SegmentationException or IOException)
{
    Console.Error.WriteLine($"error: {error.Message}");
    return 1;
}
