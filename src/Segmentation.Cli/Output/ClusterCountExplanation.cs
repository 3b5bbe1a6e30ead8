using System.Globalization;
using Segmentation.Pipeline;

namespace Segmentation.Cli.Output;

/// <summary>Why the analysis has the number of segments it has, and the sweep behind the choice.</summary>
internal static class ClusterCountExplanation
{
    public static string Reason(SegmentationResult result, ClusterCountRange range) => result.ClusterCountSelection is { } selection
        ? string.Create(CultureInfo.InvariantCulture, $"k = {result.ChosenClusterCount} chosen from {range}: {selection.Reason}")
        : string.Create(CultureInfo.InvariantCulture, $"k = {result.ChosenClusterCount}, as given with --k.");

    public static IReadOnlyList<SweepPoint> Sweep(SegmentationResult result) =>
        result.ClusterCountSelection?.Evaluations
            .Select(e => new SweepPoint(e.K, e.Inertia, e.Silhouette, e.DaviesBouldin, e.CalinskiHarabasz))
            .ToArray() ?? [];
}

/// <summary>One k of the sweep with its criteria, in the scaled feature space the clustering saw.</summary>
internal sealed record SweepPoint(int K, double ScaledInertia, double? Silhouette, double? DaviesBouldin, double? CalinskiHarabasz);
