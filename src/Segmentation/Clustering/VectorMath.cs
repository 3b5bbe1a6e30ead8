using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Segmentation.Clustering;

/// <summary>Small SIMD helpers over spans of doubles.</summary>
internal static class VectorMath
{
    /// <summary>sum[j] += weight * x[j].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void AddScaled(Span<double> sum, ReadOnlySpan<double> x, double weight)
    {
        ref var target = ref MemoryMarshal.GetReference(sum);
        ref var source = ref MemoryMarshal.GetReference(x);
        var j = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var w = Vector256.Create(weight);
            for (; j <= x.Length - Vector256<double>.Count; j += Vector256<double>.Count)
            {
                var updated = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref source, (nuint)j), w, Vector256.LoadUnsafe(ref target, (nuint)j));
                updated.StoreUnsafe(ref target, (nuint)j);
            }
        }

        for (; j < x.Length; j++)
        {
            Unsafe.Add(ref target, j) += weight * Unsafe.Add(ref source, j);
        }
    }
}
