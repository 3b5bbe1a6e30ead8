using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Segmentation.Data;

namespace Segmentation.Benchmarks;

/// <summary>
/// The library's side of benchmarks/peers/csv-peer.sh: <c>peer --task csv_load --data PATH</c> loads the file once to
/// warm up, prints a JSON line <c>{"ready": ...}</c> (with that first, cold load's time), then loads it again for every line read from standard input and
/// prints one JSON line per load (seconds, CPU seconds, rows). The driver alternates these loads with
/// <c>pandas.read_csv</c> in the same run.
/// </summary>
internal static class CsvPeerRunner
{
    public const string Task = "csv_load";

    public static int Run(string path)
    {
        var firstLoad = Stopwatch.StartNew();
        var warmUp = DataFrame.LoadCsv(path);
        Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["ready"] = true,
            ["first_load_seconds"] = Math.Round(firstLoad.Elapsed.TotalSeconds, 4),
            ["rows"] = warmUp.Rows.Count,
            ["columns"] = string.Join(",", warmUp.Columns.Select(c => $"{c.Name}:{c.Kind}")),
        }));

        while (Console.ReadLine() is { } command && command.Trim() != "quit")
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var frame = DataFrame.LoadCsv(path);
            var seconds = watch.Elapsed.TotalSeconds;
            process.Refresh();
            Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["peer"] = "segmentation",
                ["task"] = Task,
                ["seconds"] = Math.Round(seconds, 4),
                ["cpu_seconds"] = Math.Round((process.TotalProcessorTime - cpuBefore).TotalSeconds, 4),
                ["rows"] = frame.Rows.Count,
                ["peak_rss_mb"] = Math.Round(process.PeakWorkingSet64 / 1e6, 1),
            }));
        }

        return 0;
    }

    /// <summary>The value after <c>--data</c>.</summary>
    public static string DataPath(string[] args)
    {
        var index = Array.IndexOf(args, "--data");
        return index >= 0 && index + 1 < args.Length
            ? args[index + 1]
            : throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"--data PATH is required for --task {Task}."));
    }
}
