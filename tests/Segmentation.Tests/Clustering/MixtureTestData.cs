using System.Globalization;
using Segmentation.Clustering;
using Segmentation.Tests.Support;

namespace Segmentation.Tests.Clustering;

/// <summary>
/// Test-side readers of the shared CSV files (simple separated text, no quoting) and a seeded Gaussian sampler,
/// for the mixture, k-prototypes and novelty tests.
/// </summary>
internal static class MixtureTestData
{
    /// <summary>Reads a separated file into a header and rows of raw strings.</summary>
    public static (string[] Header, string[][] Rows) ReadTable(string fileName, char separator)
    {
        var lines = File.ReadAllLines(SharedData.DataFile(fileName)).Where(line => line.Length > 0).ToArray();
        var header = lines[0].Split(separator);
        var rows = lines.Skip(1).Select(line => line.Split(separator)).ToArray();
        return (header, rows);
    }

    /// <summary>The named numeric columns of the table as a matrix (every value must parse).</summary>
    public static DenseMatrix Numeric((string[] Header, string[][] Rows) table, params string[] columns)
    {
        var indices = columns.Select(c => Array.IndexOf(table.Header, c)).ToArray();
        Assert.That(indices, Has.None.EqualTo(-1), "every column exists");
        var values = new double[table.Rows.Length * indices.Length];
        for (var row = 0; row < table.Rows.Length; row++)
        {
            for (var j = 0; j < indices.Length; j++)
            {
                values[(row * indices.Length) + j] = double.Parse(table.Rows[row][indices[j]], CultureInfo.InvariantCulture);
            }
        }

        return new DenseMatrix(values, table.Rows.Length, indices.Length);
    }

    /// <summary>Mall customers, annual income (k$) and spending score, 200 x 2.</summary>
    public static DenseMatrix MallIncomeSpending() =>
        Numeric(ReadTable("mall_customers.csv", ','), "Annual Income (k$)", "Spending Score (1-100)");

    /// <summary>
    /// Rows drawn from Gaussians: <paramref name="counts"/>[c] rows from N(means[c], covariances[c]) (2-D), via
    /// Box-Muller and the Cholesky factor of each covariance. Rows of component c come in one block.
    /// </summary>
    public static DenseMatrix Gaussians(int seed, int[] counts, double[][] means, double[][,] covariances)
    {
        var random = new Random(seed);
        var rows = counts.Sum();
        var values = new double[rows * 2];
        var row = 0;
        for (var c = 0; c < counts.Length; c++)
        {
            var s = covariances[c];
            var l11 = Math.Sqrt(s[0, 0]);
            var l21 = s[1, 0] / l11;
            var l22 = Math.Sqrt(s[1, 1] - (l21 * l21));
            for (var i = 0; i < counts[c]; i++, row++)
            {
                var u1 = 1.0 - random.NextDouble();
                var u2 = random.NextDouble();
                var radius = Math.Sqrt(-2 * Math.Log(u1));
                var z1 = radius * Math.Cos(2 * Math.PI * u2);
                var z2 = radius * Math.Sin(2 * Math.PI * u2);
                values[row * 2] = means[c][0] + (l11 * z1);
                values[(row * 2) + 1] = means[c][1] + (l21 * z1) + (l22 * z2);
            }
        }

        return new DenseMatrix(values, rows, 2);
    }

    /// <summary>Codes of a text column: the index of each value among the column's distinct values in ordinal order.</summary>
    public static (int[] Codes, string[] Categories) Codes((string[] Header, string[][] Rows) table, string column)
    {
        var index = Array.IndexOf(table.Header, column);
        Assert.That(index, Is.Not.EqualTo(-1), column);
        var categories = table.Rows.Select(r => r[index]).Distinct().Order(StringComparer.Ordinal).ToArray();
        return (table.Rows.Select(r => Array.IndexOf(categories, r[index])).ToArray(), categories);
    }

    /// <summary>Population z-scores (divisor n) of each column.</summary>
    public static DenseMatrix ZScores(DenseMatrix data)
    {
        var values = data.Values.ToArray();
        for (var column = 0; column < data.Columns; column++)
        {
            var columnValues = Enumerable.Range(0, data.Rows).Select(row => values[(row * data.Columns) + column]).ToArray();
            var mean = columnValues.Average();
            var deviation = Math.Sqrt(columnValues.Select(v => (v - mean) * (v - mean)).Average());
            for (var row = 0; row < data.Rows; row++)
            {
                values[(row * data.Columns) + column] = (values[(row * data.Columns) + column] - mean) / deviation;
            }
        }

        return new DenseMatrix(values, data.Rows, data.Columns);
    }
}
