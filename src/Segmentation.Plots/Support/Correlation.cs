using Segmentation.Clustering;

namespace Segmentation.Plots.Support;

/// <summary>Pearson correlations with pairwise deletion of missing (NaN) values.</summary>
internal static class Correlation
{
    /// <summary>Columns x columns correlations, row-major; NaN where a column is constant or fewer than 2 rows pair up.</summary>
    public static double[] Pearson(DenseMatrix data)
    {
        var columns = data.Columns;
        var result = new double[columns * columns];
        for (var a = 0; a < columns; a++)
        {
            for (var b = a; b < columns; b++)
            {
                var value = Pair(data, a, b);
                result[(a * columns) + b] = value;
                result[(b * columns) + a] = value;
            }
        }

        return result;
    }

    private static double Pair(DenseMatrix data, int a, int b)
    {
        double meanA = 0, meanB = 0;
        var count = 0;
        for (var row = 0; row < data.Rows; row++)
        {
            var x = data[row, a];
            var y = data[row, b];
            if (double.IsNaN(x) || double.IsNaN(y))
            {
                continue;
            }

            count++;
            meanA += (x - meanA) / count;
            meanB += (y - meanB) / count;
        }

        if (count < 2)
        {
            return double.NaN;
        }

        double covariance = 0, varianceA = 0, varianceB = 0;
        for (var row = 0; row < data.Rows; row++)
        {
            var x = data[row, a];
            var y = data[row, b];
            if (double.IsNaN(x) || double.IsNaN(y))
            {
                continue;
            }

            covariance += (x - meanA) * (y - meanB);
            varianceA += (x - meanA) * (x - meanA);
            varianceB += (y - meanB) * (y - meanB);
        }

        return varianceA > 0 && varianceB > 0 ? Math.Clamp(covariance / Math.Sqrt(varianceA * varianceB), -1, 1) : double.NaN;
    }
}
