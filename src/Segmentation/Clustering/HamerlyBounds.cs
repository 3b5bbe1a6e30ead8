using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Segmentation.Clustering;

/// <summary>
/// Hamerly's bounds, kept as offsets from running totals so that the step which touches every row only reads. Each
/// centre's drift is the sum of its shifts so far, and its others' drift the sum, over the iterations, of the largest
/// shift of any other centre. A row stores its upper bound less its centre's drift when the bound was set, and its
/// lower bound plus its centre's others' drift then, both rounded outward to float. Adding (or taking) the totals now
/// moves the bounds as Hamerly's per-iteration update does.
/// </summary>
internal static class HamerlyBounds
{
    /// <summary>
    /// Writes the suspects among rows <paramref name="start"/> .. <paramref name="end"/> - 1: the rows whose upper bound
    /// is not below max(lower bound, half the distance from their centre to the next one). Each suspect's row goes from
    /// the start of <paramref name="suspects"/>, and the bound it must beat to the same place in
    /// <paramref name="suspectBounds"/>; both must hold <paramref name="end"/> - <paramref name="start"/> entries. Eight
    /// rows at a time with AVX-512 where k is at most 16 (each centre's totals looked up in registers), else four at a
    /// time with AVX2 gathers where available; the same suspects and bounds as one row at a time.
    /// </summary>
    /// <returns>How many suspects were written.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe int CollectSuspects(
        int start,
        int end,
        ReadOnlySpan<int> labels,
        ReadOnlySpan<float> upperOffsets,
        ReadOnlySpan<float> lowerOffsets,
        in BoundTotals totals,
        Span<int> suspects,
        Span<double> suspectBounds)
    {
        System.Diagnostics.Debug.Assert(suspects.Length >= end - start && suspectBounds.Length >= end - start, "room for every row");
        var count = 0;
        var row = start;
        if (Avx512F.VL.IsSupported && totals.Drift.Length <= 2 * Vector512<double>.Count)
        {
            (count, row) = CollectEightAtATime(start, end, labels, upperOffsets, lowerOffsets, totals, suspects, suspectBounds);
        }
        else if (Avx2.IsSupported)
        {
            ref var labelStart = ref MemoryMarshal.GetReference(labels);
            ref var upperStart = ref MemoryMarshal.GetReference(upperOffsets);
            ref var lowerStart = ref MemoryMarshal.GetReference(lowerOffsets);
            var upperMargin = Vector256.Create(BoundMargin.Upper);
            var lowerMargin = Vector256.Create(BoundMargin.Lower);
            fixed (double* drift = totals.Drift, otherDrift = totals.OtherDrift, halfSeparation = totals.HalfSeparation)
            {
                for (; row + 4 <= end; row += 4)
                {
                    var label = Vector128.LoadUnsafe(ref labelStart, (nuint)row);
                    var rowUpper = (Avx.ConvertToVector256Double(Vector128.LoadUnsafe(ref upperStart, (nuint)row)) + Avx2.GatherVector256(drift, label, sizeof(double))) * upperMargin;
                    var rowLower = (Avx.ConvertToVector256Double(Vector128.LoadUnsafe(ref lowerStart, (nuint)row)) - Avx2.GatherVector256(otherDrift, label, sizeof(double))) * lowerMargin;

                    // Bounds are never NaN, so the native maximum picks the same bound as Math.Max.
                    var bound = Vector256.MaxNative(rowLower, Avx2.GatherVector256(halfSeparation, label, sizeof(double)));
                    var failed = (int)Vector256.GreaterThanOrEqual(rowUpper, bound).ExtractMostSignificantBits();

                    // Every lane is written and the count moves past the suspects only: which rows fail is data the
                    // branch predictor cannot learn. There is room, since no more suspects than rows precede these four.
                    ref var suspect = ref MemoryMarshal.GetReference(suspects);
                    ref var suspectBound = ref MemoryMarshal.GetReference(suspectBounds);
                    Unsafe.Add(ref suspect, count) = row;
                    Unsafe.Add(ref suspectBound, count) = bound.GetElement(0);
                    count += failed & 1;
                    Unsafe.Add(ref suspect, count) = row + 1;
                    Unsafe.Add(ref suspectBound, count) = bound.GetElement(1);
                    count += (failed >> 1) & 1;
                    Unsafe.Add(ref suspect, count) = row + 2;
                    Unsafe.Add(ref suspectBound, count) = bound.GetElement(2);
                    count += (failed >> 2) & 1;
                    Unsafe.Add(ref suspect, count) = row + 3;
                    Unsafe.Add(ref suspectBound, count) = bound.GetElement(3);
                    count += failed >> 3;
                }
            }
        }

        for (; row < end; row++)
        {
            var label = labels[row];
            var rowUpper = (upperOffsets[row] + totals.Drift[label]) * BoundMargin.Upper;
            var rowLower = (lowerOffsets[row] - totals.OtherDrift[label]) * BoundMargin.Lower;
            var bound = Math.Max(rowLower, totals.HalfSeparation[label]);
            if (rowUpper >= bound)
            {
                suspects[count] = row;
                suspectBounds[count++] = bound;
            }
        }

        return count;
    }

    /// <summary>
    /// <see cref="CollectSuspects"/>'s AVX-512 body: eight rows a step, each centre's totals and half separation picked
    /// from pairs of registers by its label (k at most 16), the suspects packed by compress. Returns the suspects written and
    /// the first row not looked at.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (int Count, int Row) CollectEightAtATime(
        int start,
        int end,
        ReadOnlySpan<int> labels,
        ReadOnlySpan<float> upperOffsets,
        ReadOnlySpan<float> lowerOffsets,
        in BoundTotals totals,
        Span<int> suspects,
        Span<double> suspectBounds)
    {
        const int Lanes = 8;
        Span<double> tables = stackalloc double[6 * Lanes];
        tables.Clear();
        totals.Drift.CopyTo(tables);
        totals.OtherDrift.CopyTo(tables[(2 * Lanes)..]);
        totals.HalfSeparation.CopyTo(tables[(4 * Lanes)..]);
        var driftLow = Vector512.Create((ReadOnlySpan<double>)tables);
        var driftHigh = Vector512.Create((ReadOnlySpan<double>)tables[Lanes..]);
        var otherDriftLow = Vector512.Create((ReadOnlySpan<double>)tables[(2 * Lanes)..]);
        var otherDriftHigh = Vector512.Create((ReadOnlySpan<double>)tables[(3 * Lanes)..]);
        var halfLow = Vector512.Create((ReadOnlySpan<double>)tables[(4 * Lanes)..]);
        var halfHigh = Vector512.Create((ReadOnlySpan<double>)tables[(5 * Lanes)..]);
        var upperMargin = Vector512.Create(BoundMargin.Upper);
        var lowerMargin = Vector512.Create(BoundMargin.Lower);
        var laneIndex = Vector256.Create(0, 1, 2, 3, 4, 5, 6, 7);
        ref var labelStart = ref MemoryMarshal.GetReference(labels);
        ref var upperStart = ref MemoryMarshal.GetReference(upperOffsets);
        ref var lowerStart = ref MemoryMarshal.GetReference(lowerOffsets);
        ref var suspect = ref MemoryMarshal.GetReference(suspects);
        ref var suspectBound = ref MemoryMarshal.GetReference(suspectBounds);
        var count = 0;
        var row = start;
        for (; row + Lanes <= end; row += Lanes)
        {
            var label = Avx512F.ConvertToVector512Int64(Vector256.LoadUnsafe(ref labelStart, (nuint)row));
            var rowUpper = (Avx512F.ConvertToVector512Double(Vector256.LoadUnsafe(ref upperStart, (nuint)row)) + Avx512F.PermuteVar8x64x2(driftLow, label, driftHigh)) * upperMargin;
            var rowLower = (Avx512F.ConvertToVector512Double(Vector256.LoadUnsafe(ref lowerStart, (nuint)row)) - Avx512F.PermuteVar8x64x2(otherDriftLow, label, otherDriftHigh)) * lowerMargin;
            var bound = Vector512.MaxNative(rowLower, Avx512F.PermuteVar8x64x2(halfLow, label, halfHigh));
            var failed = Vector512.GreaterThanOrEqual(rowUpper, bound);

            // All eight lanes are stored and the count moves past the suspects only. There is room: no more suspects
            // than rows precede these eight.
            Avx512F.Compress(Vector512<double>.Zero, failed, bound).StoreUnsafe(ref suspectBound, (nuint)count);
            Avx512F.VL.Compress(Vector256<int>.Zero, Avx512F.ConvertToVector256Int32(failed.AsInt64()), Vector256.Create(row) + laneIndex)
                .StoreUnsafe(ref suspect, (nuint)count);
            count += BitOperations.PopCount(failed.ExtractMostSignificantBits());
        }

        return (count, row);
    }

    /// <summary>The offset to store for an upper bound <paramref name="upper"/> to the centre of drift <paramref name="drift"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float UpperOffset(double upper, double drift) => RoundUp(upper - drift);

    /// <summary>The offset to store for a lower bound <paramref name="lower"/> of a row whose centre's others' drift is <paramref name="otherDrift"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float LowerOffset(double lower, double otherDrift) => RoundDown(lower + otherDrift);

    /// <summary>
    /// A float above <paramref name="value"/>: the float after the nearest one, so that it is also above the exact
    /// result that <paramref name="value"/> rounds, whose error is below a double's spacing. Infinity above the float
    /// range, the least float below it; infinities stay as they are.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float RoundUp(double value)
    {
        // Adding zero turns -0 into +0, whose next float up is the least positive one. MathF.BitIncrement is not
        // inlined, and this runs for every row searched.
        var nearest = (float)value + 0f;
        if (!float.IsFinite(nearest))
        {
            // Past the float range: above a finite value lies the least float.
            return nearest > 0 || double.IsNegativeInfinity(value) ? nearest : float.MinValue;
        }

        var bits = BitConverter.SingleToInt32Bits(nearest);
        return BitConverter.Int32BitsToSingle(bits + ((bits >> 31) | 1));
    }

    /// <summary>A float below <paramref name="value"/>, as <see cref="RoundUp(double)"/> is above it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float RoundDown(double value) => -RoundUp(-value);

    /// <summary>
    /// Eight <see cref="UpperOffset"/>s at once: the upper bounds and their centres' drifts of rows 0-3 in the
    /// <c>low</c> vectors, of rows 4-7 in the <c>high</c> ones; the same bits, row by row.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> UpperOffsets(Vector256<double> upperLow, Vector256<double> upperHigh, Vector256<double> driftLow, Vector256<double> driftHigh) =>
        RoundUp(upperLow - driftLow, upperHigh - driftHigh);

    /// <summary>Eight <see cref="LowerOffset"/>s at once, laid out as in <see cref="UpperOffsets"/>; the same bits, row by row.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> LowerOffsets(Vector256<double> lowerLow, Vector256<double> lowerHigh, Vector256<double> otherDriftLow, Vector256<double> otherDriftHigh) =>
        -RoundUp(-(lowerLow + otherDriftLow), -(lowerHigh + otherDriftHigh));

    /// <summary><see cref="RoundUp(double)"/> of eight values, the first four in <paramref name="low"/>; the same bits, value by value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> RoundUp(Vector256<double> low, Vector256<double> high)
    {
        var nearest = Vector256.Narrow(low, high) + Vector256<float>.Zero;
        var bits = nearest.AsInt32();
        var stepped = bits + (Vector256.ShiftRightArithmetic(bits, 31) | Vector256<int>.One);
        var finite = Vector256.LessThan(Vector256.Abs(nearest), Vector256.Create(float.PositiveInfinity)).AsInt32();
        var result = Vector256.ConditionalSelect(finite, stepped, bits).AsSingle();
        var minusInfinity = Vector256.Create(double.NegativeInfinity);
        var aboveMinusInfinity = ~Vector256.Narrow(Vector256.Equals(low, minusInfinity).AsInt64(), Vector256.Equals(high, minusInfinity).AsInt64());
        var belowRange = Vector256.Equals(nearest, Vector256.Create(float.NegativeInfinity)).AsInt32() & aboveMinusInfinity;
        return Vector256.ConditionalSelect(belowRange.AsSingle(), Vector256.Create(float.MinValue), result);
    }
}

/// <summary>The running totals that Hamerly's bound offsets are kept against, and this iteration's half separations.</summary>
/// <param name="Drift">Each centre's shifts so far, summed and rounded up.</param>
/// <param name="OtherDrift">For each centre, the largest shift of any other centre in each iteration so far, summed and rounded up.</param>
/// <param name="HalfSeparation">Half the distance from each centre to its nearest other centre, narrowed for rounding.</param>
internal readonly record struct BoundTotals(double[] Drift, double[] OtherDrift, double[] HalfSeparation);
