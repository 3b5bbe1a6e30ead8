using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Segmentation.Clustering;
using Segmentation.Evaluation;

namespace Segmentation.Benchmarks;

/// <summary>
/// The library's side of benchmarks/peers/run-peers.sh: times the same tasks as ../shared/peers/sklearn_bench.py on the
/// same PREFIX.f32 data and prints one JSON line per measurement with the same fields.
/// <c>peer --data PREFIX --task kmeans|kmeans_f64|kmeans_lloyd|kmeans_hamerly|lloyd_per_iter|hamerly_per_iter|read_bound|read_bound_cold|..._f64 [--threads 2] [--repeats 3] [--seeds 0,1,2,3,4] [--k K]</c>.
/// Tasks fit the float32 data as stored (<see cref="SinglePrecisionMatrix"/>); the _f64 tasks fit the same values widened to a <see cref="DenseMatrix"/>.
/// </summary>
internal static class PeerRunner
{
    public static int Run(string[] args)
    {
        var options = ParseOptions(args);
        var prefix = options.GetValueOrDefault("data") ?? throw new ArgumentException("--data PREFIX is required.");
        var tasks = (options.GetValueOrDefault("task") ?? "kmeans").Split(',');
        var threads = int.Parse(options.GetValueOrDefault("threads") ?? "2", CultureInfo.InvariantCulture);
        var repeats = int.Parse(options.GetValueOrDefault("repeats") ?? "3", CultureInfo.InvariantCulture);
        var seeds = (options.GetValueOrDefault("seeds") ?? "0").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        var beforeLoadMb = Process.GetCurrentProcess().WorkingSet64 / 1e6;
        var data = PeerData.Load(prefix);
        if (options.GetValueOrDefault("k") is { } clusters)
        {
            data = data with { ClusterCount = int.Parse(clusters, CultureInfo.InvariantCulture) };
        }

        var afterLoadMb = Process.GetCurrentProcess().WorkingSet64 / 1e6;
        DenseMatrix? wide = null;
        DenseMatrix Wide() => wide ??= data.ToDouble();
        foreach (var task in tasks)
        {
            foreach (var seed in seeds)
            {
                var record = task switch
                {
                    "kmeans" => TimeFit(data, (kmeans, _) => kmeans.Fit(data.Single), KMeansAlgorithm.Auto, threads, repeats, seed),
                    "kmeans_f64" => TimeFit(data, (kmeans, _) => kmeans.Fit(Wide()), KMeansAlgorithm.Auto, threads, repeats, seed),
                    "kmeans_lloyd" => TimeFit(data, (kmeans, _) => kmeans.Fit(data.Single), KMeansAlgorithm.Lloyd, threads, repeats, seed),
                    "kmeans_hamerly" => TimeFit(data, (kmeans, _) => kmeans.Fit(data.Single), KMeansAlgorithm.Hamerly, threads, repeats, seed),
                    "lloyd_per_iter" => TimePerIteration(KMeansProblem.Create(data.Single, null, data.ClusterCount, threads), data.ClusterCount, repeats, KMeansAlgorithm.Lloyd),
                    "hamerly_per_iter" => TimePerIteration(KMeansProblem.Create(data.Single, null, data.ClusterCount, threads), data.ClusterCount, repeats, KMeansAlgorithm.Hamerly),
                    "lloyd_per_iter_f64" => TimePerIteration(KMeansProblem.Create(Wide(), null, data.ClusterCount, threads), data.ClusterCount, repeats, KMeansAlgorithm.Lloyd),
                    "elkan_per_iter" => TimePerIteration(KMeansProblem.Create(data.Single, null, data.ClusterCount, threads), data.ClusterCount, repeats, KMeansAlgorithm.Elkan),
                    "kmeans_elkan" => TimeFit(data, (kmeans, _) => kmeans.Fit(data.Single), KMeansAlgorithm.Elkan, threads, repeats, seed),
                    "ksweep" => TimeSweep(data, options => KMeans.FitRange(options, data.Single, 2, 10), threads, repeats, seed),
                    "ksweep_f64" => TimeSweep(data, options => KMeans.FitRange(options, Wide(), 2, 10), threads, repeats, seed),
                    "read_bound" => TimeRead(data.Single.Values.ToArray(), threads, repeats),
                    "read_bound_f64" => TimeRead(Wide().Values.ToArray(), threads, repeats),
                    "read_bound_cold" => TimeRead(data.Single.Values.ToArray(), threads, repeats, fromMemory: true),
                    "read_bound_cold_f64" => TimeRead(Wide().Values.ToArray(), threads, repeats, fromMemory: true),
                    "silhouette_exact_20k" => TimeSilhouette(prefix, Wide(), data.ClusterCount, threads, repeats, seed),
                    "hamerly_per_iter_f64" => TimePerIteration(KMeansProblem.Create(Wide(), null, data.ClusterCount, threads), data.ClusterCount, repeats, KMeansAlgorithm.Hamerly),
                    _ => throw new ArgumentException(
                        $"--task {task} is not one of kmeans, kmeans_f64, kmeans_lloyd, kmeans_hamerly, kmeans_elkan, lloyd_per_iter, hamerly_per_iter, elkan_per_iter, "
                        + "lloyd_per_iter_f64, hamerly_per_iter_f64, ksweep, ksweep_f64, read_bound, read_bound_f64, read_bound_cold, read_bound_cold_f64, silhouette_exact_20k."),
                };
                record["task"] = task;
                record["dataset"] = data.Name;
                record["seed"] = seed;
                record["threads"] = threads;
                record["rss_before_load_mb"] = Math.Round(beforeLoadMb, 1);
                record["rss_after_load_mb"] = Math.Round(afterLoadMb, 1);
                record["peak_rss_mb"] = Math.Round(Process.GetCurrentProcess().PeakWorkingSet64 / 1e6, 1);
                Console.WriteLine(JsonSerializer.Serialize(record));
            }
        }

        return 0;
    }

    private static Dictionary<string, object?> TimeFit(
        PeerData data, Func<KMeans, int, KMeansModel> fit, KMeansAlgorithm algorithm, int threads, int repeats, int seed)
    {
        var options = new KMeansOptions
        {
            ClusterCount = data.ClusterCount, Restarts = 1, Seed = seed, Algorithm = algorithm, MaxDegreeOfParallelism = threads,
        };
        var kmeans = new KMeans(options);
        GC.Collect();
        var coldWatch = Stopwatch.StartNew();
        fit(kmeans, seed); // warm-up: JIT
        var coldSeconds = coldWatch.Elapsed.TotalSeconds;
        var times = new List<double>();
        var cpu = new List<double>();
        KMeansModel? model = null;
        for (var repeat = 0; repeat < repeats; repeat++)
        {
            // The last fit's buffers are garbage now; collect them so the peak working set is one fit's.
            GC.Collect();
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            model = fit(kmeans, seed);
            times.Add(watch.Elapsed.TotalSeconds);
            cpu.Add((Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds);
        }

        return new Dictionary<string, object?>
        {
            ["peer"] = "segmentation",
            ["seconds_median"] = Median(times),
            ["seconds_min"] = times.Min(),
            ["cpu_seconds_median"] = Median(cpu),
            ["iterations"] = model!.Iterations,
            ["inertia"] = model.Inertia,
            ["algorithm"] = algorithm.ToString(),
            ["first_fit_seconds"] = coldSeconds,
        };
    }

    /// <summary>Seconds per Lloyd iteration from the first k rows, tol 0: (t(25) - t(5)) / 20, as sklearn_bench.py.</summary>
    private static Dictionary<string, object?> TimePerIteration<T>(KMeansProblem<T> problem, int clusterCount, int repeats, KMeansAlgorithm algorithm)
        where T : unmanaged, System.Numerics.IBinaryFloatingPointIeee754<T>
    {
        var solver = new LloydSolver<T>(problem, clusterCount, algorithm);
        var initial = new double[clusterCount * problem.Features];
        Element.Widen(problem.Values.AsSpan(0, initial.Length), initial);
        var cpu = new List<double>();
        double Time(int iterations)
        {
            initial.CopyTo(solver.Centres);
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            solver.Run(iterations, 0, CancellationToken.None);
            cpu.Add((Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds * (iterations == 5 ? -1 : 1));
            return watch.Elapsed.TotalSeconds;
        }

        Time(5);
        cpu.Clear();
        var shortRuns = Enumerable.Range(0, repeats).Select(_ => Time(5)).ToList();
        var longRuns = Enumerable.Range(0, repeats).Select(_ => Time(25)).ToList();
        return new Dictionary<string, object?>
        {
            ["peer"] = "segmentation",
            ["seconds_median"] = (Median(longRuns) - Median(shortRuns)) / 20,
            ["seconds_min"] = (longRuns.Min() - shortRuns.Min()) / 20,
            ["cpu_seconds_per_iteration"] = cpu.Sum() / repeats / 20,
            ["iterations"] = 20,
        };
    }

    /// <summary>k = 2..10, one k-means++ start each, as sklearn_bench.py's ksweep_lloyd_f64.</summary>
    private static Dictionary<string, object?> TimeSweep(
        PeerData data, Func<KMeansOptions, IReadOnlyList<KMeansModel>> sweep, int threads, int repeats, int seed)
    {
        var options = new KMeansOptions { Restarts = 1, Seed = seed, MaxDegreeOfParallelism = threads };
        sweep(options);
        var times = new List<double>();
        IReadOnlyList<KMeansModel> models = [];
        for (var repeat = 0; repeat < repeats; repeat++)
        {
            GC.Collect();
            var watch = Stopwatch.StartNew();
            models = sweep(options);
            times.Add(watch.Elapsed.TotalSeconds);
        }

        return new Dictionary<string, object?>
        {
            ["peer"] = "segmentation",
            ["seconds_median"] = Median(times),
            ["seconds_min"] = times.Min(),
            ["iterations"] = models.Sum(model => model.Iterations),
            ["elbow_inertia"] = models.ToDictionary(model => model.Centroids.Rows.ToString(CultureInfo.InvariantCulture), model => model.Inertia),
            ["n"] = data.Single.Rows,
        };
    }

    /// <summary>
    /// The machine's read bound for one pass over the data: every value summed once on <paramref name="threads"/>
    /// threads, one contiguous block each (the least an iteration that reads the data can cost). The data are warm
    /// (read just before, so in whatever cache holds them, as between two iterations), or with
    /// <paramref name="fromMemory"/> read from memory: before each timed pass the threads read a buffer twice the size of
    /// the last-level cache, which evicts the data.
    /// </summary>
    private static Dictionary<string, object?> TimeRead<T>(T[] values, int threads, int repeats, bool fromMemory = false)
        where T : unmanaged, System.Numerics.IBinaryFloatingPointIeee754<T>
    {
        var partial = new T[threads];
        void Sum<TValue>(TValue[] array, TValue[] sums)
            where TValue : unmanaged, System.Numerics.IBinaryFloatingPointIeee754<TValue> =>
            Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, thread =>
            {
                var start = (int)((long)array.Length * thread / threads);
                var end = (int)((long)array.Length * (thread + 1) / threads);
                sums[thread] = System.Numerics.Tensors.TensorPrimitives.Sum<TValue>(array.AsSpan(start, end - start));
            });
        var evictor = fromMemory ? new float[LastLevelCacheBytes() / sizeof(float) * 2] : [];
        evictor.AsSpan().Fill(1f);
        var evictorSums = new float[threads];
        void Read() => Sum(values, partial);
        Read();
        var times = new List<double>();
        for (var repeat = 0; repeat < Math.Max(repeats, 5); repeat++)
        {
            if (fromMemory)
            {
                Sum(evictor, evictorSums);
            }

            var watch = Stopwatch.StartNew();
            Read();
            times.Add(watch.Elapsed.TotalSeconds);
        }

        var bytes = (double)values.Length * System.Runtime.CompilerServices.Unsafe.SizeOf<T>();
        return new Dictionary<string, object?>
        {
            ["peer"] = "segmentation",
            ["seconds_median"] = Median(times),
            ["seconds_min"] = times.Min(),
            ["gigabytes_per_second"] = bytes / times.Min() / 1e9,
        };
    }

    /// <summary>The largest cache's size from /sys (the L3 of x86 Linux machines), or 256 MB where it cannot be read.</summary>
    private static long LastLevelCacheBytes()
    {
        var largest = 0L;
        foreach (var size in Directory.Exists("/sys/devices/system/cpu/cpu0/cache") ? Directory.GetFiles("/sys/devices/system/cpu/cpu0/cache", "size", SearchOption.AllDirectories) : [])
        {
            var text = File.ReadAllText(size).Trim();
            var scale = text.EndsWith('K') ? 1L << 10 : text.EndsWith('M') ? 1L << 20 : 1L;
            if (long.TryParse(text.TrimEnd('K', 'M'), out var value))
            {
                largest = Math.Max(largest, value * scale);
            }
        }

        return largest > 0 ? largest : 256L << 20;
    }

    /// <summary>Exact silhouette of the first 20,000 rows, labelled by sklearn_bench.py's kmeans_lloyd_f64 fit of the same seed.</summary>
    private static Dictionary<string, object?> TimeSilhouette(string prefix, DenseMatrix data, int clusterCount, int threads, int repeats, int seed)
    {
        var name = Path.GetFileName(prefix);
        var labelsPath = Path.Combine(Path.GetDirectoryName(prefix)!, "labels", $"{name}.sklearn_lloyd_f64.k{clusterCount}.s{seed}.labels.i32");
        var rows = Math.Min(20_000, data.Rows);
        var labels = new int[rows];
        System.Runtime.InteropServices.MemoryMarshal.Cast<byte, int>(File.ReadAllBytes(labelsPath).AsSpan(0, rows * sizeof(int))).CopyTo(labels);
        var subset = new DenseMatrix(data.Values[..(rows * data.Columns)], rows, data.Columns);
        Silhouette.Score(subset, labels, threads);
        var times = new List<double>();
        var score = 0.0;
        for (var repeat = 0; repeat < repeats; repeat++)
        {
            GC.Collect();
            var watch = Stopwatch.StartNew();
            score = Silhouette.Score(subset, labels, threads);
            times.Add(watch.Elapsed.TotalSeconds);
        }

        return new Dictionary<string, object?>
        {
            ["peer"] = "segmentation",
            ["seconds_median"] = Median(times),
            ["seconds_min"] = times.Min(),
            ["metric_value"] = score,
        };
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static Dictionary<string, string> ParseOptions(string[] args)
    {
        var options = new Dictionary<string, string>();
        for (var i = 1; i < args.Length - 1; i += 2)
        {
            options[args[i].TrimStart('-')] = args[i + 1];
        }

        return options;
    }
}
