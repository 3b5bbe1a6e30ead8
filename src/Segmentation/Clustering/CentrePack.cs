namespace Segmentation.Clustering;

/// <summary>
/// The centres laid out for the distance kernel: transposed (feature-major, clusters padded to a whole number of SIMD
/// groups) with their squared norms, in double and, when the pack scores in single precision, in float.
/// Allocated once per fit; <see cref="Load"/> refreshes it each iteration.
/// </summary>
internal sealed class CentrePack
{
    /// <summary>Clusters per SIMD group of the double kernel (Vector256 of doubles).</summary>
    public const int GroupWidth = 4;

    /// <summary>Clusters per SIMD group of the single-precision kernel (Vector256 of floats).</summary>
    public const int SingleGroupWidth = 8;

    /// <summary>The unit roundoff of double, 2^-53.</summary>
    private const double DoubleRoundoff = 1.1102230246251565E-16;

    /// <summary>The unit roundoff of float, 2^-24.</summary>
    private const double SingleRoundoff = 5.9604644775390625E-8;

    /// <summary>The smallest positive float, 2^-149: no float operation rounds by more, however small its result.</summary>
    private const double SmallestSingle = 1.401298464324817E-45;

    /// <param name="clusterCount">The number of centres.</param>
    /// <param name="features">The number of features.</param>
    /// <param name="singlePrecision">Whether scores are computed in float arithmetic (see <see cref="SinglePrecision"/>).</param>
    public CentrePack(int clusterCount, int features, bool singlePrecision = false)
    {
        ClusterCount = clusterCount;
        Features = features;
        SinglePrecision = singlePrecision;
        var groupWidth = singlePrecision ? SingleGroupWidth : GroupWidth;
        PaddedCount = (clusterCount + groupWidth - 1) / groupWidth * groupWidth;
        Transposed = new double[features * PaddedCount];
        Norms = new double[PaddedCount];
        Centres = new double[clusterCount * features];
        TransposedSingle = singlePrecision ? new float[features * PaddedCount] : [];
        NormsSingle = singlePrecision ? new float[PaddedCount] : [];

        // A score in double is within (features + 2) roundoffs of ||x||^2 + ||c||^2 of its exact value, and one in float
        // (the centres, their norms and double rows rounded to float too) within (features + 6); the factor 8 covers the
        // difference of two scores with room to spare. Float values and products of tiny magnitude may also lose up to
        // 2^-149 each, to underflow.
        ErrorFactor = singlePrecision ? 8 * SingleRoundoff * (features + 6) : 8 * DoubleRoundoff * (features + 2);
        ErrorFloor = singlePrecision ? 4 * (features + 6) * SmallestSingle : 0;
    }

    public int ClusterCount { get; }

    public int Features { get; }

    /// <summary>
    /// Gets whether the kernel scores rows in float arithmetic (double rows rounded to float first), eight centres per
    /// vector, and leaves to the exact fallback the rows whose two best scores are within the (wider) float error bound.
    /// </summary>
    public bool SinglePrecision { get; }

    /// <summary>Gets the cluster count rounded up to a multiple of the kernel's group: <see cref="SingleGroupWidth"/> when <see cref="SinglePrecision"/>, else <see cref="GroupWidth"/>.</summary>
    public int PaddedCount { get; }

    /// <summary>Gets the centres feature-major: [feature * PaddedCount + cluster]; padding clusters are 0.</summary>
    public double[] Transposed { get; }

    /// <summary>Gets each centre's squared norm; padding clusters hold <see cref="double.MaxValue"/> so they never win.</summary>
    public double[] Norms { get; }

    /// <summary>Gets <see cref="Transposed"/> rounded to float, when <see cref="SinglePrecision"/>; else empty.</summary>
    public float[] TransposedSingle { get; }

    /// <summary>Gets <see cref="Norms"/> rounded to float (padding <see cref="float.PositiveInfinity"/>), when <see cref="SinglePrecision"/>; else empty.</summary>
    public float[] NormsSingle { get; }

    /// <summary>Gets the centres row-major, for the exact fallback.</summary>
    public double[] Centres { get; }

    /// <summary>Gets the largest squared centre norm, which bounds the rounding error of the norms trick.</summary>
    public double MaximumNorm { get; private set; }

    /// <summary>Gets the rounding error bound of a score difference per unit of ||x||^2 + max ||c||^2.</summary>
    public double ErrorFactor { get; }

    /// <summary>Gets the part of the error bound that underflow may add, whatever the norms.</summary>
    public double ErrorFloor { get; }

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

        if (SinglePrecision)
        {
            for (var i = 0; i < Transposed.Length; i++)
            {
                TransposedSingle[i] = (float)Transposed[i];
            }

            for (var cluster = 0; cluster < PaddedCount; cluster++)
            {
                NormsSingle[cluster] = cluster < ClusterCount ? (float)Norms[cluster] : float.PositiveInfinity;
            }
        }
    }
}
