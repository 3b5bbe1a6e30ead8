using Segmentation.Clustering;

namespace Segmentation.Evaluation;

/// <summary>
/// The Davies-Bouldin index as scikit-learn's <c>davies_bouldin_score</c>: the mean over clusters i of
/// max over j != i of (s_i + s_j) / d(c_i, c_j), s the mean distance of a cluster's rows to its centre and d the
/// distance between centres. Lower is better; 0 when every s is 0 or every centre coincides, as scikit-learn.
/// </summary>
public static class DaviesBouldin
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
        var k = set.ClusterCount;
        var means = ClusterMeans.Compute(data, set);
        var spread = new double[k];
        for (var row = 0; row < data.Rows; row++)
        {
            var cluster = set.Compact[row];
            spread[cluster] += Math.Sqrt(ClusterMeans.SquaredDistance(data.Row(row), means.AsSpan(cluster * features, features)));
        }

        for (var cluster = 0; cluster < k; cluster++)
        {
            spread[cluster] /= set.Counts[cluster];
        }

        var centreDistances = new double[k * k];
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                centreDistances[(i * k) + j] = Math.Sqrt(ClusterMeans.SquaredDistance(
                    means.AsSpan(i * features, features), means.AsSpan(j * features, features)));
            }
        }

        // scikit-learn: np.allclose(x, 0) means every |x| <= 1e-8.
        if (spread.All(s => Math.Abs(s) <= 1e-8) || centreDistances.All(d => Math.Abs(d) <= 1e-8))
        {
            return 0.0;
        }

        var total = 0.0;
        for (var i = 0; i < k; i++)
        {
            var worst = double.NegativeInfinity;
            for (var j = 0; j < k; j++)
            {
                // scikit-learn sets zero centre distances (including i == j) to infinity, so they give 0.
                var distance = centreDistances[(i * k) + j];
                var ratio = (spread[i] + spread[j]) / (distance == 0 ? double.PositiveInfinity : distance);
                worst = Math.Max(worst, ratio);
            }

            total += worst;
        }

        return total / k;
    }
}
