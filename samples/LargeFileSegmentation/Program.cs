// Segments customers straight from a CSV file that need not fit in memory: the file is read in blocks of rows sized
// from a memory budget, k is chosen over 2..8 from the same passes, and each row's segment is written to a file.
// With no argument it writes a synthetic mall-like file of 200,000 customers first (made up for this sample); with a
// path (e.g. ../shared/data/mall_customers.csv, or a .csv.gz) it runs on that file.
// Arguments: [data.csv [segments.csv [feature column ...]]].
using Segmentation;
using Segmentation.Clustering.Streaming;
using Segmentation.Synthetic;

try
{
    var output = Directory.CreateDirectory("segments-out").FullName;
    var path = args.Length > 0 ? args[0] : Path.Combine(output, "customers.csv");
    if (args.Length == 0)
    {
        SyntheticCustomers.Mall(rowCount: 200_000).SaveCsv(path);
    }

    var labelsPath = args.Length > 1 ? args[1] : Path.Combine(output, "segments.csv");
    string[] features = args.Length > 2 ? args[2..] : ["Annual Income (k$)", "Spending Score (1-100)"];
    Console.WriteLine($"Customers: {path} ({new FileInfo(path).Length / 1e6:F1} MB), features {string.Join(", ", features)}");

    var source = new CsvRowBlockSource(path, features);                   // plain or .gz; every pass reads the file again
    var options = new StreamingKMeansOptions
    {
        Standardize = true,                                               // mean and deviation from a first pass
        MemoryBudgetBytes = 64L << 20,                                    // 64 MiB for blocks, centres and the sample
        Seed = 42,
    };

    var sweep = new StreamingClusterCountSelector(new StreamingClusterCountSelectorOptions
    {
        MinClusters = 2,
        MaxClusters = 8,
        KMeans = options,
    }).Select(source);
    Console.WriteLine($"k = {sweep.RecommendedClusterCount}: {sweep.Reason}");

    using (var labels = new LabelFileWriter(labelsPath))                  // one label per line, in file order
    {
        var model = new StreamingKMeans(options with { ClusterCount = sweep.RecommendedClusterCount })
            .Fit(source, labels.Write);
        Console.WriteLine($"{model.Rows} rows read in blocks of {model.BlockRows}: inertia {model.Inertia:F1}");
        var centres = model.CentroidsInOriginalUnits();                   // in the file's own units
        for (var segment = 0; segment < model.ClusterCount; segment++)
        {
            var centre = string.Join(", ", features.Select((name, j) => $"{name} {centres[segment, j]:F1}"));
            Console.WriteLine($"  segment {segment}: {model.ClusterSizes[segment]} customers; {centre}");
        }
    }

    Console.WriteLine($"Segments: {labelsPath}");
    return 0;
}
catch (Exception error) when (error is SegmentationException or IOException)
{
    Console.Error.WriteLine($"error: {error.Message}");
    return 1;
}
