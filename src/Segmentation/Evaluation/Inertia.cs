using Segmentation.Clustering;

namespace Segmentation.Evaluation;

/// <summary>Inertia: the within-cluster sum of squared Euclidean distances from each row to its cluster's centre.</summary>
public static class Inertia
{
    /// <summary>Computes the inertia against the means of the clusters (the lowest inertia those labels allow).</summary>
    /// <param name="data">rows x features; every value finite.</param>
    /// <param name="labels">One cluster label per row; any integers.</param>
    /// <exception cref="ArgumentException">The labels do not match the rows.</exception>
    /// <exception cref="SegmentationDataException">A value is not finite.</exception>
    public static double Compute(DenseMatrix data, IReadOnlyList<int> labels)
    {
        var set = LabelSet.ForData(data, labels);
        data.RequireFinite();
        var means = ClusterMeans.Compute(data, set);
        var features = data.Columns;
        var sum = 0.0;
        for (var row = 0; row < data.Rows; row++)
        {
            sum += ClusterMeans.SquaredDistance(data.Row(row), means.AsSpan(set.Compact[row] * features, features));
        }

        return sum;
    }

    /// <summary>Computes the inertia against given centres: row i counts against centre labels[i].</summary>
    /// <param name="data">rows x features; every value finite.</param>
    /// <param name="labels">One label per row, each between 0 and centroids.Rows - 1.</param>
    /// <param name="centroids">k x features centres.</param>
    /// <exception cref="ArgumentException">The labels do not match the rows, a label has no centre, or the column counts differ.</exception>
    /// <exception cref="SegmentationDataException">A value is not finite.</exception>
    public static double Compute(DenseMatrix data, IReadOnlyList<int> labels, DenseMatrix centroids)
    {
        Guard.NotNull(data);
        Guard.NotNull(labels);
        Guard.NotNull(centroids);
        if (labels.Count != data.Rows)
        {
            Guard.ThrowArgument($"labels.Count={labels.Count} must equal data.Rows={data.Rows}.", nameof(labels));
        }

        if (centroids.Columns != data.Columns)
        {
            Guard.ThrowArgument($"centroids.Columns={centroids.Columns} must equal data.Columns={data.Columns}.", nameof(centroids));
        }

        data.RequireFinite();
        var sum = 0.0;
        for (var row = 0; row < data.Rows; row++)
        {
            var label = labels[row];
            if ((uint)label >= (uint)centroids.Rows)
            {
                Guard.ThrowArgument($"labels[{row}]={label} must be between 0 and centroids.Rows - 1 = {centroids.Rows - 1}.", nameof(labels));
            }

            sum += ClusterMeans.SquaredDistance(data.Row(row), centroids.Row(label));
        }

        return sum;
    }
}
