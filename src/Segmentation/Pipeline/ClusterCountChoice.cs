namespace Segmentation.Pipeline;

/// <summary>How the pipeline decides k: a fixed number, or a sweep over an inclusive range.</summary>
internal readonly record struct ClusterCountChoice(int MinimumClusters, int MaximumClusters)
{
    public bool IsFixed => MinimumClusters == MaximumClusters;

    public static ClusterCountChoice Fixed(int clusterCount) => new(clusterCount, clusterCount);

    public override string ToString() => IsFixed ? $"k = {MinimumClusters}" : $"k = {MinimumClusters}..{MaximumClusters}";
}
