using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Segmentation.Clustering;

/// <summary>
/// Hamerly's bounds, kept as offsets from running totals so that the step which touches every row only reads. Each
/// centre's drift is the sum of its shifts so far, and the largest drift the sum of each iteration's largest shift. A
/// row stores its upper bound less its centre's drift when the bound was set, and its lower bound plus the largest
/// drift then, both rounded outward to float. Adding (or taking) the totals now moves the bounds exactly as Hamerly's
/// per-iteration update would, save that the lower bound of the rows of the centre that moved most also falls by that
/// centre's own shift.
/// </summary>
internal static class HamerlyBounds
{
    /// <summary>
    /// Writes the suspects among rows <paramref name="start"/> .. <paramref name="end"/> - 1: the rows whose upper bound
    /// is not below max(lower bound, half the distance from their centre to the next one). Each suspect's row goes from
    /// the start of <paramref name="suspects"/>, and the bound it must beat to the same place in
    /// <paramref name="suspectBounds"/>; both must hold <paramref name="end"/> - <paramref name="start"/> entries. Four
    /// rows at a time with AVX2 gathers where available; the same suspects as one row at a time.
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
        if (Avx2.IsSupported)
        {
            ref var labelStart = ref MemoryMarshal.GetReference(labels);
            ref var upperStart = ref MemoryMarshal.GetReference(upperOffsets);
            ref var lowerStart = ref MemoryMarshal.GetReference(lowerOffsets);
            var largestDrift = Vector256.Create(totals.LargestDrift);
            var upperMargin = Vector256.Create(BoundMargin.Upper);
            var lowerMargin = Vector256.Create(BoundMargin.Lower);
            fixed (double* drift = totals.Drift, halfSeparation = totals.HalfSeparation)
            {
                for (; row + 4 <= end; row += 4)
                {
                    var label = Vector128.LoadUnsafe(ref labelStart, (nuint)row);
                    var rowUpper = (Avx.ConvertToVector256Double(Vector128.LoadUnsafe(ref upperStart, (nuint)row)) + Avx2.GatherVector256(drift, label, sizeof(double))) * upperMargin;
                    var rowLower = (Avx.ConvertToVector256Double(Vector128.LoadUnsafe(ref lowerStart, (nuint)row)) - largestDrift) * lowerMargin;

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
            var rowLower = (lowerOffsets[row] - totals.LargestDrift) * BoundMargin.Lower;
            var bound = Math.Max(rowLower, totals.HalfSeparation[label]);
            if (rowUpper >= bound)
            {
                suspects[count] = row;
                suspectBounds[count++] = bound;
            }
        }

        return count;
    }

    /// <summary>The offset to store for an upper bound <paramref name="upper"/> to the centre of drift <paramref name="drift"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float UpperOffset(double upper, double drift) => RoundUp(upper - drift);

    /// <summary>The offset to store for a lower bound <paramref name="lower"/> when the largest drift is <paramref name="largestDrift"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float LowerOffset(double lower, double largestDrift) => RoundDown(lower + largestDrift);

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

    /// <summary>A float below <paramref name="value"/>, as <see cref="RoundUp"/> is above it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float RoundDown(double value) => -RoundUp(-value);
}

/// <summary>The running totals that Hamerly's bound offsets are kept against, and this iteration's half separations.</summary>
/// <param name="Drift">Each centre's shifts so far, summed and rounded up.</param>
/// <param name="HalfSeparation">Half the distance from each centre to its nearest other centre, narrowed for rounding.</param>
/// <param name="LargestDrift">Each iteration's largest shift so far, summed and rounded up.</param>
internal readonly record struct BoundTotals(double[] Drift, double[] HalfSeparation, double LargestDrift);
