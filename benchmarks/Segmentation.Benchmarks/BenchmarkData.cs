using Segmentation.Clustering;

namespace Segmentation.Benchmarks;

/// <summary>Seeded Gaussian blobs for the benchmarks: centres uniform in [-10, 10]^d, unit spread.</summary>
internal static class BenchmarkData
{
    public static DenseMatrix Blobs(int rows, int features, int centres, int seed = 42)
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
                var u = 1.0 - random.NextDouble();
                var v = random.NextDouble();
                values[(row * features) + j] = means[(centre * features) + j] + (Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * v));
            }
        }

        return DenseMatrix.Wrap(values, rows, features);
    }
}
