using System.Diagnostics;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Segmentation.Clustering.Streaming;
using Segmentation.Synthetic;

namespace Segmentation.Benchmarks;

/// <summary>An out-of-core fit and k sweep from a CSV file written once in setup (the parse dominates; see <see cref="StreamingMemoryProbe"/> for memory).</summary>
[MemoryDiagnoser]
public class StreamingKMeansBenchmarks
{
    private string _path = string.Empty;
    private CsvRowBlockSource _source = null!;

    [Params(20_000, 200_000)]
    public int Rows { get; set; }

    [Params(16)]
    public int Features { get; set; }

    [Params(8)]
    public int Clusters { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), $"segmentation-streaming-benchmark-{Environment.ProcessId}-{Rows}x{Features}.csv");
        var data = SyntheticBlobs.Generate(Rows, Features, Clusters);
        using (var writer = new StreamWriter(_path, append: false, Encoding.UTF8, 1 << 16))
        {
            writer.WriteLine(string.Join(',', Enumerable.Range(0, Features).Select(j => $"f{j}")));
            for (var row = 0; row < data.Rows; row++)
            {
                writer.WriteLine(string.Join(',', data.Row(row).ToArray().Select(v => v.ToString("G9", CultureInfo.InvariantCulture))));
            }
        }

        _source = new CsvRowBlockSource(_path, Enumerable.Range(0, Features).Select(j => $"f{j}"));
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    [Benchmark(Baseline = true)]
    public double Fit() =>
        new StreamingKMeans(new StreamingKMeansOptions { ClusterCount = Clusters, MaxDegreeOfParallelism = 2 }).Fit(_source).Inertia;

    [Benchmark]
    public int Sweep() =>
        new StreamingClusterCountSelector(new StreamingClusterCountSelectorOptions
        {
            MinClusters = 2,
            MaxClusters = 10,
            KMeans = new StreamingKMeansOptions { MaxDegreeOfParallelism = 2 },
        }).Select(_source).RecommendedClusterCount;
}

/// <summary>
/// The memory proof of the out-of-core fit: <c>stream-memory --data FILE.csv [--budget-mb 64] [--k 8 | --sweep 2..10] [--columns a,b,...] [--threads 2] [--epochs 10] [--lloyd 0]</c>
/// streams a CSV file (much larger than the budget) and prints the file size, the budget, the block size, the peak working
/// set of the process (which includes the runtime) and the time.
/// </summary>
internal static class StreamingMemoryProbe
{
    public static int Run(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i + 1 < args.Length; i += 2)
        {
            options[args[i].TrimStart('-')] = args[i + 1];
        }

        var path = options.GetValueOrDefault("data") ?? throw new ArgumentException("--data FILE.csv is required.");
        var budget = long.Parse(options.GetValueOrDefault("budget-mb") ?? "64", CultureInfo.InvariantCulture) << 20;
        var threads = int.Parse(options.GetValueOrDefault("threads") ?? "2", CultureInfo.InvariantCulture);
        var header = File.ReadLines(path).First();
        var columns = options.TryGetValue("columns", out var given) ? given.Split(',') : header.Split(',');
        var source = new CsvRowBlockSource(path, columns);
        var kmeans = new StreamingKMeansOptions
        {
            ClusterCount = int.Parse(options.GetValueOrDefault("k") ?? "8", CultureInfo.InvariantCulture),
            MemoryBudgetBytes = budget,
            MaxDegreeOfParallelism = threads,
            Standardize = true,
            MaximumLloydPasses = int.Parse(options.GetValueOrDefault("lloyd") ?? "0", CultureInfo.InvariantCulture),
            MaximumEpochs = int.Parse(options.GetValueOrDefault("epochs") ?? Defaults.StreamingMaximumEpochs.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
        };

        // Warm up on the first rows (loads and compiles the code), then reset the kernel's peak-RSS mark (Linux:
        // /proc/self/clear_refs "5"), so that the peak below is the fit's own, not the start-up's.
        var warmup = Path.Combine(Path.GetTempPath(), $"stream-memory-warmup-{Environment.ProcessId}.csv");
        File.WriteAllLines(warmup, File.ReadLines(path).Take(20_001));
        var startupPeak = Process.GetCurrentProcess().PeakWorkingSet64;
        Measure(new CsvRowBlockSource(warmup, columns), options, kmeans);
        File.Delete(warmup);
        GC.Collect();
        var resetPeak = TryResetPeak();
        var before = Process.GetCurrentProcess().WorkingSet64;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var collectionsBefore = GC.CollectionCount(0);
        var clock = Stopwatch.StartNew();
        var outcome = Measure(source, options, kmeans);
        clock.Stop();
        var process = Process.GetCurrentProcess();
        var peak = process.PeakWorkingSet64;
        Console.WriteLine(outcome);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"file={new FileInfo(path).Length / 1e6:F0} MB budget={budget / 1e6:F0} MB working set before fit={before / 1e6:F0} MB "
            + $"peak working set during fit={peak / 1e6:F0} MB (peak minus before={(peak - before) / 1e6:F0} MB; peak mark reset={resetPeak}; start-up peak={startupPeak / 1e6:F0} MB) "
            + $"allocated during fit={(GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1e6:F0} MB in {GC.CollectionCount(0) - collectionsBefore} gen0 GCs; "
            + $"GC heap now={GC.GetTotalMemory(false) / 1e6:F0} MB time={clock.Elapsed.TotalSeconds:F1} s threads={threads}"));
        return 0;
    }

    private static string Measure(CsvRowBlockSource source, Dictionary<string, string> options, StreamingKMeansOptions kmeans)
    {
        if (options.TryGetValue("sweep", out var range))
        {
            var bounds = range.Split("..").Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
            var selection = new StreamingClusterCountSelector(new StreamingClusterCountSelectorOptions
            {
                MinClusters = bounds[0],
                MaxClusters = bounds[1],
                KMeans = kmeans,
            }).Select(source);
            return $"sweep k={range}: rows={selection.Rows} block rows={selection.BlockRows} recommended k={selection.RecommendedClusterCount} ({selection.Reason})";
        }

        var model = new StreamingKMeans(kmeans).Fit(source);
        return $"k={model.ClusterCount}: rows={model.Rows} block rows={model.BlockRows} epochs={model.Epochs} lloyd passes={model.LloydPasses} converged={model.Converged} inertia={model.Inertia:G6}";
    }

    /// <summary>Resets the peak resident set size the kernel reports as VmHWM (Linux 4.0+); false where that is not possible.</summary>
    private static bool TryResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
