namespace Segmentation.Clustering.Streaming;

/// <summary>Exact squared Euclidean distances (sums of squared differences, fixed order) for the out-of-core fits.</summary>
internal static class StreamingDistance
{
    public static double Squared(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        var j = 0;
        for (; j <= x.Length - 4; j += 4)
        {
            var d0 = x[j] - y[j];
            var d1 = x[j + 1] - y[j + 1];
            var d2 = x[j + 2] - y[j + 2];
            var d3 = x[j + 3] - y[j + 3];
            s0 += d0 * d0;
            s1 += d1 * d1;
            s2 += d2 * d2;
            s3 += d3 * d3;
        }

        for (; j < x.Length; j++)
        {
            var d = x[j] - y[j];
            s0 += d * d;
        }

        return (s0 + s1) + (s2 + s3);
    }

    /// <summary>The nearest of <paramref name="clusterCount"/> row-major centres; the lowest index on a tie.</summary>
    public static int Nearest(ReadOnlySpan<double> x, ReadOnlySpan<double> centres, int clusterCount, out double distance)
    {
        var features = x.Length;
        var best = 0;
        distance = double.PositiveInfinity;
        for (var cluster = 0; cluster < clusterCount; cluster++)
        {
            var d = Squared(x, centres.Slice(cluster * features, features));
            if (d < distance)
            {
                distance = d;
                best = cluster;
            }
        }

        return best;
    }
}
