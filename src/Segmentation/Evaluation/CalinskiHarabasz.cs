using Segmentation.Clustering;

namespace Segmentation.Evaluation;

/// <summary>
/// The Calinski-Harabasz index (variance ratio criterion) as scikit-learn's <c>calinski_harabasz_score</c>:
/// [B / (k - 1)] / [W / (n - k)], B the between-cluster and W the within-cluster dispersion. Higher is better;
/// 1 when W = 0, as scikit-learn.
/// </summary>
public static class CalinskiHarabasz
{
    /// <summary>Computes the index.</summary>
    /// <param name="data">rows x features; every value finite.</param>
    /// <param name="labels">One cluster label per row; any integers.</param>
    /// <exception cref="ArgumentException">The labels do not match the rows, or there are fewer than 2 or more than rows - 1 clusters.</exception>
    /// <exception cref="SegmentationDataException">A value is not finite.</exception>
    public static double Score(DenseMatrix data, IReadOnlyList<int> labels)
    {
        var set = LabelSet.ForData(data, labels);
        set.RequireClusterCountForScores();
        data.RequireFinite();
        var features = data.Columns;
        var means = ClusterMeans.Compute(data, set);
        var overall = new double[features];
        for (var row = 0; row < data.Rows; row++)
        {
            var values = data.Row(row);
            for (var f = 0; f < features; f++)
            {
                overall[f] += values[f];
            }
        }

        for (var f = 0; f < features; f++)
        {
            overall[f] /= data.Rows;
        }

        var between = 0.0;
        for (var cluster = 0; cluster < set.ClusterCount; cluster++)
        {
            between += set.Counts[cluster] * ClusterMeans.SquaredDistance(means.AsSpan(cluster * features, features), overall);
        }

        var within = 0.0;
        for (var row = 0; row < data.Rows; row++)
        {
            within += ClusterMeans.SquaredDistance(data.Row(row), means.AsSpan(set.Compact[row] * features, features));
        }

        double n = data.Rows, k = set.ClusterCount;
        return within == 0 ? 1.0 : between * (n - k) / (within * (k - 1));
    }
}
