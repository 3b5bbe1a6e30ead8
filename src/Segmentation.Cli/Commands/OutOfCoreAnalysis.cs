using System.Globalization;
using System.Text;
using System.Text.Json;
using Segmentation.Clustering.Streaming;
using Segmentation.Preprocessing;

namespace Segmentation.Cli.Commands;

/// <summary>
/// <c>segment analyze FILE --out-of-core</c>: clusters a CSV file without loading it (Segmentation.Clustering.Streaming),
/// with memory bounded by <c>--memory</c>; writes segments.csv (one label per data row, in file order) and centres.csv
/// (each segment's size and centre in the file's units).
/// </summary>
internal static class OutOfCoreAnalysis
{
    public static int Run(AnalyzeRequest request, CommandContext context)
    {
        var features = request.Features
            ?? throw new UsageException("--out-of-core needs --features: the columns cannot be chosen without reading the whole file.");
        if (request.Scaling is not (Normalization.ZScore or Normalization.None))
        {
            throw new UsageException($"--out-of-core scales with zscore or none, not {request.Scaling.ToString().ToLowerInvariant()}.");
        }

        if (request.Log)
        {
            throw new UsageException("--out-of-core does not take --log.");
        }

        var path = InputFiles.RequireFile(request.File);
        var outputDirectory = InputFiles.OutputDirectory(request.OutputDirectory);
        var source = new CsvRowBlockSource(path, features);
        var options = new StreamingKMeansOptions
        {
            Standardize = request.Scaling == Normalization.ZScore,
            MemoryBudgetBytes = request.MemoryBudgetBytes ?? Defaults.StreamingMemoryBudgetBytes,
            Seed = request.Seed,
        };

        var segmentsPath = Path.Combine(outputDirectory, "segments.csv");
        var k = request.ClusterCount;
        StreamingClusterCountSelection? sweep = null;
        StreamingKMeansModel model;
        using (var labels = new LabelFileWriter(segmentsPath))
        {
            if (k.IsFixed)
            {
                model = new StreamingKMeans(options with { ClusterCount = k.Minimum }).Fit(source, labels.Write);
            }
            else
            {
                sweep = new StreamingClusterCountSelector(new StreamingClusterCountSelectorOptions
                {
                    MinClusters = k.Minimum,
                    MaxClusters = k.Maximum,
                    KMeans = options,
                }).Select(source);
                model = sweep.GetModel(sweep.RecommendedClusterCount);
                model.Assign(source, labels.Write, options.MemoryBudgetBytes);
            }
        }

        var centresPath = Path.Combine(outputDirectory, "centres.csv");
        WriteCentres(centresPath, model);
        string[] written = [segmentsPath, centresPath];
        var reason = sweep?.Reason ?? "given";
        if (request.Json)
        {
            context.Output.WriteLine(Json(request, model, options.MemoryBudgetBytes, reason, written));
            return ExitCodes.Ok;
        }

        var terminal = context.Terminal(machineReadable: false);
        terminal.Line($"Streamed {Path.GetFileName(path)}: {model.Rows.ToString(CultureInfo.InvariantCulture)} rows in blocks of {CellFormat.Count(model.BlockRows)} "
                      + $"(memory budget {(options.MemoryBudgetBytes / (double)(1 << 20)).ToString("0.#", CultureInfo.InvariantCulture)} MiB).");
        terminal.Line($"Features ({CellFormat.Count(features.Count)}): {string.Join(", ", features)}{(options.Standardize ? ", standardised" : string.Empty)}");
        terminal.Line();
        if (sweep is not null)
        {
            terminal.Table(
                ["k", "Inertia", "Silhouette (sample)", "Davies-Bouldin", "Calinski-Harabasz"],
                sweep.Evaluations.Select(e => (IReadOnlyList<string>)[
                    CellFormat.Count(e.K), CellFormat.Metric(e.Inertia), CellFormat.Metric(e.Silhouette),
                    CellFormat.Metric(e.DaviesBouldin), CellFormat.Metric(e.CalinskiHarabasz)]).ToArray());
        }

        terminal.Heading($"k = {CellFormat.Count(model.ClusterCount)}: {reason}");
        terminal.Line($"Inertia {CellFormat.Metric(model.Inertia)} ({(options.Standardize ? "scaled space" : "file units")})");
        terminal.Line();
        var centres = model.CentroidsInOriginalUnits();
        terminal.Table(
            ["Segment", "Size", "Share", .. features],
            Enumerable.Range(0, model.ClusterCount).Select(segment => (IReadOnlyList<string>)[
                CellFormat.Count(segment),
                model.ClusterSizes[segment].ToString(CultureInfo.InvariantCulture),
                CellFormat.Percent(model.ClusterSizes[segment] / (double)model.Rows),
                .. Enumerable.Range(0, features.Count).Select(j => CellFormat.Number(centres[segment, j]))]).ToArray());
        terminal.Line();
        terminal.Line($"Wrote 2 files to {outputDirectory}:");
        terminal.Line("  segments.csv, centres.csv");
        return ExitCodes.Ok;
    }

    private static void WriteCentres(string path, StreamingKMeansModel model)
    {
        var centres = model.CentroidsInOriginalUnits();
        var text = new StringBuilder();
        text.AppendJoin(',', new[] { "Segment", "Size", "Share" }.Concat(model.FeatureNames).Select(Quote)).Append('\n');
        for (var segment = 0; segment < model.ClusterCount; segment++)
        {
            text.Append(segment.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(model.ClusterSizes[segment].ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append((model.ClusterSizes[segment] / (double)model.Rows).ToString("R", CultureInfo.InvariantCulture));
            for (var j = 0; j < centres.Columns; j++)
            {
                text.Append(',').Append(centres[segment, j].ToString("R", CultureInfo.InvariantCulture));
            }

            text.Append('\n');
        }

        File.WriteAllText(path, text.ToString());
    }

    private static string Quote(string name) =>
        name.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : name;

    private static string Json(AnalyzeRequest request, StreamingKMeansModel model, long budget, string reason, IReadOnlyList<string> written)
    {
        var centres = model.CentroidsInOriginalUnits();
        var summary = new Dictionary<string, object?>
        {
            ["file"] = Path.GetFullPath(request.File),
            ["outOfCore"] = true,
            ["rows"] = model.Rows,
            ["blockRows"] = model.BlockRows,
            ["memoryBudgetBytes"] = budget,
            ["features"] = model.FeatureNames,
            ["k"] = model.ClusterCount,
            ["reason"] = reason,
            ["inertia"] = model.Inertia,
            ["segments"] = Enumerable.Range(0, model.ClusterCount).Select(segment => new Dictionary<string, object>
            {
                ["id"] = segment,
                ["size"] = model.ClusterSizes[segment],
                ["centre"] = model.FeatureNames.Select((name, j) => (name, value: centres[segment, j])).ToDictionary(p => p.name, p => p.value),
            }).ToArray(),
            ["files"] = written,
        };
        return JsonSerializer.Serialize(summary);
    }
}
