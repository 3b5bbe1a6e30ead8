namespace Segmentation.Clustering;

/// <summary>
/// The centres laid out for the distance kernel: transposed (feature-major, clusters padded to a multiple of 4) with
/// their squared norms. Allocated once per fit; <see cref="Load"/> refreshes it each iteration.
/// </summary>
internal sealed class CentrePack
{
    /// <summary>Clusters per SIMD group (Vector256 of doubles).</summary>
    public const int GroupWidth = 4;

    public CentrePack(int clusterCount, int features)
    {
        ClusterCount = clusterCount;
        Features = features;
        PaddedCount = (clusterCount + GroupWidth - 1) / GroupWidth * GroupWidth;
        Transposed = new double[features * PaddedCount];
        Norms = new double[PaddedCount];
        Centres = new double[clusterCount * features];
    }

    public int ClusterCount { get; }

    public int Features { get; }

    /// <summary>Gets the cluster count rounded up to a multiple of <see cref="GroupWidth"/>.</summary>
    public int PaddedCount { get; }

    /// <summary>Gets the centres feature-major: [feature * PaddedCount + cluster]; padding clusters are 0.</summary>
    public double[] Transposed { get; }

    /// <summary>Gets each centre's squared norm; padding clusters hold <see cref="double.MaxValue"/> so they never win.</summary>
    public double[] Norms { get; }

    /// <summary>Gets the centres row-major, for the exact fallback.</summary>
    public double[] Centres { get; }

    /// <summary>Gets the largest squared centre norm, which bounds the rounding error of the norms trick.</summary>
    public double MaximumNorm { get; private set; }

    public void Load(ReadOnlySpan<double> centres)
    {
        centres.CopyTo(Centres);
        MaximumNorm = 0;
        for (var cluster = 0; cluster < PaddedCount; cluster++)
        {
            if (cluster >= ClusterCount)
            {
                Norms[cluster] = double.MaxValue;
                for (var j = 0; j < Features; j++)
                {
                    Transposed[(j * PaddedCount) + cluster] = 0;
                }

                continue;
            }

            var norm = 0.0;
            for (var j = 0; j < Features; j++)
            {
                var value = centres[(cluster * Features) + j];
                Transposed[(j * PaddedCount) + cluster] = value;
                norm += value * value;
            }

            Norms[cluster] = norm;
            MaximumNorm = Math.Max(MaximumNorm, norm);
        }
    }
}
