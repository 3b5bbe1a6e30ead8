using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Segmentation.Clustering;

/// <summary>
/// The bounds step of Hamerly's iteration, which touches every row: each row's upper bound (to its own centre) grows by
/// its centre's shift, its lower bound (to any other centre) shrinks by the largest shift of another centre, and the
/// rows whose upper bound is not below max(lower bound, half the distance from their centre to the next one) become
/// suspects. Four rows at a time with AVX2 gathers where available; the same bits as one row at a time.
/// </summary>
internal static class HamerlyBounds
{
    /// <summary>
    /// Moves the bounds of rows <paramref name="start"/> .. <paramref name="end"/> - 1 and writes the suspects, with the
    /// bound each must beat, from the start of <paramref name="suspects"/> and <paramref name="suspectBounds"/>, which
    /// must hold <paramref name="end"/> - <paramref name="start"/> entries.
    /// </summary>
    /// <returns>How many suspects were written.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe int CollectSuspects(
        int start,
        int end,
        ReadOnlySpan<int> labels,
        Span<double> upper,
        Span<double> lower,
        in CentreShifts shifts,
        Span<int> suspects,
        Span<double> suspectBounds)
    {
        System.Diagnostics.Debug.Assert(suspects.Length >= end - start && suspectBounds.Length >= end - start, "room for every row");
        var count = 0;
        var row = start;
        if (Avx2.IsSupported)
        {
            ref var labelStart = ref MemoryMarshal.GetReference(labels);
            ref var upperStart = ref MemoryMarshal.GetReference(upper);
            ref var lowerStart = ref MemoryMarshal.GetReference(lower);
            var largestCluster = Vector256.Create((long)shifts.LargestCluster);
            var largest = Vector256.Create(shifts.Largest);
            var secondLargest = Vector256.Create(shifts.SecondLargest);
            fixed (double* centreShift = shifts.Centre, halfSeparation = shifts.HalfSeparation)
            {
                for (; row + 4 <= end; row += 4)
                {
                    var label = Vector128.LoadUnsafe(ref labelStart, (nuint)row);
                    var ownShift = Avx2.GatherVector256(centreShift, label, sizeof(double));
                    var half = Avx2.GatherVector256(halfSeparation, label, sizeof(double));
                    var isLargest = Vector256.Equals(Avx2.ConvertToVector256Int64(label), largestCluster).AsDouble();
                    var rowUpper = Vector256.LoadUnsafe(ref upperStart, (nuint)row) + ownShift;
                    var rowLower = Vector256.LoadUnsafe(ref lowerStart, (nuint)row) - Vector256.ConditionalSelect(isLargest, secondLargest, largest);
                    rowUpper.StoreUnsafe(ref upperStart, (nuint)row);
                    rowLower.StoreUnsafe(ref lowerStart, (nuint)row);
                    // Bounds are never NaN, so the native maximum picks the same bound as Math.Max.
                    var bound = Vector256.MaxNative(rowLower, half);
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
            var rowUpper = upper[row] + shifts.Centre[label];
            var rowLower = lower[row] - (label == shifts.LargestCluster ? shifts.SecondLargest : shifts.Largest);
            upper[row] = rowUpper;
            lower[row] = rowLower;
            var bound = Math.Max(rowLower, shifts.HalfSeparation[label]);
            if (rowUpper >= bound)
            {
                suspects[count] = row;
                suspectBounds[count++] = bound;
            }
        }

        return count;
    }
}

/// <summary>How far each centre moved in the last iteration, as the bounds step needs it.</summary>
/// <param name="Centre">Each centre's shift, widened for rounding.</param>
/// <param name="HalfSeparation">Half the distance from each centre to its nearest other centre, narrowed for rounding.</param>
/// <param name="Largest">The largest shift.</param>
/// <param name="SecondLargest">The second largest shift: what the other centres moved at most, for the rows of <paramref name="LargestCluster"/>.</param>
/// <param name="LargestCluster">The centre that moved the most, or -1.</param>
internal readonly record struct CentreShifts(double[] Centre, double[] HalfSeparation, double Largest, double SecondLargest, int LargestCluster);
