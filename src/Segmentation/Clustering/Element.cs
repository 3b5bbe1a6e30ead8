using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Segmentation.Clustering;

/// <summary>
/// Reads data stored as <see cref="float"/> or <see cref="double"/> into double arithmetic: the K-Means engine keeps the
/// rows in their stored precision (half the memory and bandwidth for float) and computes every sum and distance in double.
/// The type tests fold away when the JIT specialises a generic method for one element type.
/// </summary>
internal static class Element
{
    /// <summary>The value as a double (exact: every float is a double).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ToDouble<T>(T value)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        if (typeof(T) == typeof(float))
        {
            return Unsafe.As<T, float>(ref value);
        }

        return Unsafe.As<T, double>(ref value);
    }

    /// <summary>Four consecutive values from <paramref name="source"/> + <paramref name="offset"/>, widened to doubles.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> LoadFour<T>(ref T source, nuint offset)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        if (typeof(T) == typeof(float))
        {
            var four = Vector128.LoadUnsafe(ref Unsafe.As<T, float>(ref source), offset);
            return Avx.IsSupported
                ? Avx.ConvertToVector256Double(four)
                : Vector256.Create(Vector128.WidenLower(four), Vector128.WidenUpper(four));
        }

        return Vector256.LoadUnsafe(ref Unsafe.As<T, double>(ref source), offset);
    }

    /// <summary>Eight consecutive values from <paramref name="source"/> + <paramref name="offset"/>, widened to doubles.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> LoadEight<T>(ref T source, nuint offset)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        if (typeof(T) == typeof(float))
        {
            var eight = Vector256.LoadUnsafe(ref Unsafe.As<T, float>(ref source), offset);
            return Avx512F.IsSupported
                ? Avx512F.ConvertToVector512Double(eight)
                : Vector512.Create(Vector256.WidenLower(eight), Vector256.WidenUpper(eight));
        }

        return Vector512.LoadUnsafe(ref Unsafe.As<T, double>(ref source), offset);
    }

    /// <summary>
    /// Writes <paramref name="count"/> values from <paramref name="source"/> to <paramref name="target"/> rounded to float
    /// (copied as they are when they are floats already).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Narrow<T>(ref T source, int count, ref float target)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var j = 0;
        if (typeof(T) == typeof(double) && Avx.IsSupported)
        {
            ref var doubles = ref Unsafe.As<T, double>(ref source);
            for (; j + Vector256<double>.Count <= count; j += Vector256<double>.Count)
            {
                Avx.ConvertToVector128Single(Vector256.LoadUnsafe(ref doubles, (nuint)j)).StoreUnsafe(ref target, (nuint)j);
            }
        }

        for (; j < count; j++)
        {
            Unsafe.Add(ref target, j) = (float)ToDouble(Unsafe.Add(ref source, j));
        }
    }

    /// <summary>Copies <paramref name="source"/> into <paramref name="destination"/> as doubles.</summary>
    public static void Widen<T>(ReadOnlySpan<T> source, Span<double> destination)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        System.Diagnostics.Debug.Assert(destination.Length >= source.Length, "room for the source");
        for (var i = 0; i < source.Length; i++)
        {
            destination[i] = ToDouble(source[i]);
        }
    }
}
