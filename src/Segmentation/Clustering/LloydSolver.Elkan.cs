using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Segmentation.Clustering;

/// <summary>
/// Elkan's iteration: besides the upper bound to its own centre, each row keeps one lower bound per centre, stored as
/// floats rounded down (eight to a vector). A row is only looked at when its upper bound reaches, for some other centre,
/// both that centre's lower bound and half the distance between the two centres; then only those centres are measured,
/// by exact differences. Labels and sums are the same as Lloyd's: the nearest centre by exact distance, the lowest index
/// on a tie, and rows move between the sums in row order.
/// </summary>
internal sealed partial class LloydSolver<T>
{
    /// <summary>Lower bounds per vector of floats.</summary>
    private const int ElkanGroup = 8;

    /// <summary>
    /// Relative slack of the float bounds, far above a float's rounding (6e-8): lower bounds are shrunk and upper bounds
    /// grown by it, so rounding to float never turns a bound into a wrong one.
    /// </summary>
    private const float FloatSlack = 1e-6f;

    private readonly bool _useElkan;
    private readonly int _elkanLanes;
    private readonly float[] _elkanLower = [];
    private readonly float[] _elkanHalfSeparation = [];
    private readonly float[] _elkanShift = [];
    private readonly Action<int> _elkanAssignAndAccumulate;

    /// <summary>Half the distance between every pair of centres (infinite to itself and in the padding), and each centre's last shift, as floats.</summary>
    private void MeasureElkanTables()
    {
        var lanes = _elkanLanes;
        _elkanHalfSeparation.AsSpan().Fill(float.PositiveInfinity);
        for (var first = 0; first < _clusterCount; first++)
        {
            var a = _centres.AsSpan(first * _features, _features);
            for (var second = first + 1; second < _clusterCount; second++)
            {
                var half = ShrunkFloat(0.5 * Math.Sqrt(SquaredDistance.Between<double>(a, _centres.AsSpan(second * _features, _features))) * LowerMargin);
                _elkanHalfSeparation[(first * lanes) + second] = half;
                _elkanHalfSeparation[(second * lanes) + first] = half;
            }
        }

        for (var cluster = 0; cluster < _clusterCount; cluster++)
        {
            _elkanShift[cluster] = GrownFloat(_centreShift[cluster]);
        }
    }

    /// <summary>Labels every row against the final centres through one more Elkan pass, then sums the inertia by exact differences.</summary>
    private double AssignAllWithElkan()
    {
        MeasureElkanTables();
        return AssignAllThrough(_elkanAssignAndAccumulate);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ElkanAssignAndAccumulateBlock(int block)
    {
        var partition = _problem.Partition;
        var features = _features;
        var lanes = _elkanLanes;
        ClearBlockUpdates(block);
        ReadOnlySpan<T> values = _problem.Values;
        ReadOnlySpan<double> centres = _centres;
        var start = partition.Start(block);
        var end = partition.End(block);
        if (Labels[start] < 0)
        {
            _blockChanged[block] = ElkanFirstPass(values, start, end, block);
            return;
        }

        ref var lowerStart = ref MemoryMarshal.GetArrayDataReference(_elkanLower);
        ref var halfStart = ref MemoryMarshal.GetArrayDataReference(_elkanHalfSeparation);
        ref var shiftStart = ref MemoryMarshal.GetArrayDataReference(_elkanShift);
        var shrink = Vector256.Create(1 - FloatSlack);
        var changed = 0;
        for (var row = start; row < end; row++)
        {
            var label = Labels[row];
            var rowUpper = _upper[row] + _centreShift[label];
            var upper = Vector256.Create(GrownFloat(rowUpper));
            var offset = (nuint)((long)row * lanes);
            var halfOffset = (nuint)(label * lanes);
            var suspect = false;
            for (var group = 0; group < lanes; group += ElkanGroup)
            {
                var lower = Vector256.LoadUnsafe(ref lowerStart, offset + (nuint)group);
                lower = Vector256.MaxNative(Vector256<float>.Zero, (lower * shrink) - Vector256.LoadUnsafe(ref shiftStart, (nuint)group));
                lower.StoreUnsafe(ref lowerStart, offset + (nuint)group);
                var bound = Vector256.MaxNative(lower, Vector256.LoadUnsafe(ref halfStart, halfOffset + (nuint)group));
                suspect |= Vector256.GreaterThanOrEqualAny(upper, bound);
            }

            if (!suspect)
            {
                _upper[row] = rowUpper;
                continue;
            }

            var x = values.Slice(row * features, features);
            var own = SquaredDistance.Between(x, centres.Slice(label * features, features));
            upper = Vector256.Create(GrownFloat(Math.Sqrt(own) * UpperMargin));
            var best = label;
            var bestDistance = own;
            for (var group = 0; group < lanes; group += ElkanGroup)
            {
                var bound = Vector256.MaxNative(
                    Vector256.LoadUnsafe(ref lowerStart, offset + (nuint)group), Vector256.LoadUnsafe(ref halfStart, halfOffset + (nuint)group));
                var candidates = Vector256.GreaterThanOrEqual(upper, bound).ExtractMostSignificantBits();
                while (candidates != 0)
                {
                    var cluster = group + System.Numerics.BitOperations.TrailingZeroCount(candidates);
                    candidates &= candidates - 1;
                    var distance = SquaredDistance.Between(x, centres.Slice(cluster * features, features));
                    Unsafe.Add(ref lowerStart, offset + (nuint)cluster) = ShrunkFloat(Math.Sqrt(distance));
                    if (distance < bestDistance || (distance == bestDistance && cluster < best))
                    {
                        best = cluster;
                        bestDistance = distance;
                    }
                }
            }

            _upper[row] = Math.Sqrt(bestDistance) * UpperMargin;
            if (best != label)
            {
                Unsafe.Add(ref lowerStart, offset + (nuint)label) = ShrunkFloat(Math.Sqrt(own));
                MoveRow(values, row, label, best, block);
                Labels[row] = best;
                changed++;
            }
        }

        _blockChanged[block] = changed;
    }

    /// <summary>
    /// The first pass, with no bounds yet: scores every centre for four rows at a time through the norms-trick kernel,
    /// labels each row as Lloyd does, and sets every lower bound from its score widened by the kernel's error bound.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int ElkanFirstPass(ReadOnlySpan<T> values, int start, int end, int block)
    {
        var features = _features;
        var padded = _pack.PaddedCount;
        var lanes = _elkanLanes;
        Span<double> scores = stackalloc double[NearestCentreKernel.RowTile * padded];
        for (var first = start; first < end; first += NearestCentreKernel.RowTile)
        {
            var count = Math.Min(NearestCentreKernel.RowTile, end - first);
            var last = first + count - 1;
            NearestCentreKernel.ScoreFourRows(values, first, Math.Min(first + 1, last), Math.Min(first + 2, last), last, _pack, scores);
            for (var r = 0; r < count; r++)
            {
                var row = first + r;
                var norm = _problem.RowNorms[row];
                var rowScores = scores.Slice(r * padded, padded);
                var errorBound = NearestCentreKernel.ErrorBound(norm, _pack);
                var lower = _elkanLower.AsSpan(row * lanes, lanes);
                for (var cluster = 0; cluster < _clusterCount; cluster++)
                {
                    lower[cluster] = ShrunkFloat(Math.Sqrt(Math.Max(0, norm + rowScores[cluster] - errorBound)));
                }

                var best = NearestCentreKernel.DecideWithSecond(values.Slice(row * features, features), norm, _pack, rowScores, out var nearest, out _);
                _upper[row] = Math.Sqrt(nearest) * UpperMargin;
                MoveRow(values, row, -1, best, block);
                Labels[row] = best;
            }
        }

        return end - start;
    }

    /// <summary>A float no larger than <paramref name="value"/> (a non-negative lower bound).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float ShrunkFloat(double value) => (float)value * (1 - FloatSlack);

    /// <summary>A float no smaller than <paramref name="value"/> (a non-negative upper bound).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float GrownFloat(double value) => (float)value * (1 + FloatSlack);
}
