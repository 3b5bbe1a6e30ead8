using System.Globalization;
using Segmentation.Pipeline;

namespace Segmentation.Cli.Output;

/// <summary>Why the analysis has the number of segments it has, and the sweep behind the choice.</summary>
internal static class ClusterCountExplanation
{
    public static string Reason(SegmentationResult result, ClusterCountRange range)
    {
        if (result.ClusterCountSelection is null)
        {
            return string.Create(CultureInfo.InvariantCulture, $"k = {result.ChosenClusterCount} was given with --k.");
        }

        return string.Create(CultureInfo.InvariantCulture, $"k = {result.ChosenClusterCount} chosen from {range}.");
    }

    public static IReadOnlyList<SweepPoint> Sweep(SegmentationResult result) => [];
}

/// <summary>One k of the sweep with its criteria.</summary>
internal sealed record SweepPoint(int K, double Inertia, double? Silhouette, double? DaviesBouldin, double? CalinskiHarabasz);
