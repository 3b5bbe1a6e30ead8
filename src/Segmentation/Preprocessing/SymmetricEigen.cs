namespace Segmentation.Preprocessing;

/// <summary>
/// Eigenvalues and eigenvectors of a small symmetric matrix by the cyclic Jacobi method: accurate to a few ulps of the
/// largest eigenvalue, plenty for covariance matrices of up to a few hundred features.
/// </summary>
internal static class SymmetricEigen
{
    private const int MaximumSweeps = 100;

    /// <summary>Decomposes the symmetric d x d <paramref name="matrix"/> (row-major, overwritten).</summary>
    /// <returns>Eigenvalues in descending order, and the matching unit eigenvectors as the rows of a d x d row-major array.</returns>
    public static (double[] Values, double[] Vectors) Decompose(double[] matrix, int dimension)
    {
        var a = matrix;
        var n = dimension;
        var v = new double[n * n];
        for (var i = 0; i < n; i++)
        {
            v[(i * n) + i] = 1;
        }

        for (var sweep = 0; sweep < MaximumSweeps; sweep++)
        {
            var offDiagonal = 0.0;
            var diagonal = 0.0;
            for (var p = 0; p < n; p++)
            {
                diagonal += a[(p * n) + p] * a[(p * n) + p];
                for (var q = p + 1; q < n; q++)
                {
                    offDiagonal += a[(p * n) + q] * a[(p * n) + q];
                }
            }

            if (offDiagonal == 0 || offDiagonal <= 1e-36 * diagonal)
            {
                break;
            }

            for (var p = 0; p < n - 1; p++)
            {
                for (var q = p + 1; q < n; q++)
                {
                    Rotate(a, v, n, p, q);
                }
            }
        }

        var values = new double[n];
        for (var i = 0; i < n; i++)
        {
            values[i] = a[(i * n) + i];
        }

        // Descending order; the sort is stable on the index so equal eigenvalues keep a fixed order.
        var order = Enumerable.Range(0, n).OrderByDescending(i => values[i]).ThenBy(i => i).ToArray();
        var sortedValues = new double[n];
        var vectors = new double[n * n];
        for (var k = 0; k < n; k++)
        {
            sortedValues[k] = values[order[k]];
            for (var j = 0; j < n; j++)
            {
                vectors[(k * n) + j] = v[(j * n) + order[k]];
            }
        }

        return (sortedValues, vectors);
    }

    /// <summary>One Jacobi rotation in the (p, q) plane that zeroes a[p, q]; accumulates it into the eigenvector columns.</summary>
    private static void Rotate(double[] a, double[] v, int n, int p, int q)
    {
        var apq = a[(p * n) + q];
        if (apq == 0)
        {
            return;
        }

        var app = a[(p * n) + p];
        var aqq = a[(q * n) + q];
        var theta = (aqq - app) / (2 * apq);
        var t = Math.Abs(theta) > 1e150
            ? 1 / (2 * theta)
            : Math.Sign(theta == 0 ? 1 : theta) / (Math.Abs(theta) + Math.Sqrt((theta * theta) + 1));
        var c = 1 / Math.Sqrt((t * t) + 1);
        var s = t * c;

        for (var r = 0; r < n; r++)
        {
            if (r == p || r == q)
            {
                continue;
            }

            var arp = a[(r * n) + p];
            var arq = a[(r * n) + q];
            var newRp = (c * arp) - (s * arq);
            var newRq = (s * arp) + (c * arq);
            a[(r * n) + p] = a[(p * n) + r] = newRp;
            a[(r * n) + q] = a[(q * n) + r] = newRq;
        }

        a[(p * n) + p] = app - (t * apq);
        a[(q * n) + q] = aqq + (t * apq);
        a[(p * n) + q] = a[(q * n) + p] = 0;

        for (var r = 0; r < n; r++)
        {
            var vrp = v[(r * n) + p];
            var vrq = v[(r * n) + q];
            v[(r * n) + p] = (c * vrp) - (s * vrq);
            v[(r * n) + q] = (s * vrp) + (c * vrq);
        }
    }
}
