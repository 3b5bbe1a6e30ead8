using Segmentation.Clustering;

namespace Segmentation.Evaluation;

/// <summary>Per-cluster means of the data, in the order of a <see cref="LabelSet"/>.</summary>
internal static class ClusterMeans
{
    /// <summary>Returns k x d means, summed row by row in row order and divided by the cluster size.</summary>
    public static double[] Compute(DenseMatrix data, LabelSet labels)
    {
        var features = data.Columns;
        var means = new double[labels.ClusterCount * features];
        for (var row = 0; row < data.Rows; row++)
        {
            var target = means.AsSpan(labels.Compact[row] * features, features);
            var values = data.Row(row);
            for (var f = 0; f < features; f++)
            {
                target[f] += values[f];
            }
        }

        for (var cluster = 0; cluster < labels.ClusterCount; cluster++)
        {
            var target = means.AsSpan(cluster * features, features);
            for (var f = 0; f < features; f++)
            {
                target[f] /= labels.Counts[cluster];
            }
        }

        return means;
    }

    public static double SquaredDistance(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        var sum = 0.0;
        for (var f = 0; f < x.Length; f++)
        {
            var d = x[f] - y[f];
            sum += d * d;
        }

        return sum;
    }
}
