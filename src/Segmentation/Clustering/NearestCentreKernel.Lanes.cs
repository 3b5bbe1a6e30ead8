using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Segmentation.Clustering;

/// <summary>
/// The kernel's eight-row form for float scoring: eight rows are scored against eight centres at a time (centres in
/// lanes, one FMA chain per row), the 8 x 8 block of scores is transposed so that each vector holds one centre's score
/// for all eight rows, and the nearest and second-nearest centres are then found lane-wise, for eight rows at once, with
/// no horizontal step and no branch on the scores.
/// </summary>
internal static partial class NearestCentreKernel
{
    /// <summary>Rows decided together by the eight-row kernel.</summary>
    public const int LaneRows = 8;

    /// <summary>Whether the eight-row kernel serves <paramref name="pack"/>: float scoring on x86 with AVX2 and FMA.</summary>
    public static bool DecidesInLanes(CentrePack pack) => pack.SinglePrecision && Avx2.IsSupported && Fma.IsSupported;

    /// <summary>
    /// For the eight consecutive rows of <paramref name="values"/> from <paramref name="row"/>, as
    /// <see cref="NearestOfEight{T}(ReadOnlySpan{T}, ReadOnlySpan{int}, CentrePack, float[], out Vector256{float}, out Vector256{float}, out Vector256{int})"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void NearestOfEight<T>(
        ReadOnlySpan<T> values, int row, CentrePack pack, float[] narrowed, out Vector256<float> best, out Vector256<float> second, out Vector256<int> index)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var features = pack.Features;
        System.Diagnostics.Debug.Assert((row + LaneRows) * features <= values.Length, "eight rows in range");
        ref var x0 = ref Unsafe.Add(ref MemoryMarshal.GetReference(values), row * features);
        NearestOfEight(
            ref Row(ref x0, 0, features, narrowed),
            ref Row(ref Unsafe.Add(ref x0, features), 1, features, narrowed),
            ref Row(ref Unsafe.Add(ref x0, 2 * features), 2, features, narrowed),
            ref Row(ref Unsafe.Add(ref x0, 3 * features), 3, features, narrowed),
            ref Row(ref Unsafe.Add(ref x0, 4 * features), 4, features, narrowed),
            ref Row(ref Unsafe.Add(ref x0, 5 * features), 5, features, narrowed),
            ref Row(ref Unsafe.Add(ref x0, 6 * features), 6, features, narrowed),
            ref Row(ref Unsafe.Add(ref x0, 7 * features), 7, features, narrowed),
            pack,
            out best,
            out second,
            out index);
    }

    /// <summary>
    /// For the eight rows of <paramref name="values"/> listed in <paramref name="rows"/>: each row's lowest and
    /// second-lowest float score and the index of the lowest (the first on a tie), one row per lane. Double rows are
    /// first rounded to float into <paramref name="narrowed"/> (room for eight rows; unused for float rows), which
    /// the error bound allows for. Only where <see cref="DecidesInLanes"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void NearestOfEight<T>(
        ReadOnlySpan<T> values, ReadOnlySpan<int> rows, CentrePack pack, float[] narrowed, out Vector256<float> best, out Vector256<float> second, out Vector256<int> index)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var features = pack.Features;
        System.Diagnostics.Debug.Assert(rows.Length >= LaneRows, "eight rows");
        ref var start = ref MemoryMarshal.GetReference(values);
        NearestOfEight(
            ref Row(ref Unsafe.Add(ref start, rows[0] * features), 0, features, narrowed),
            ref Row(ref Unsafe.Add(ref start, rows[1] * features), 1, features, narrowed),
            ref Row(ref Unsafe.Add(ref start, rows[2] * features), 2, features, narrowed),
            ref Row(ref Unsafe.Add(ref start, rows[3] * features), 3, features, narrowed),
            ref Row(ref Unsafe.Add(ref start, rows[4] * features), 4, features, narrowed),
            ref Row(ref Unsafe.Add(ref start, rows[5] * features), 5, features, narrowed),
            ref Row(ref Unsafe.Add(ref start, rows[6] * features), 6, features, narrowed),
            ref Row(ref Unsafe.Add(ref start, rows[7] * features), 7, features, narrowed),
            pack,
            out best,
            out second,
            out index);
    }

    /// <summary>A float row's own values, or a double row rounded into slot <paramref name="slot"/> of <paramref name="narrowed"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ref float Row<T>(ref T row, int slot, int features, float[] narrowed)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        if (typeof(T) == typeof(float))
        {
            return ref Unsafe.As<T, float>(ref row);
        }

        ref var target = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(narrowed), slot * features);
        Element.Narrow(ref row, features, ref target);
        return ref target;
    }

    /// <summary>The eight-row kernel proper, compiled optimised at once: it is too large to inline, and runs hot from the first fit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void NearestOfEight(
        ref float x0,
        ref float x1,
        ref float x2,
        ref float x3,
        ref float x4,
        ref float x5,
        ref float x6,
        ref float x7,
        CentrePack pack,
        out Vector256<float> best,
        out Vector256<float> second,
        out Vector256<int> index)
    {
        var features = pack.Features;
        var padded = pack.PaddedCount;
        ref var transposed = ref MemoryMarshal.GetArrayDataReference(pack.TransposedSingle);
        ref var norms = ref MemoryMarshal.GetArrayDataReference(pack.NormsSingle);
        var minusTwo = Vector256.Create(-2f);
        // Locals, not the out parameters: those live in the caller's memory, and every fold would store and reload them.
        var lowest = Vector256.Create(float.PositiveInfinity);
        var runnerUp = lowest;
        var at = Vector256<int>.Zero;
        for (var group = 0; group < padded; group += CentrePack.SingleGroupWidth)
        {
            var a0 = Vector256<float>.Zero;
            var a1 = Vector256<float>.Zero;
            var a2 = Vector256<float>.Zero;
            var a3 = Vector256<float>.Zero;
            var a4 = Vector256<float>.Zero;
            var a5 = Vector256<float>.Zero;
            var a6 = Vector256<float>.Zero;
            var a7 = Vector256<float>.Zero;
            ref var column = ref Unsafe.Add(ref transposed, group);
            for (var j = 0; j < features; j++)
            {
                var c = Vector256.LoadUnsafe(ref Unsafe.Add(ref column, j * padded));
                a0 = Vector256.FusedMultiplyAdd(Vector256.Create(Unsafe.Add(ref x0, j)), c, a0);
                a1 = Vector256.FusedMultiplyAdd(Vector256.Create(Unsafe.Add(ref x1, j)), c, a1);
                a2 = Vector256.FusedMultiplyAdd(Vector256.Create(Unsafe.Add(ref x2, j)), c, a2);
                a3 = Vector256.FusedMultiplyAdd(Vector256.Create(Unsafe.Add(ref x3, j)), c, a3);
                a4 = Vector256.FusedMultiplyAdd(Vector256.Create(Unsafe.Add(ref x4, j)), c, a4);
                a5 = Vector256.FusedMultiplyAdd(Vector256.Create(Unsafe.Add(ref x5, j)), c, a5);
                a6 = Vector256.FusedMultiplyAdd(Vector256.Create(Unsafe.Add(ref x6, j)), c, a6);
                a7 = Vector256.FusedMultiplyAdd(Vector256.Create(Unsafe.Add(ref x7, j)), c, a7);
            }

            var n = Vector256.LoadUnsafe(ref norms, (nuint)group);
            Transpose(
                Vector256.FusedMultiplyAdd(a0, minusTwo, n),
                Vector256.FusedMultiplyAdd(a1, minusTwo, n),
                Vector256.FusedMultiplyAdd(a2, minusTwo, n),
                Vector256.FusedMultiplyAdd(a3, minusTwo, n),
                Vector256.FusedMultiplyAdd(a4, minusTwo, n),
                Vector256.FusedMultiplyAdd(a5, minusTwo, n),
                Vector256.FusedMultiplyAdd(a6, minusTwo, n),
                Vector256.FusedMultiplyAdd(a7, minusTwo, n),
                out var c0,
                out var c1,
                out var c2,
                out var c3,
                out var c4,
                out var c5,
                out var c6,
                out var c7);
            Fold(c0, group, ref lowest, ref runnerUp, ref at);
            Fold(c1, group + 1, ref lowest, ref runnerUp, ref at);
            Fold(c2, group + 2, ref lowest, ref runnerUp, ref at);
            Fold(c3, group + 3, ref lowest, ref runnerUp, ref at);
            Fold(c4, group + 4, ref lowest, ref runnerUp, ref at);
            Fold(c5, group + 5, ref lowest, ref runnerUp, ref at);
            Fold(c6, group + 6, ref lowest, ref runnerUp, ref at);
            Fold(c7, group + 7, ref lowest, ref runnerUp, ref at);
        }

        best = lowest;
        second = runnerUp;
        index = at;
    }

    /// <summary>
    /// The error bound of each of eight rows' score differences (see <see cref="ErrorBound"/>), from their squared
    /// <paramref name="rowNorms"/>: rows 0-3 in <paramref name="low"/>, rows 4-7 in <paramref name="high"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ErrorBounds(ReadOnlySpan<double> rowNorms, CentrePack pack, out Vector256<double> low, out Vector256<double> high)
    {
        ref var norms = ref MemoryMarshal.GetReference(rowNorms);
        var factor = Vector256.Create(pack.ErrorFactor);
        var offset = Vector256.Create((pack.ErrorFactor * pack.MaximumNorm) + pack.ErrorFloor);
        low = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref norms), factor, offset);
        high = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref norms, 4), factor, offset);
    }

    /// <summary>
    /// A bit per lane of the eight-row kernel's result: set where the second-lowest score is more than the row's error
    /// bound (<see cref="ErrorBounds"/>) above the lowest, so that the lowest is the exact nearest centre; clear where
    /// only exact differences can tell. The bound is rounded to float, and so is its sum with the lowest score: each
    /// moves it by one float roundoff, which the bound's factor of four to spare covers.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint ClearLanes(Vector256<float> best, Vector256<float> second, Vector256<double> boundLow, Vector256<double> boundHigh)
    {
        var bound = Vector256.Create(Avx.ConvertToVector128Single(boundLow), Avx.ConvertToVector128Single(boundHigh));
        return Vector256.GreaterThan(second, best + bound).ExtractMostSignificantBits();
    }

    /// <summary>Takes one centre's scores for eight rows into the running lowest, second-lowest and index.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Fold(Vector256<float> scores, int cluster, ref Vector256<float> best, ref Vector256<float> second, ref Vector256<int> index)
    {
        var lower = Vector256.LessThan(scores, best);
        second = Vector256.MinNative(second, Vector256.MaxNative(best, scores));
        best = Vector256.MinNative(best, scores);
        index = Vector256.ConditionalSelect(lower.AsInt32(), Vector256.Create(cluster), index);
    }

    /// <summary>The 8 x 8 transpose: row r's vector over centres in, centre c's vector over rows out.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Transpose(
        Vector256<float> r0,
        Vector256<float> r1,
        Vector256<float> r2,
        Vector256<float> r3,
        Vector256<float> r4,
        Vector256<float> r5,
        Vector256<float> r6,
        Vector256<float> r7,
        out Vector256<float> c0,
        out Vector256<float> c1,
        out Vector256<float> c2,
        out Vector256<float> c3,
        out Vector256<float> c4,
        out Vector256<float> c5,
        out Vector256<float> c6,
        out Vector256<float> c7)
    {
        var t0 = Avx.UnpackLow(r0, r1);
        var t1 = Avx.UnpackHigh(r0, r1);
        var t2 = Avx.UnpackLow(r2, r3);
        var t3 = Avx.UnpackHigh(r2, r3);
        var t4 = Avx.UnpackLow(r4, r5);
        var t5 = Avx.UnpackHigh(r4, r5);
        var t6 = Avx.UnpackLow(r6, r7);
        var t7 = Avx.UnpackHigh(r6, r7);
        var u0 = Avx.Shuffle(t0, t2, 0x44);
        var u1 = Avx.Shuffle(t0, t2, 0xEE);
        var u2 = Avx.Shuffle(t1, t3, 0x44);
        var u3 = Avx.Shuffle(t1, t3, 0xEE);
        var u4 = Avx.Shuffle(t4, t6, 0x44);
        var u5 = Avx.Shuffle(t4, t6, 0xEE);
        var u6 = Avx.Shuffle(t5, t7, 0x44);
        var u7 = Avx.Shuffle(t5, t7, 0xEE);
        c0 = Avx.Permute2x128(u0, u4, 0x20);
        c1 = Avx.Permute2x128(u1, u5, 0x20);
        c2 = Avx.Permute2x128(u2, u6, 0x20);
        c3 = Avx.Permute2x128(u3, u7, 0x20);
        c4 = Avx.Permute2x128(u0, u4, 0x31);
        c5 = Avx.Permute2x128(u1, u5, 0x31);
        c6 = Avx.Permute2x128(u2, u6, 0x31);
        c7 = Avx.Permute2x128(u3, u7, 0x31);
    }
}
