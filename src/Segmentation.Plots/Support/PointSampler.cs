namespace Segmentation.Plots.Support;

/// <summary>Seeded uniform sampling of row indices without replacement, for scatters above the point threshold.</summary>
internal static class PointSampler
{
    /// <summary>
    /// Returns <paramref name="maximum"/> distinct row indices in ascending order, chosen uniformly with a partial
    /// Fisher-Yates shuffle seeded by <paramref name="seed"/>; all rows when there are no more than the maximum.
    /// </summary>
    public static int[] Sample(int count, int maximum, int seed)
    {
        var indices = new int[count];
        for (var i = 0; i < count; i++)
        {
            indices[i] = i;
        }

        if (count <= maximum)
        {
            return indices;
        }

        var random = new Random(seed);
        for (var i = 0; i < maximum; i++)
        {
            var j = random.Next(i, count);
            (indices[i], indices[j]) = (indices[j], indices[i]);
        }

        var sample = indices[..maximum];
        Array.Sort(sample);
        return sample;
    }
}
