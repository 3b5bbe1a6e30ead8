using Segmentation.Clustering;

namespace Segmentation.Tests.Clustering;

/// <summary>Seeded Gaussian blobs for clustering tests: centres uniform in [-10, 10]^d, unit spread.</summary>
internal static class Blobs
{
    public static DenseMatrix Generate(int rows, int features, int centres, int seed)
    {
        var random = new Random(seed);
        var means = new double[centres * features];
        for (var i = 0; i < means.Length; i++)
        {
            means[i] = (random.NextDouble() * 20) - 10;
        }

        var values = new double[rows * features];
        for (var row = 0; row < rows; row++)
        {
            var centre = random.Next(centres);
            for (var j = 0; j < features; j++)
            {
                values[(row * features) + j] = means[(centre * features) + j] + Gaussian(random);
            }
        }

        return new DenseMatrix(values, rows, features);
    }

    private static double Gaussian(Random random)
    {
        var u = 1.0 - random.NextDouble();
        var v = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * v);
    }
}
