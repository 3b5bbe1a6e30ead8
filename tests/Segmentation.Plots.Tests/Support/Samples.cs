using Segmentation.Clustering;

namespace Segmentation.Plots.Tests.Support;

/// <summary>Small fixed inputs for chart tests: three well separated segments in two to four features.</summary>
internal static class Samples
{
    /// <summary>12 rows x 3 features; rows 0-3 are segment 0, 4-7 segment 1, 8-11 segment 2.</summary>
    public static DenseMatrix Data { get; } = new(new double[,]
    {
        { 19, 15, 39 }, { 21, 16, 81 }, { 20, 17, 6 }, { 23, 18, 77 },
        { 31, 60, 40 }, { 35, 62, 42 }, { 40, 63, 52 }, { 33, 65, 47 },
        { 52, 120, 15 }, { 58, 126, 82 }, { 49, 130, 20 }, { 60, 137, 90 },
    });

    public static int[] Labels { get; } = [0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2];

    public static string[] FeatureNames { get; } = ["Age", "Annual Income (k$)", "Spending Score (1-100)"];

    public static string[] SegmentNames { get; } = ["Young savers", "Middle income", "Affluent"];

    public static DenseMatrix Centroids { get; } = MeansOf(Data, Labels, 3);

    public static DenseMatrix MeansOf(DenseMatrix data, int[] labels, int segments)
    {
        var sums = new double[segments, data.Columns];
        var counts = new int[segments];
        for (var row = 0; row < data.Rows; row++)
        {
            counts[labels[row]]++;
            for (var column = 0; column < data.Columns; column++)
            {
                sums[labels[row], column] += data[row, column];
            }
        }

        for (var segment = 0; segment < segments; segment++)
        {
            for (var column = 0; column < data.Columns; column++)
            {
                sums[segment, column] /= counts[segment];
            }
        }

        return new DenseMatrix(sums);
    }

    /// <summary>A large random data set for sampling tests: two Gaussian blobs.</summary>
    public static (DenseMatrix Data, int[] Labels) Blobs(int rows, int seed)
    {
        var random = new Random(seed);
        var values = new double[rows * 2];
        var labels = new int[rows];
        for (var row = 0; row < rows; row++)
        {
            labels[row] = row % 2;
            values[2 * row] = Gaussian(random) + (labels[row] * 4);
            values[(2 * row) + 1] = Gaussian(random) + (labels[row] * 3);
        }

        return (new DenseMatrix(values, rows, 2), labels);
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
