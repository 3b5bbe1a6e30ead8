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
        var bytes = File.ReadAllBytes(prefix + ".f32");
        if (bytes.Length != (long)rows * features * sizeof(float))
        {
            throw new InvalidDataException($"{prefix}.f32 holds {bytes.Length} bytes, expected n={rows} x d={features} x 4.");
        }

        var floats = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, float>(bytes);
        var values = new double[floats.Length];
        for (var i = 0; i < floats.Length; i++)
        {
            values[i] = floats[i];
        }

        return new PeerData(Path.GetFileName(prefix), DenseMatrix.Wrap(values, rows, features), k);
    }
}
