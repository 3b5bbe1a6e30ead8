namespace Segmentation.Clustering;

/// <summary>The Cholesky factorisation of a symmetric positive definite matrix, for the full-covariance mixture.</summary>
internal static class GaussianMixtureCholesky
{
    /// <summary>
    /// Writes the lower triangular <paramref name="lower"/> with <c>L Lᵀ = matrix</c> (both dimension x dimension, row-major;
    /// the upper triangle of <paramref name="lower"/> is set to 0). Reads only the lower triangle of <paramref name="matrix"/>.
    /// </summary>
    /// <returns><see langword="false"/> when the matrix is not (numerically) positive definite.</returns>
    public static bool TryFactor(ReadOnlySpan<double> matrix, Span<double> lower, int dimension)
    {
        System.Diagnostics.Debug.Assert(matrix.Length == dimension * dimension && lower.Length == matrix.Length, "square matrices");
        lower.Clear();
        for (var row = 0; row < dimension; row++)
        {
            var rowOfLower = lower.Slice(row * dimension, dimension);
            for (var column = 0; column <= row; column++)
            {
                var columnOfLower = lower.Slice(column * dimension, dimension);
                var sum = matrix[(row * dimension) + column];
                for (var k = 0; k < column; k++)
                {
                    sum -= rowOfLower[k] * columnOfLower[k];
                }

                if (row == column)
                {
                    if (!(sum > 0) || !double.IsFinite(sum))
                    {
                        return false;
                    }

                    rowOfLower[column] = Math.Sqrt(sum);
                }
                else
                {
                    rowOfLower[column] = sum / columnOfLower[column];
                }
            }
        }

        return true;
    }

    /// <summary>
    /// Returns |L⁻¹ (x - mean)|², the squared Mahalanobis distance, by forward substitution into <paramref name="scratch"/>.
    /// </summary>
    public static double SquaredMahalanobis(
        ReadOnlySpan<double> lower, ReadOnlySpan<double> row, ReadOnlySpan<double> mean, Span<double> scratch)
    {
        var dimension = row.Length;
        var total = 0.0;
        for (var i = 0; i < dimension; i++)
        {
            var rowOfLower = lower.Slice(i * dimension, i + 1);
            var value = row[i] - mean[i];
            for (var j = 0; j < i; j++)
            {
                value -= rowOfLower[j] * scratch[j];
            }

            value /= rowOfLower[i];
            scratch[i] = value;
            total += value * value;
        }

        return total;
    }
}
