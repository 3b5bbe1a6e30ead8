using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Segmentation.Clustering;

/// <summary>Exact squared Euclidean distances from a row stored as float or double to a centre in double, SIMD over the features.</summary>
internal static class SquaredDistance
{
    /// <summary>Returns sum over j of (a[j] - b[j])^2, computed by differences (no cancellation).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Between<T>(ReadOnlySpan<T> a, ReadOnlySpan<double> b)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        System.Diagnostics.Debug.Assert(a.Length == b.Length, "equal lengths");
        ref var left = ref MemoryMarshal.GetReference(a);
        ref var right = ref MemoryMarshal.GetReference(b);
        var length = a.Length;
        var j = 0;
        var sum = 0.0;
        if (Vector256.IsHardwareAccelerated && length >= Vector256<double>.Count)
        {
            var accumulator = Vector256<double>.Zero;
            for (; j <= length - Vector256<double>.Count; j += Vector256<double>.Count)
            {
                var difference = Element.LoadFour(ref left, (nuint)j) - Vector256.LoadUnsafe(ref right, (nuint)j);
                accumulator = Vector256.FusedMultiplyAdd(difference, difference, accumulator);
            }

            sum = Vector256.Sum(accumulator);
        }

        for (; j < length; j++)
        {
            var difference = Element.ToDouble(Unsafe.Add(ref left, j)) - Unsafe.Add(ref right, j);
            sum += difference * difference;
        }

        return sum;
    }

    /// <summary>
    /// Returns the index of the centre nearest to <paramref name="row"/> (the lowest index on a tie) and its squared distance.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Nearest<T>(ReadOnlySpan<T> row, ReadOnlySpan<double> centres, int clusterCount, out double squaredDistance)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var features = row.Length;
        var best = 0;
        var bestDistance = Between(row, centres[..features]);
        for (var cluster = 1; cluster < clusterCount; cluster++)
        {
            var distance = Between(row, centres.Slice(cluster * features, features));
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = cluster;
            }
        }

        squaredDistance = bestDistance;
        return best;
    }
}
