using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Segmentation.Clustering;

/// <summary>
/// Finds each row's nearest centre through the norms trick, ||x - c||^2 = ||x||^2 - 2 x.c + ||c||^2, register-blocked:
/// four rows at a time, in double against four centres per Vector256 with FMA, or, when the pack asks for float
/// arithmetic (double rows rounded to float first), against eight centres per Vector256 (NearestCentreKernel.Single.cs),
/// or eight rows at a time decided lane-wise (NearestCentreKernel.Lanes.cs). Where the best and second-best scores are
/// closer than the arithmetic's rounding error bound, the row is decided again with exact differences, so labels match
/// the exact computation whichever arithmetic scored them.
/// </summary>
internal static partial class NearestCentreKernel
{
    [ThreadStatic]
    private static double[]? t_widenedRows;

    [ThreadStatic]
    private static float[]? t_narrowedRows;

    /// <summary>Rows scored together by the register-blocked kernel.</summary>
    public const int RowTile = 4;

    /// <summary>The squared norm of one row, in double.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double SquaredNorm<T>(ReadOnlySpan<T> x)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var sum = 0.0;
        var j = 0;
        if (Vector256.IsHardwareAccelerated && x.Length >= Vector256<double>.Count)
        {
            ref var start = ref MemoryMarshal.GetReference(x);
            var accumulator = Vector256<double>.Zero;
            for (; j <= x.Length - Vector256<double>.Count; j += Vector256<double>.Count)
            {
                var v = Element.LoadFour(ref start, (nuint)j);
                accumulator = Vector256.FusedMultiplyAdd(v, v, accumulator);
            }

            sum = Vector256.Sum(accumulator);
        }

        for (; j < x.Length; j++)
        {
            var value = Element.ToDouble(x[j]);
            sum += value * value;
        }

        return sum;
    }

    /// <summary>
    /// Labels rows <paramref name="start"/> .. <paramref name="end"/> - 1 of the flat <paramref name="values"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Assign<T>(
        ReadOnlySpan<T> values, ReadOnlySpan<double> rowNorms, int start, int end, CentrePack pack, Span<int> labels)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var features = pack.Features;
        var padded = pack.PaddedCount;
        Span<double> scores = stackalloc double[RowTile * padded];
        var row = start;
        if (DecidesInLanes(pack))
        {
            var narrowed = typeof(T) == typeof(float) ? [] : NarrowedRows(LaneRows * features);
            ref var firstLabel = ref MemoryMarshal.GetReference(labels);
            for (; row + LaneRows <= end; row += LaneRows)
            {
                NearestOfEight(values, row, pack, narrowed, out var best, out var second, out var index);
                index.StoreUnsafe(ref firstLabel, (nuint)row);
                ErrorBounds(rowNorms.Slice(row, LaneRows), pack, out var boundLow, out var boundHigh);
                var clear = ClearLanes(best, second, boundLow, boundHigh);
                if (clear != (1u << LaneRows) - 1)
                {
                    DecideUnclearLanes(values, row, clear, pack, labels);
                }
            }
        }

        if (Vector256.IsHardwareAccelerated && Fma256())
        {
            for (; row + RowTile <= end; row += RowTile)
            {
                ScoreTile(values.Slice(row * features, RowTile * features), pack, scores);
                for (var r = 0; r < RowTile; r++)
                {
                    Decide(values, rowNorms[row + r], row + r, pack, scores.Slice(r * padded, padded), labels);
                }
            }
        }

        for (; row < end; row++)
        {
            var x = values.Slice(row * features, features);
            var rowScores = scores[..padded];
            rowScores.Fill(double.MaxValue);
            for (var cluster = 0; cluster < pack.ClusterCount; cluster++)
            {
                var dot = 0.0;
                for (var j = 0; j < features; j++)
                {
                    dot += Element.ToDouble(x[j]) * pack.Transposed[(j * padded) + cluster];
                }

                rowScores[cluster] = pack.Norms[cluster] - (2 * dot);
            }

            Decide(values, rowNorms[row], row, pack, rowScores, labels);
        }
    }

    /// <summary>
    /// Scores four rows of <paramref name="values"/> (any rows; repeat one to fill the four) against every centre:
    /// scores[r * padded + c] = ||c||^2 - 2 x_r . c for the r-th row given.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ScoreFourRows<T>(ReadOnlySpan<T> values, int row0, int row1, int row2, int row3, CentrePack pack, Span<double> scores)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var features = pack.Features;
        System.Diagnostics.Debug.Assert(Math.Max(Math.Max(row0, row1), Math.Max(row2, row3)) * features < values.Length, "rows in range");
        System.Diagnostics.Debug.Assert(scores.Length >= RowTile * pack.PaddedCount, "room for four rows of scores");
        ref var start = ref MemoryMarshal.GetReference(values);
        ScoreRows(
            ref Unsafe.Add(ref start, row0 * features),
            ref Unsafe.Add(ref start, row1 * features),
            ref Unsafe.Add(ref start, row2 * features),
            ref Unsafe.Add(ref start, row3 * features),
            pack,
            scores);
    }

    /// <summary>
    /// The nearest centre from one row's <paramref name="scores"/> (lowest index on a tie, exact fallback when too close to
    /// call), with the squared distances to it and to the second nearest, widened by the trick's error bound so that they are safe for
    /// bounds: <paramref name="nearest"/> is an upper bound, <paramref name="second"/> a lower bound.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int DecideWithSecond<T>(ReadOnlySpan<T> x, double norm, CentrePack pack, Span<double> scores, out double nearest, out double second)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var features = pack.Features;
        var bestScore = Minimum(scores);
        var best = IndexOf(scores, bestScore);
        var secondScore = MinimumExcept(scores, best);
        var errorBound = ErrorBound(norm, pack);
        if (secondScore - bestScore <= errorBound && pack.ClusterCount > 1)
        {
            best = SquaredDistance.Nearest(x, pack.Centres, pack.ClusterCount, out _);
        }

        nearest = Math.Max(0, norm + bestScore + errorBound);
        second = secondScore == double.MaxValue ? double.PositiveInfinity : Math.Max(0, norm + secondScore - errorBound);
        return best;
    }

    /// <summary>How far a score of a row with squared norm <paramref name="norm"/> may be from the exact squared distance.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ErrorBound(double norm, CentrePack pack) => (pack.ErrorFactor * (norm + pack.MaximumNorm)) + pack.ErrorFloor;

    private static bool Fma256() => System.Runtime.Intrinsics.X86.Fma.IsSupported || System.Runtime.Intrinsics.Arm.AdvSimd.IsSupported;

    /// <summary>scores[r * padded + c] = ||c||^2 - 2 x_r . c for the four rows of <paramref name="tile"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void ScoreTile<T>(ReadOnlySpan<T> tile, CentrePack pack, Span<double> scores)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var features = pack.Features;
        ref var x0 = ref MemoryMarshal.GetReference(tile);
        ScoreRows(ref x0, ref Unsafe.Add(ref x0, features), ref Unsafe.Add(ref x0, 2 * features), ref Unsafe.Add(ref x0, 3 * features), pack, scores);
    }

    /// <summary>
    /// scores[r * padded + c] = ||c||^2 - 2 x_r . c for the four rows starting at the given references. Float rows are
    /// first widened four values at a time into a per-thread buffer: converting them one by one for the broadcasts chains
    /// every conversion through its register (a false dependency) and ran several times slower.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void ScoreRows<T>(ref T x0, ref T x1, ref T x2, ref T x3, CentrePack pack, Span<double> scores)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        if (typeof(T) == typeof(float) && pack.SinglePrecision)
        {
            ScoreSingleRows(ref Unsafe.As<T, float>(ref x0), ref Unsafe.As<T, float>(ref x1), ref Unsafe.As<T, float>(ref x2), ref Unsafe.As<T, float>(ref x3), pack, scores);
            return;
        }

        if (pack.SinglePrecision)
        {
            var narrowed = NarrowedRows(RowTile * pack.Features);
            ref var row0 = ref MemoryMarshal.GetArrayDataReference(narrowed);
            ref var row1 = ref Unsafe.Add(ref row0, pack.Features);
            ref var row2 = ref Unsafe.Add(ref row0, 2 * pack.Features);
            ref var row3 = ref Unsafe.Add(ref row0, 3 * pack.Features);
            Element.Narrow(ref x0, pack.Features, ref row0);
            Element.Narrow(ref x1, pack.Features, ref row1);
            Element.Narrow(ref x2, pack.Features, ref row2);
            Element.Narrow(ref x3, pack.Features, ref row3);
            ScoreSingleRows(ref row0, ref row1, ref row2, ref row3, pack, scores);
            return;
        }

        if (typeof(T) == typeof(double))
        {
            ScoreDoubleRows(ref Unsafe.As<T, double>(ref x0), ref Unsafe.As<T, double>(ref x1), ref Unsafe.As<T, double>(ref x2), ref Unsafe.As<T, double>(ref x3), pack, scores);
            return;
        }

        var features = pack.Features;
        var widened = WidenedRows(features);
        ref var target = ref MemoryMarshal.GetArrayDataReference(widened);
        Widen(ref x0, features, ref target);
        Widen(ref x1, features, ref Unsafe.Add(ref target, features));
        Widen(ref x2, features, ref Unsafe.Add(ref target, 2 * features));
        Widen(ref x3, features, ref Unsafe.Add(ref target, 3 * features));
        ScoreDoubleRows(ref target, ref Unsafe.Add(ref target, features), ref Unsafe.Add(ref target, 2 * features), ref Unsafe.Add(ref target, 3 * features), pack, scores);
    }

    /// <summary>A per-thread buffer for <paramref name="length"/> floats (double rows rounded for float scoring), grown when a wider problem needs it.</summary>
    public static float[] NarrowedRows(int length)
    {
        var buffer = t_narrowedRows;
        if (buffer is null || buffer.Length < length)
        {
            t_narrowedRows = buffer = new float[length];
        }

        return buffer;
    }

    /// <summary>A per-thread buffer for four widened rows, grown when a wider problem needs it.</summary>
    private static double[] WidenedRows(int features)
    {
        var buffer = t_widenedRows;
        if (buffer is null || buffer.Length < RowTile * features)
        {
            t_widenedRows = buffer = new double[RowTile * features];
        }

        return buffer;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Widen<T>(ref T source, int features, ref double target)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var j = 0;
        for (; j + Vector256<double>.Count <= features; j += Vector256<double>.Count)
        {
            Element.LoadFour(ref source, (nuint)j).StoreUnsafe(ref target, (nuint)j);
        }

        for (; j < features; j++)
        {
            Unsafe.Add(ref target, j) = Element.ToDouble(Unsafe.Add(ref source, j));
        }
    }

    /// <summary>scores[r * padded + c] = ||c||^2 - 2 x_r . c for four rows of doubles.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void ScoreDoubleRows(ref double x0, ref double x1, ref double x2, ref double x3, CentrePack pack, Span<double> scores)
    {
        var features = pack.Features;
        var padded = pack.PaddedCount;
        ref var transposed = ref MemoryMarshal.GetArrayDataReference(pack.Transposed);
        ref var norms = ref MemoryMarshal.GetArrayDataReference(pack.Norms);
        ref var output = ref MemoryMarshal.GetReference(scores);
        var minusTwo = Vector256.Create(-2.0);
        var group = 0;

        // Two groups of four centres against four rows: eight independent FMA chains, enough to hide the FMA latency.
        for (; group + (2 * CentrePack.GroupWidth) <= padded; group += 2 * CentrePack.GroupWidth)
        {
            var a0 = Vector256<double>.Zero;
            var a1 = Vector256<double>.Zero;
            var a2 = Vector256<double>.Zero;
            var a3 = Vector256<double>.Zero;
            var b0 = Vector256<double>.Zero;
            var b1 = Vector256<double>.Zero;
            var b2 = Vector256<double>.Zero;
            var b3 = Vector256<double>.Zero;
            ref var column = ref Unsafe.Add(ref transposed, group);
            for (var j = 0; j < features; j++)
            {
                ref var line = ref Unsafe.Add(ref column, j * padded);
                var c = Vector256.LoadUnsafe(ref line);
                var d = Vector256.LoadUnsafe(ref line, CentrePack.GroupWidth);
                var v0 = Vector256.Create(Unsafe.Add(ref x0, j));
                var v1 = Vector256.Create(Unsafe.Add(ref x1, j));
                var v2 = Vector256.Create(Unsafe.Add(ref x2, j));
                var v3 = Vector256.Create(Unsafe.Add(ref x3, j));
                a0 = Vector256.FusedMultiplyAdd(v0, c, a0);
                a1 = Vector256.FusedMultiplyAdd(v1, c, a1);
                a2 = Vector256.FusedMultiplyAdd(v2, c, a2);
                a3 = Vector256.FusedMultiplyAdd(v3, c, a3);
                b0 = Vector256.FusedMultiplyAdd(v0, d, b0);
                b1 = Vector256.FusedMultiplyAdd(v1, d, b1);
                b2 = Vector256.FusedMultiplyAdd(v2, d, b2);
                b3 = Vector256.FusedMultiplyAdd(v3, d, b3);
            }

            var n = Vector256.LoadUnsafe(ref norms, (nuint)group);
            var m = Vector256.LoadUnsafe(ref norms, (nuint)(group + CentrePack.GroupWidth));
            Store(Vector256.FusedMultiplyAdd(a0, minusTwo, n), Vector256.FusedMultiplyAdd(b0, minusTwo, m), ref output, group);
            Store(Vector256.FusedMultiplyAdd(a1, minusTwo, n), Vector256.FusedMultiplyAdd(b1, minusTwo, m), ref output, padded + group);
            Store(Vector256.FusedMultiplyAdd(a2, minusTwo, n), Vector256.FusedMultiplyAdd(b2, minusTwo, m), ref output, (2 * padded) + group);
            Store(Vector256.FusedMultiplyAdd(a3, minusTwo, n), Vector256.FusedMultiplyAdd(b3, minusTwo, m), ref output, (3 * padded) + group);
        }

        for (; group < padded; group += CentrePack.GroupWidth)
        {
            var a0 = Vector256<double>.Zero;
            var a1 = Vector256<double>.Zero;
            var a2 = Vector256<double>.Zero;
            var a3 = Vector256<double>.Zero;
            ref var column = ref Unsafe.Add(ref transposed, group);
            for (var j = 0; j < features; j++)
            {
                var c = Vector256.LoadUnsafe(ref column, (nuint)(j * padded));
                a0 = Vector256.FusedMultiplyAdd(Vector256.Create(Unsafe.Add(ref x0, j)), c, a0);
                a1 = Vector256.FusedMultiplyAdd(Vector256.Create(Unsafe.Add(ref x1, j)), c, a1);
                a2 = Vector256.FusedMultiplyAdd(Vector256.Create(Unsafe.Add(ref x2, j)), c, a2);
                a3 = Vector256.FusedMultiplyAdd(Vector256.Create(Unsafe.Add(ref x3, j)), c, a3);
            }

            var n = Vector256.LoadUnsafe(ref norms, (nuint)group);
            Vector256.FusedMultiplyAdd(a0, minusTwo, n).StoreUnsafe(ref output, (nuint)group);
            Vector256.FusedMultiplyAdd(a1, minusTwo, n).StoreUnsafe(ref output, (nuint)(padded + group));
            Vector256.FusedMultiplyAdd(a2, minusTwo, n).StoreUnsafe(ref output, (nuint)((2 * padded) + group));
            Vector256.FusedMultiplyAdd(a3, minusTwo, n).StoreUnsafe(ref output, (nuint)((3 * padded) + group));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store(Vector256<double> first, Vector256<double> second, ref double output, int offset)
    {
        first.StoreUnsafe(ref output, (nuint)offset);
        second.StoreUnsafe(ref output, (nuint)(offset + CentrePack.GroupWidth));
    }

    /// <summary>Picks the lowest score; falls back to exact distances when the top two are too close to call (a tie included).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Decide<T>(ReadOnlySpan<T> values, double norm, int row, CentrePack pack, Span<double> scores, Span<int> labels)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var best = ClearlyNearest(scores, norm, pack);
        if (best < 0)
        {
            best = ExactNearest(values, row, pack);
        }

        labels[row] = best;
    }

    /// <summary>
    /// The index of the lowest score when every other score is more than the trick's error bound above it; -1 when two
    /// are too close to call. One comparison against the lowest score plus the bound marks both the index and any rival,
    /// with no branch on the scores: which centre wins is data the branch predictor cannot learn.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ClearlyNearest(ReadOnlySpan<double> scores, double norm, CentrePack pack)
    {
        var bestScore = Minimum(scores);
        if (pack.ClusterCount == 1)
        {
            return 0;
        }

        var close = AtMost(scores, bestScore + ErrorBound(norm, pack), out var first);
        return close == 1 ? first : -1;
    }

    /// <summary>How many scores are at most <paramref name="limit"/>, and the index of the first of them (or of nothing, when none).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int AtMost(ReadOnlySpan<double> scores, double limit, out int first)
    {
        ref var start = ref MemoryMarshal.GetReference(scores);
        var threshold = Vector256.Create(limit);
        if (scores.Length <= 64)
        {
            var mask = 0UL;
            for (var group = 0; group < scores.Length; group += CentrePack.GroupWidth)
            {
                mask |= (ulong)Vector256.LessThanOrEqual(Vector256.LoadUnsafe(ref start, (nuint)group), threshold).ExtractMostSignificantBits() << group;
            }

            first = BitOperations.TrailingZeroCount(mask);
            return BitOperations.PopCount(mask);
        }

        var count = 0;
        first = -1;
        for (var group = 0; group < scores.Length; group += CentrePack.GroupWidth)
        {
            var bits = Vector256.LessThanOrEqual(Vector256.LoadUnsafe(ref start, (nuint)group), threshold).ExtractMostSignificantBits();
            count += BitOperations.PopCount(bits);
            first = first < 0 && bits != 0 ? group + BitOperations.TrailingZeroCount(bits) : first;
        }

        return count;
    }

    /// <summary>Labels by exact differences the rows from <paramref name="row"/> whose bit in <paramref name="clear"/> is not set.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void DecideUnclearLanes<T>(ReadOnlySpan<T> values, int row, uint clear, CentrePack pack, Span<int> labels)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        for (var lane = 0; lane < LaneRows; lane++)
        {
            if ((clear & (1u << lane)) == 0)
            {
                labels[row + lane] = ExactNearest(values, row + lane, pack);
            }
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ExactNearest<T>(ReadOnlySpan<T> values, int row, CentrePack pack)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var features = pack.Features;
        return SquaredDistance.Nearest(values.Slice(row * features, features), pack.Centres, pack.ClusterCount, out _);
    }

    /// <summary>
    /// The smallest of the padded scores (padding holds <see cref="double.MaxValue"/> or infinity). The hardware minimum
    /// (one vminpd) serves: scores are never NaN, and the IEEE minimum's sign-of-zero fix-ups cost three instructions a step.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Minimum(ReadOnlySpan<double> scores)
    {
        ref var start = ref MemoryMarshal.GetReference(scores);
        var minimum = Vector256.LoadUnsafe(ref start);
        for (var group = CentrePack.GroupWidth; group < scores.Length; group += CentrePack.GroupWidth)
        {
            minimum = Vector256.MinNative(minimum, Vector256.LoadUnsafe(ref start, (nuint)group));
        }

        return HorizontalMinimum(minimum);
    }

    /// <summary>
    /// The smallest score but the one at <paramref name="skipped"/>, masked in registers: writing a sentinel there and
    /// reading the vector back would stall on the store.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double MinimumExcept(ReadOnlySpan<double> scores, int skipped)
    {
        ref var start = ref MemoryMarshal.GetReference(scores);
        var sentinel = Vector256.Create(double.MaxValue);
        var lanes = Vector256.Create(0L, 1L, 2L, 3L) - Vector256.Create((long)skipped);
        var minimum = sentinel;
        for (var group = 0; group < scores.Length; group += CentrePack.GroupWidth)
        {
            var isSkipped = Vector256.Equals(lanes + Vector256.Create((long)group), Vector256<long>.Zero).AsDouble();
            minimum = Vector256.MinNative(minimum, Vector256.ConditionalSelect(isSkipped, sentinel, Vector256.LoadUnsafe(ref start, (nuint)group)));
        }

        return HorizontalMinimum(minimum);
    }

    /// <summary>The smallest of four scores, by the hardware minimum: scores are never NaN, and -0 and +0 rank alike.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double HorizontalMinimum(Vector256<double> minimum)
    {
        var half = Vector128.MinNative(minimum.GetLower(), minimum.GetUpper());
        return Vector128.MinNative(half, Vector128.Shuffle(half, Vector128.Create(1L, 0L))).ToScalar();
    }

    /// <summary>The first index holding <paramref name="value"/>, the smallest score.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int IndexOf(ReadOnlySpan<double> scores, double value)
    {
        AtMost(scores, value, out var first);
        return first;
    }
}
