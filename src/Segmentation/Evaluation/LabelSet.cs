using System.Diagnostics;
using Segmentation.Clustering;

namespace Segmentation.Evaluation;

/// <summary>
/// Labels renumbered 0 .. k-1 in ascending order of their original values, with the size of each cluster.
/// Every metric works on this form, so callers may pass any integer labels (sklearn accepts any labels too).
/// </summary>
internal sealed class LabelSet
{
    private LabelSet(int[] compact, int[] counts, int[] values)
    {
        Compact = compact;
        Counts = counts;
        Values = values;
    }

    /// <summary>Gets the cluster of each row, 0 .. k-1.</summary>
    public int[] Compact { get; }

    /// <summary>Gets the rows in each cluster.</summary>
    public int[] Counts { get; }

    /// <summary>Gets the original label of each cluster, ascending.</summary>
    public int[] Values { get; }

    public int ClusterCount => Counts.Length;

    public int Rows => Compact.Length;

    /// <summary>Checks that there is one label per row of <paramref name="data"/>, then renumbers them.</summary>
    public static LabelSet ForData(DenseMatrix data, IReadOnlyList<int> labels)
    {
        Guard.NotNull(data);
        Guard.NotNull(labels);
        if (labels.Count != data.Rows)
        {
            Guard.ThrowArgument($"labels.Count={labels.Count} must equal data.Rows={data.Rows}.", nameof(labels));
        }

        return Create(labels);
    }

    public static LabelSet Create(IReadOnlyList<int> labels)
    {
        var sorted = new int[labels.Count];
        for (var i = 0; i < sorted.Length; i++)
        {
            sorted[i] = labels[i];
        }

        Array.Sort(sorted);
        var distinct = 0;
        for (var i = 0; i < sorted.Length; i++)
        {
            if (i == 0 || sorted[i] != sorted[distinct - 1])
            {
                sorted[distinct++] = sorted[i];
            }
        }

        var values = sorted.AsSpan(0, distinct).ToArray();
        var compact = new int[labels.Count];
        var counts = new int[distinct];
        for (var i = 0; i < compact.Length; i++)
        {
            var cluster = Array.BinarySearch(values, labels[i]);
            Debug.Assert(cluster >= 0, "every label is among the distinct values");
            compact[i] = cluster;
            counts[cluster]++;
        }

        return new LabelSet(compact, counts, values);
    }

    /// <summary>
    /// Silhouette, Davies-Bouldin and Calinski-Harabasz need 2 &lt;= clusters &lt;= rows - 1, as in scikit-learn.
    /// </summary>
    public void RequireClusterCountForScores()
    {
        if (ClusterCount < 2 || ClusterCount > Rows - 1)
        {
            Guard.ThrowArgument(
                $"labels has {ClusterCount} distinct cluster(s) for {Rows} rows; the score needs between 2 and rows - 1 = {Rows - 1} clusters.",
                "labels");
        }
    }
}
