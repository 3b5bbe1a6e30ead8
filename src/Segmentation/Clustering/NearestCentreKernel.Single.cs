using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Segmentation.Clustering;

/// <summary>The kernel's single-precision scoring, four rows at a time, when the pack asks for float arithmetic.</summary>
internal static partial class NearestCentreKernel
{
    /// <summary>
    /// scores[r * padded + c] = ||c||^2 - 2 x_r . c for four float rows, computed in float against the centres rounded
    /// to float, eight centres per Vector256, then widened to double. The rows are broadcast straight from storage, with
    /// no widening; each row's dot product sums its even and odd features apart, so that four rows make eight independent
    /// FMA chains. The result is within <see cref="CentrePack.ErrorFactor"/>'s float bound of the exact score, which
    /// the callers use to decide, fall back or widen their bounds.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void ScoreSingleRows(ref float x0, ref float x1, ref float x2, ref float x3, CentrePack pack, Span<double> scores)
    {
        var features = pack.Features;
        var padded = pack.PaddedCount;
        ref var transposed = ref MemoryMarshal.GetArrayDataReference(pack.TransposedSingle);
        ref var norms = ref MemoryMarshal.GetArrayDataReference(pack.NormsSingle);
        ref var output = ref MemoryMarshal.GetReference(scores);
        var minusTwo = Vector256.Create(-2f);
        for (var group = 0; group < padded; group += CentrePack.SingleGroupWidth)
        {
            var even0 = Vector256<float>.Zero;
            var even1 = Vector256<float>.Zero;
            var even2 = Vector256<float>.Zero;
            var even3 = Vector256<float>.Zero;
            var odd0 = Vector256<float>.Zero;
            var odd1 = Vector256<float>.Zero;
            var odd2 = Vector256<float>.Zero;
            var odd3 = Vector256<float>.Zero;
            ref var column = ref Unsafe.Add(ref transposed, group);
            var j = 0;
            for (; j + 2 <= features; j += 2)
            {
                ref var line = ref Unsafe.Add(ref column, j * padded);
                var c = Vector256.LoadUnsafe(ref line);
                var d = Vector256.LoadUnsafe(ref line, (nuint)padded);
                even0 = Vector256.FusedMultiplyAdd(Vector256.Create(Unsafe.Add(ref x0, j)), c, even0);
                even1 = Vector256.FusedMultiplyAdd(Vector256.Create(Unsafe.Add(ref x1, j)), c, even1);
                even2 = Vector256.FusedMultiplyAdd(Vector256.Create(Unsafe.Add(ref x2, j)), c, even2);
                even3 = Vector256.FusedMultiplyAdd(Vector256.Create(Unsafe.Add(ref x3, j)), c, even3);
                odd0 = Vector256.FusedMultiplyAdd(Vector256.Create(Unsafe.Add(ref x0, j + 1)), d, odd0);
                odd1 = Vector256.FusedMultiplyAdd(Vector256.Create(Unsafe.Add(ref x1, j + 1)), d, odd1);
                odd2 = Vector256.FusedMultiplyAdd(Vector256.Create(Unsafe.Add(ref x2, j + 1)), d, odd2);
                odd3 = Vector256.FusedMultiplyAdd(Vector256.Create(Unsafe.Add(ref x3, j + 1)), d, odd3);
            }

            if (j < features)
            {
                var c = Vector256.LoadUnsafe(ref Unsafe.Add(ref column, j * padded));
                even0 = Vector256.FusedMultiplyAdd(Vector256.Create(Unsafe.Add(ref x0, j)), c, even0);
                even1 = Vector256.FusedMultiplyAdd(Vector256.Create(Unsafe.Add(ref x1, j)), c, even1);
                even2 = Vector256.FusedMultiplyAdd(Vector256.Create(Unsafe.Add(ref x2, j)), c, even2);
                even3 = Vector256.FusedMultiplyAdd(Vector256.Create(Unsafe.Add(ref x3, j)), c, even3);
            }

            var n = Vector256.LoadUnsafe(ref norms, (nuint)group);
            StoreWidened(Vector256.FusedMultiplyAdd(even0 + odd0, minusTwo, n), ref output, group);
            StoreWidened(Vector256.FusedMultiplyAdd(even1 + odd1, minusTwo, n), ref output, padded + group);
            StoreWidened(Vector256.FusedMultiplyAdd(even2 + odd2, minusTwo, n), ref output, (2 * padded) + group);
            StoreWidened(Vector256.FusedMultiplyAdd(even3 + odd3, minusTwo, n), ref output, (3 * padded) + group);
        }
    }

    /// <summary>Stores eight float scores as doubles (exactly) at <paramref name="offset"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void StoreWidened(Vector256<float> scores, ref double output, int offset)
    {
        Vector256.WidenLower(scores).StoreUnsafe(ref output, (nuint)offset);
        Vector256.WidenUpper(scores).StoreUnsafe(ref output, (nuint)(offset + CentrePack.GroupWidth));
    }
}
