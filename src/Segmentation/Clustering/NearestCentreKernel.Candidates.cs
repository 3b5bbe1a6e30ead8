using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Segmentation.Clustering;

/// <summary>The kernel's four-candidate form, rows in lanes, for k-means++'s candidate centres.</summary>
internal static partial class NearestCentreKernel
{
    /// <summary>
    /// Whether <see cref="ScoreFourRowsInLanes"/> serves <paramref name="pack"/>: at most four centres, in double, on x86
    /// with AVX2 and FMA.
    /// </summary>
    public static bool ScoresCandidatesInLanes(CentrePack pack) =>
        pack.PaddedCount == CentrePack.GroupWidth && !pack.SinglePrecision && Avx2.IsSupported && Fma.IsSupported;

    /// <summary>
    /// For four rows of <paramref name="values"/> (any rows; repeat one to fill the four) and a pack of at most four
    /// centres: <paramref name="scores"/>[c] holds centre c's score ||c||^2 - 2 x_r . c for the r-th row given, in double.
    /// The rows are transposed four features at a time so that each vector holds one feature of the four rows;
    /// alternate chunks of four features sum apart, for eight FMA chains. Each lane's arithmetic is its own, so a row
    /// scores the same bits whichever rows share its call. Only where <see cref="ScoresCandidatesInLanes"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ScoreFourRowsInLanes<T>(ReadOnlySpan<T> values, int row0, int row1, int row2, int row3, CentrePack pack, Span<Vector256<double>> scores)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var features = pack.Features;
        System.Diagnostics.Debug.Assert(Math.Max(Math.Max(row0, row1), Math.Max(row2, row3)) * features < values.Length, "rows in range");
        ref var start = ref MemoryMarshal.GetReference(values);
        ref var x0 = ref Unsafe.Add(ref start, row0 * features);
        ref var x1 = ref Unsafe.Add(ref start, row1 * features);
        ref var x2 = ref Unsafe.Add(ref start, row2 * features);
        ref var x3 = ref Unsafe.Add(ref start, row3 * features);
        ref var centres = ref MemoryMarshal.GetArrayDataReference(pack.Transposed);
        var even0 = Vector256<double>.Zero;
        var even1 = Vector256<double>.Zero;
        var even2 = Vector256<double>.Zero;
        var even3 = Vector256<double>.Zero;
        var odd0 = Vector256<double>.Zero;
        var odd1 = Vector256<double>.Zero;
        var odd2 = Vector256<double>.Zero;
        var odd3 = Vector256<double>.Zero;
        var j = 0;
        for (; j + 8 <= features; j += 8)
        {
            AddChunk(ref x0, ref x1, ref x2, ref x3, j, ref centres, ref even0, ref even1, ref even2, ref even3);
            AddChunk(ref x0, ref x1, ref x2, ref x3, j + 4, ref centres, ref odd0, ref odd1, ref odd2, ref odd3);
        }

        if (j + 4 <= features)
        {
            AddChunk(ref x0, ref x1, ref x2, ref x3, j, ref centres, ref even0, ref even1, ref even2, ref even3);
            j += 4;
        }

        for (; j < features; j++)
        {
            var feature = Vector256.Create(
                Element.ToDouble(Unsafe.Add(ref x0, j)),
                Element.ToDouble(Unsafe.Add(ref x1, j)),
                Element.ToDouble(Unsafe.Add(ref x2, j)),
                Element.ToDouble(Unsafe.Add(ref x3, j)));
            AddFeature(feature, ref Unsafe.Add(ref centres, j * CentrePack.GroupWidth), ref odd0, ref odd1, ref odd2, ref odd3);
        }

        var minusTwo = Vector256.Create(-2.0);
        var norms = pack.Norms;
        scores[0] = Vector256.FusedMultiplyAdd(even0 + odd0, minusTwo, Vector256.Create(norms[0]));
        scores[1] = Vector256.FusedMultiplyAdd(even1 + odd1, minusTwo, Vector256.Create(norms[1]));
        scores[2] = Vector256.FusedMultiplyAdd(even2 + odd2, minusTwo, Vector256.Create(norms[2]));
        scores[3] = Vector256.FusedMultiplyAdd(even3 + odd3, minusTwo, Vector256.Create(norms[3]));
    }

    /// <summary>Adds features <paramref name="j"/> .. + 3 of the four rows, transposed, to the four centres' dot products.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddChunk<T>(
        ref T x0,
        ref T x1,
        ref T x2,
        ref T x3,
        int j,
        ref double centres,
        ref Vector256<double> dot0,
        ref Vector256<double> dot1,
        ref Vector256<double> dot2,
        ref Vector256<double> dot3)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var r0 = Element.LoadFour(ref x0, (nuint)j);
        var r1 = Element.LoadFour(ref x1, (nuint)j);
        var r2 = Element.LoadFour(ref x2, (nuint)j);
        var r3 = Element.LoadFour(ref x3, (nuint)j);
        var low01 = Avx.UnpackLow(r0, r1);
        var high01 = Avx.UnpackHigh(r0, r1);
        var low23 = Avx.UnpackLow(r2, r3);
        var high23 = Avx.UnpackHigh(r2, r3);
        ref var line = ref Unsafe.Add(ref centres, j * CentrePack.GroupWidth);
        AddFeature(Avx.Permute2x128(low01, low23, 0x20), ref line, ref dot0, ref dot1, ref dot2, ref dot3);
        AddFeature(Avx.Permute2x128(high01, high23, 0x20), ref Unsafe.Add(ref line, CentrePack.GroupWidth), ref dot0, ref dot1, ref dot2, ref dot3);
        AddFeature(Avx.Permute2x128(low01, low23, 0x31), ref Unsafe.Add(ref line, 2 * CentrePack.GroupWidth), ref dot0, ref dot1, ref dot2, ref dot3);
        AddFeature(Avx.Permute2x128(high01, high23, 0x31), ref Unsafe.Add(ref line, 3 * CentrePack.GroupWidth), ref dot0, ref dot1, ref dot2, ref dot3);
    }

    /// <summary>Adds one feature of the four rows times each of the four centres' value of it (<paramref name="line"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddFeature(
        Vector256<double> feature, ref double line, ref Vector256<double> dot0, ref Vector256<double> dot1, ref Vector256<double> dot2, ref Vector256<double> dot3)
    {
        dot0 = Vector256.FusedMultiplyAdd(feature, Vector256.Create(line), dot0);
        dot1 = Vector256.FusedMultiplyAdd(feature, Vector256.Create(Unsafe.Add(ref line, 1)), dot1);
        dot2 = Vector256.FusedMultiplyAdd(feature, Vector256.Create(Unsafe.Add(ref line, 2)), dot2);
        dot3 = Vector256.FusedMultiplyAdd(feature, Vector256.Create(Unsafe.Add(ref line, 3)), dot3);
    }
}
