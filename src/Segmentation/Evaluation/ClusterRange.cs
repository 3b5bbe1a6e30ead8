namespace Segmentation.Evaluation;

/// <summary>Checks of an inclusive k range, shared by the sweep, the gap statistic and stability.</summary>
internal static class ClusterRange
{
    public static void Validate(int minClusters, int maxClusters, int rows)
    {
        Guard.Positive(minClusters);
        if (maxClusters < minClusters)
        {
            Guard.ThrowArgumentOutOfRange(
                $"maxClusters={maxClusters} must be >= minClusters={minClusters}; the range is inclusive and must not be empty.",
                nameof(maxClusters));
        }

        if (maxClusters > rows)
        {
            Guard.ThrowData($"rows={rows} must be >= maxClusters={maxClusters}.");
        }
    }
}
