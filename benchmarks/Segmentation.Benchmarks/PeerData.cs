using System.Text.Json;
using Segmentation.Clustering;

namespace Segmentation.Benchmarks;

/// <summary>
/// A data set written by ../shared/peers/gen_blobs.py: PREFIX.f32 (raw little-endian float32, row-major) and PREFIX.json,
/// read straight into a <see cref="SinglePrecisionMatrix"/>; <see cref="ToDouble"/> widens it for the float64 tasks.
/// </summary>
internal sealed record PeerData(string Name, SinglePrecisionMatrix Single, int ClusterCount)
{
    public static PeerData Load(string prefix)
    {
        using var sidecar = JsonDocument.Parse(File.ReadAllText(prefix + ".json"));
        var root = sidecar.RootElement;
        var rows = root.GetProperty("n").GetInt32();
        var features = root.GetProperty("d").GetInt32();
        var k = root.GetProperty("k").GetInt32();
        using var stream = File.OpenRead(prefix + ".f32");
        if (stream.Length != (long)rows * features * sizeof(float))
        {
            throw new InvalidDataException($"{prefix}.f32 holds {stream.Length} bytes, expected n={rows} x d={features} x 4.");
        }

        return new PeerData(Path.GetFileName(prefix), SinglePrecisionMatrix.ReadRaw(stream, rows, features), k);
    }

    /// <summary>The same values as doubles (exact), for the float64 tasks.</summary>
    public DenseMatrix ToDouble()
    {
        var values = new double[Single.Values.Length];
        Element.Widen(Single.Values, values);
        return new DenseMatrix(values, Single.Rows, Single.Columns);
    }
}
