using System.Text.Json;
using Segmentation.Clustering;

namespace Segmentation.Benchmarks;

/// <summary>A data set written by ../shared/peers/gen_blobs.py: PREFIX.f32 (raw little-endian float32, row-major) and PREFIX.json.</summary>
internal sealed record PeerData(string Name, DenseMatrix Matrix, int ClusterCount)
{
    public static PeerData Load(string prefix)
    {
        using var sidecar = JsonDocument.Parse(File.ReadAllText(prefix + ".json"));
        var root = sidecar.RootElement;
        var rows = root.GetProperty("n").GetInt32();
        var features = root.GetProperty("d").GetInt32();
        var k = root.GetProperty("k").GetInt32();
        // Read in 1 MB chunks straight into the doubles, so the float32 bytes never sit in memory whole.
        using var stream = File.OpenRead(prefix + ".f32");
        if (stream.Length != (long)rows * features * sizeof(float))
        {
            throw new InvalidDataException($"{prefix}.f32 holds {stream.Length} bytes, expected n={rows} x d={features} x 4.");
        }

        var values = new double[rows * features];
        var chunk = new byte[1 << 20];
        var next = 0;
        int read;
        while ((read = stream.ReadAtLeast(chunk, chunk.Length, throwOnEndOfStream: false)) > 0)
        {
            foreach (var value in System.Runtime.InteropServices.MemoryMarshal.Cast<byte, float>(chunk.AsSpan(0, read)))
            {
                values[next++] = value;
            }
        }

        return new PeerData(Path.GetFileName(prefix), DenseMatrix.Wrap(values, rows, features), k);
    }
}
