// Segments mall customers by annual income and spending score into five named segments.
// With no argument it runs on built-in synthetic data shaped like the Kaggle "Mall Customer Segmentation Data";
// with a path (e.g. ../shared/data/mall_customers.csv) it runs on that file.
using Segmentation;
using Segmentation.Data;
using Segmentation.Pipeline;
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
        .KMeans(new KMeansStepOptions { ClusterCount = 5, Restarts = 10, Seed = 42 })
        .Fit(customers);

    Console.WriteLine($"Inertia: {result.Quality.Inertia:F4} after {result.Clustering.Iterations} iterations");
    Console.WriteLine();
    Console.WriteLine(result.Segments.ToText());
    return 0;
}
catch (Exception error) when (error is SegmentationException or IOException)
{
    Console.Error.WriteLine($"error: {error.Message}");
    return 1;
}
