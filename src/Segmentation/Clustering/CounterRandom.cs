namespace Segmentation.Clustering;

/// <summary>
/// A counter-based uniform draw (SplitMix64 finaliser over a key): the same key always gives the same number, so rows
/// can draw independently in any order or on any thread.
/// </summary>
internal static class CounterRandom
{
    /// <summary>A uniform double in [0, 1) for the key (seed, stream, index).</summary>
    public static double Uniform(ulong seed, int stream, int index)
    {
        unchecked
        {
            var z = seed + ((ulong)(uint)stream * 0xD1B54A32D192ED03UL) + ((ulong)(uint)index * 0x9E3779B97F4A7C15UL);
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return (z >> 11) * (1.0 / (1UL << 53));
        }
    }
}
