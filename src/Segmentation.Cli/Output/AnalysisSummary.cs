using System.Text.Json;
using System.Text.Json.Serialization;
using Segmentation.Cli.Commands;
using Segmentation.Data;
using Segmentation.Pipeline;

namespace Segmentation.Cli.Output;

/// <summary>
/// The machine-readable summary <c>segment analyze --json</c> prints: one JSON object. <c>inertia</c> is the
/// within-segment sum of squares of the features in their original units (null when a feature is derived, encoded or
/// had missing values); <c>scaledInertia</c>, the silhouette, Davies-Bouldin, Calinski-Harabasz and the sweep are
/// measured in the scaled feature space the clustering saw (the same numbers when <c>--scale none</c>).
/// </summary>
internal sealed record AnalysisSummary(
    string File,
    int Rows,
    int K,
    string KRange,
    string Reason,
    double? Inertia,
    double ScaledInertia,
    double? Silhouette,
    double? DaviesBouldin,
    double? CalinskiHarabasz,
    IReadOnlyList<string> Features,
    IReadOnlyList<ExcludedColumnSummary> ExcludedColumns,
    IReadOnlyList<SegmentSummary> Segments,
    IReadOnlyList<SweepPoint> Sweep,
    string OutputDirectory)
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static AnalysisSummary From(AnalyzeRequest request, DataFrame frame, SegmentationResult result, string outputDirectory) => new(
        request.File,
        frame.Rows.Count,
        result.ChosenClusterCount,
        request.ClusterCount.ToString(),
        ClusterCountExplanation.Reason(result, request.ClusterCount),
        OriginalUnitsInertia.Compute(result, frame),
        result.Quality.Inertia,
        result.Quality.Silhouette,
        result.Quality.DaviesBouldin,
        result.Quality.CalinskiHarabasz,
        result.Model.FeatureNames,
        result.Report.DroppedColumns.Select(dropped => new ExcludedColumnSummary(dropped.Column, dropped.Reason)).ToArray(),
        result.Segments.Select(segment => new SegmentSummary(segment.Id, segment.Name, segment.Size, segment.Share)).ToArray(),
        ClusterCountExplanation.Sweep(result),
        outputDirectory);

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);
}

/// <summary>A column left out of the features, with the reason.</summary>
internal sealed record ExcludedColumnSummary(string Column, string Reason);

/// <summary>One segment: id, name, size and share of the customers.</summary>
internal sealed record SegmentSummary(int Id, string Name, int Size, double Share);
