using System.CommandLine;
using Segmentation.Cli.Output;
using Segmentation.Pipeline;
using Segmentation.Preprocessing;

namespace Segmentation.Cli.Commands;

/// <summary><c>segment analyze &lt;file&gt;</c>: fit a segmentation, write every artefact, print the choice of k and the segments.</summary>
internal static class AnalyzeCommand
{
    private static readonly Dictionary<string, Normalization> Scalings = new(StringComparer.Ordinal)
    {
        ["zscore"] = Normalization.ZScore,
        ["minmax"] = Normalization.MinMax,
        ["robust"] = Normalization.Robust,
        ["none"] = Normalization.None,
    };

    private static readonly Dictionary<string, Imputation?> Imputations = new(StringComparer.Ordinal)
    {
        ["median"] = Imputation.Median,
        ["mean"] = Imputation.Mean,
        ["most-frequent"] = Imputation.MostFrequent,
        ["none"] = null,
    };

    public static Command Create(CommandContext context)
    {
        var file = new Argument<string>("file") { Description = "The customer table: CSV with a header (comma, TAB or semicolon; .gz too)." };
        var features = new Option<string?>("--features")
        {
            Description = "Comma-separated feature columns, e.g. \"Annual Income (k$),Spending Score (1-100)\". Default: every numeric column that is not ID-like or constant.",
        };
        var clusterCount = new Option<ClusterCountRange>("--k")
        {
            Description = "The number of segments (5) or a range to choose from (2..10).",
            HelpName = "k|min..max",
            DefaultValueFactory = _ => ClusterCountRange.Default,
            CustomParser = result =>
            {
                if (ClusterCountRange.TryParse(result.Tokens[0].Value, out var range, out var message))
                {
                    return range;
                }

                result.AddError(message);
                return default;
            },
        };
        var scale = new Option<string>("--scale") { Description = "Feature scaling.", DefaultValueFactory = _ => "zscore" };
        scale.AcceptOnlyFromAmong([.. Scalings.Keys]);
        var log = new Option<bool>("--log") { Description = "Apply log(1 + x) to every feature before scaling (skewed amounts)." };
        var impute = new Option<string>("--impute") { Description = "How missing numeric values are filled.", DefaultValueFactory = _ => "median" };
        impute.AcceptOnlyFromAmong([.. Imputations.Keys]);
        var id = new Option<string?>("--id") { Description = "The column that identifies customers; never a feature." };
        var seed = new Option<int>("--seed") { Description = "The random seed.", DefaultValueFactory = _ => Defaults.Seed };
        var output = new Option<string>("--out") { Description = "The output folder.", DefaultValueFactory = _ => "segments-out" };
        var json = new Option<bool>("--json") { Description = "Print one JSON summary on stdout instead of tables." };
        var outOfCore = new Option<bool>("--out-of-core")
        {
            Description = "Stream the file in blocks instead of loading it (for files larger than memory); needs --features, scales with zscore or none, writes segments.csv and centres.csv.",
        };
        var memory = new Option<string?>("--memory") { Description = "The memory budget of --out-of-core, e.g. 256MB (the default) or 1GB.", HelpName = "size" };

        var command = new Command("analyze", "Segment a customer table: choose k, cluster, name and profile the segments, write the results.")
        {
            file, features, clusterCount, scale, log, impute, id, seed, output, json, outOfCore, memory,
        };
        command.SetAction(parsed =>
        {
            var request = new AnalyzeRequest(
                parsed.GetRequiredValue(file),
                ParseFeatures(parsed.GetValue(features)),
                parsed.GetValue(clusterCount),
                Scalings[parsed.GetRequiredValue(scale)],
                parsed.GetValue(log),
                Imputations[parsed.GetRequiredValue(impute)],
                parsed.GetValue(id),
                parsed.GetValue(seed),
                parsed.GetRequiredValue(output),
                parsed.GetValue(json),
                parsed.GetValue(outOfCore),
                parsed.GetValue(memory) is { } size ? MemorySize.Parse(size, "--memory") : null);
            return Run(request, context);
        });
        return command;
    }

    private static int Run(AnalyzeRequest request, CommandContext commandContext)
    {
        if (request.OutOfCore)
        {
            return OutOfCoreAnalysis.Run(request, commandContext);
        }

        if (request.MemoryBudgetBytes is not null)
        {
            throw new UsageException("--memory applies only with --out-of-core.");
        }

        var frame = InputFiles.LoadCsv(request.File);
        var outputDirectory = InputFiles.OutputDirectory(request.OutputDirectory);
        var terminal = commandContext.Terminal(request.Json);
        var pipeline = BuildPipeline(request);
        var result = terminal.WithProgress("Segmenting", progress => pipeline.Fit(frame, progress));

        var written = AnalysisFiles.Write(result, frame, request.File, outputDirectory);
        if (request.Json)
        {
            commandContext.Output.WriteLine(AnalysisSummary.From(request, frame, result, outputDirectory).ToJson());
        }
        else
        {
            AnalysisPrinter.Print(terminal, request, frame, result, written);
        }

        return ExitCodes.Ok;
    }

    private static SegmentationPipeline BuildPipeline(AnalyzeRequest request)
    {
        var pipeline = SegmentationPipeline.Create();
        if (request.IdColumn is { } idColumn)
        {
            pipeline.WithIdColumn(idColumn);
        }

        if (request.Features is { } features)
        {
            pipeline.SelectFeatures([.. features]);
        }

        if (request.Imputation is { } imputation)
        {
            pipeline.ImputeMissing(imputation);
        }

        if (request.Scaling != Normalization.None || request.Log)
        {
            pipeline.Normalize(new NormalizationOptions { Method = request.Scaling, Log1p = request.Log });
        }

        var k = request.ClusterCount;
        return pipeline.KMeans(new KMeansStepOptions
        {
            ClusterCount = k.IsFixed ? k.Minimum : null,
            MinimumClusters = k.Minimum,
            MaximumClusters = k.Maximum,
            Seed = request.Seed,
        });
    }

    private static IReadOnlyList<string>? ParseFeatures(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var names = text.Split(',', StringSplitOptions.TrimEntries);
        if (names.Any(string.IsNullOrEmpty))
        {
            throw new UsageException($"--features \"{text}\" has an empty name; separate column names with single commas.");
        }

        var duplicate = names.GroupBy(name => name, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw new UsageException($"--features \"{text}\" names '{duplicate.Key}' twice.");
        }

        return names;
    }
}

/// <summary>The options of one <c>segment analyze</c> run, parsed.</summary>
internal sealed record AnalyzeRequest(
    string File,
    IReadOnlyList<string>? Features,
    ClusterCountRange ClusterCount,
    Normalization Scaling,
    bool Log,
    Imputation? Imputation,
    string? IdColumn,
    int Seed,
    string OutputDirectory,
    bool Json,
    bool OutOfCore = false,
    long? MemoryBudgetBytes = null);
