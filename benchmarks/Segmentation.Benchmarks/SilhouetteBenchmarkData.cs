using Segmentation.Clustering;

namespace Segmentation.Benchmarks;

/// <summary>Data for <see cref="SilhouetteBenchmarks"/>: the peers' blobs when available, seeded blobs otherwise.</summary>
internal static class SilhouetteBenchmarkData
{
    public static (DenseMatrix Data, int[] Labels) Load(int rows, int features, int clusters)
    {
        var prefix = Environment.GetEnvironmentVariable("SEGMENTATION_PEERS_DATA");
        if (prefix is not null && File.Exists(prefix + ".f32"))
        {
            var name = Path.GetFileName(prefix);
            var labelsPath = Path.Combine(Path.GetDirectoryName(prefix)!, "labels", $"{name}.sklearn_lloyd_f64.k{clusters}.s0.labels.i32");
            var raw = File.ReadAllBytes(prefix + ".f32");
            var values = new double[rows * features];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = BitConverter.ToSingle(raw, i * 4);
            }

            var labelBytes = File.ReadAllBytes(labelsPath);
            var labels = new int[rows];
            for (var i = 0; i < rows; i++)
            {
                labels[i] = BitConverter.ToInt32(labelBytes, i * 4);
            }

            return (new DenseMatrix(values, rows, features), labels);
        }

        var random = new Random(42);
        var synthetic = new double[rows * features];
        var syntheticLabels = new int[rows];
        for (var row = 0; row < rows; row++)
        {
            syntheticLabels[row] = random.Next(clusters);
            for (var f = 0; f < features; f++)
            {
                synthetic[(row * features) + f] = (syntheticLabels[row] * 2.0) + random.NextDouble();
            }
        }

        return (new DenseMatrix(synthetic, rows, features), syntheticLabels);
    }
}
