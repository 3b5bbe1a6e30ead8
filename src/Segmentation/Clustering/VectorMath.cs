using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Segmentation.Clustering;

/// <summary>Small SIMD helpers adding rows stored as float or double into double sums.</summary>
internal static class VectorMath
{
    /// <summary>
    /// sum[j] += x[j]: the same bits as <see cref="AddScaled"/> with weight 1, since a fused multiply-add by 1 rounds once,
    /// exactly as the addition does. Vector512 where the hardware has it, else Vector256.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Add<T>(Span<double> sum, ReadOnlySpan<T> x)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        System.Diagnostics.Debug.Assert(sum.Length >= x.Length, "room for x");
        ref var target = ref MemoryMarshal.GetReference(sum);
        ref var source = ref MemoryMarshal.GetReference(x);
        var j = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            for (; j <= x.Length - Vector512<double>.Count; j += Vector512<double>.Count)
            {
                (Vector512.LoadUnsafe(ref target, (nuint)j) + Element.LoadEight(ref source, (nuint)j)).StoreUnsafe(ref target, (nuint)j);
            }
        }

        if (Vector256.IsHardwareAccelerated)
        {
            for (; j <= x.Length - Vector256<double>.Count; j += Vector256<double>.Count)
            {
                (Vector256.LoadUnsafe(ref target, (nuint)j) + Element.LoadFour(ref source, (nuint)j)).StoreUnsafe(ref target, (nuint)j);
            }
        }

        for (; j < x.Length; j++)
        {
            Unsafe.Add(ref target, j) += Element.ToDouble(Unsafe.Add(ref source, j));
        }
    }

    /// <summary>sum[j] -= x[j], the mirror of <see cref="Add"/>: a row leaving a cluster's sum.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Subtract<T>(Span<double> sum, ReadOnlySpan<T> x)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        System.Diagnostics.Debug.Assert(sum.Length >= x.Length, "room for x");
        ref var target = ref MemoryMarshal.GetReference(sum);
        ref var source = ref MemoryMarshal.GetReference(x);
        var j = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            for (; j <= x.Length - Vector512<double>.Count; j += Vector512<double>.Count)
            {
                (Vector512.LoadUnsafe(ref target, (nuint)j) - Element.LoadEight(ref source, (nuint)j)).StoreUnsafe(ref target, (nuint)j);
            }
        }

        if (Vector256.IsHardwareAccelerated)
        {
            for (; j <= x.Length - Vector256<double>.Count; j += Vector256<double>.Count)
            {
                (Vector256.LoadUnsafe(ref target, (nuint)j) - Element.LoadFour(ref source, (nuint)j)).StoreUnsafe(ref target, (nuint)j);
            }
        }

        for (; j < x.Length; j++)
        {
            Unsafe.Add(ref target, j) -= Element.ToDouble(Unsafe.Add(ref source, j));
        }
    }

    /// <summary>sum[j] += weight * x[j].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void AddScaled<T>(Span<double> sum, ReadOnlySpan<T> x, double weight)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        ref var target = ref MemoryMarshal.GetReference(sum);
        ref var source = ref MemoryMarshal.GetReference(x);
        var j = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var w = Vector256.Create(weight);
            for (; j <= x.Length - Vector256<double>.Count; j += Vector256<double>.Count)
            {
                var updated = Vector256.FusedMultiplyAdd(Element.LoadFour(ref source, (nuint)j), w, Vector256.LoadUnsafe(ref target, (nuint)j));
                updated.StoreUnsafe(ref target, (nuint)j);
            }
        }

        for (; j < x.Length; j++)
        {
            Unsafe.Add(ref target, j) += weight * Element.ToDouble(Unsafe.Add(ref source, j));
        }
    }
}
