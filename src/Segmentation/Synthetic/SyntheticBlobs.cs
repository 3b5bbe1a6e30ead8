using Segmentation.Clustering;

namespace Segmentation.Synthetic;

/// <summary>
/// Seeded Gaussian blobs for tests and benchmarks: centres uniform in [-10, 10]^d, unit spread, each row's blob
/// drawn uniformly.
/// </summary>
internal static class SyntheticBlobs
{
    public static DenseMatrix Generate(int rows, int features, int centres, int seed = Defaults.Seed)
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
                values[(row * features) + j] = means[(centre * features) + j] + SyntheticCustomers.Normal(random);
            }
        }

        return DenseMatrix.Wrap(values, rows, features);
    }
}
