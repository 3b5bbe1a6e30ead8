using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Segmentation.Clustering;

/// <summary>Hamerly's full search scored in float, eight rows decided at once by the kernel's lane form.</summary>
internal sealed partial class LloydSolver<T>
{
    /// <summary>Whether Hamerly's search decides rows eight at a time (see <see cref="NearestCentreKernel.DecidesInLanes"/>).</summary>
    private readonly bool _searchInLanes;

    /// <summary>
    /// Searches the first <paramref name="count"/> (a multiple of eight) of the <paramref name="rows"/> that failed their
    /// bounds eight at a time, as <see cref="SearchPending"/> does four at a time: the eight rows are scored and decided
    /// together, and each gets the label, bounds and move that <see cref="NearestCentreKernel.DecideWithSecond"/> would
    /// give it. The rows after <paramref name="count"/> are only fetched ahead. Returns how many rows changed cluster.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int SearchPendingInLanes(ReadOnlySpan<T> values, ReadOnlySpan<int> rows, int count, int block)
    {
        System.Diagnostics.Debug.Assert(count % NearestCentreKernel.LaneRows == 0 && count <= rows.Length, "whole groups of the rows");
        const int Lanes = NearestCentreKernel.LaneRows;
        var features = _features;
        var narrowed = typeof(T) == typeof(float) ? [] : NearestCentreKernel.NarrowedRows(Lanes * features);
        ReadOnlySpan<double> rowNorms = _problem.RowNorms;
        Span<double> norms = stackalloc double[Lanes];
        Span<float> upperOffsets = stackalloc float[Lanes];
        Span<float> lowerOffsets = stackalloc float[Lanes];
        Span<int> index = stackalloc int[Lanes];
        Span<int> previous = stackalloc int[Lanes];
        var labels = Labels;
        var rowUpperOffsets = UpperOffsets;
        var rowLowerOffsets = LowerOffsets;
        var changed = 0;
        for (var searched = 0; searched < count; searched += Lanes)
        {
            var eight = rows.Slice(searched, Lanes);
            for (var lane = 0; lane < Lanes; lane++)
            {
                norms[lane] = rowNorms[eight[lane]];
                previous[lane] = labels[eight[lane]];

                // The failing rows are scattered, where the hardware prefetcher does not follow: ask for the next eight,
                // and for their norms.
                var ahead = rows[Math.Min(searched + Lanes + lane, rows.Length - 1)];
                PrefetchRow(values, ahead);
                Prefetch(rowNorms, ahead, 1);
            }

            NearestCentreKernel.NearestOfEight(values, eight, _pack, narrowed, out var best, out var second, out var at);
            NearestCentreKernel.ErrorBounds(norms, _pack, out var boundLow, out var boundHigh);
            var clear = NearestCentreKernel.ClearLanes(best, second, boundLow, boundHigh);
            at.CopyTo(index);

            // Only the lanes whose label moved, or that the float scores could not call, need more: one branch per
            // such lane, not one per row on data the predictor cannot learn.
            var unsettled = (~Vector256.Equals(at, Vector256.Create((ReadOnlySpan<int>)previous))).ExtractMostSignificantBits() | (~clear & ((1u << Lanes) - 1));
            for (; unsettled != 0; unsettled &= unsettled - 1)
            {
                var lane = BitOperations.TrailingZeroCount(unsettled);
                var row = eight[lane];
                var nearest = (clear & (1u << lane)) != 0
                    ? index[lane]
                    : SquaredDistance.Nearest(values.Slice(row * features, features), _pack.Centres, _clusterCount, out _);
                index[lane] = nearest;
                changed += Relabel(values, row, previous[lane], nearest, block);
            }

            // As DecideWithSecond: the upper bound covers the exact nearest even where the fallback chose another centre.
            var normLow = Vector256.Create((ReadOnlySpan<double>)norms);
            var normHigh = Vector256.Create(((ReadOnlySpan<double>)norms)[4..]);
            var (upperLow, lowerLow) = Bounds(normLow, Vector256.WidenLower(best), Vector256.WidenLower(second), boundLow);
            var (upperHigh, lowerHigh) = Bounds(normHigh, Vector256.WidenUpper(best), Vector256.WidenUpper(second), boundHigh);
            var (driftLow, driftHigh) = ByLabel(_drift, index);
            HamerlyBounds.UpperOffsets(upperLow, upperHigh, driftLow, driftHigh).CopyTo(upperOffsets);
            var (otherDriftLow, otherDriftHigh) = ByLabel(_otherDrift, index);
            HamerlyBounds.LowerOffsets(lowerLow, lowerHigh, otherDriftLow, otherDriftHigh).CopyTo(lowerOffsets);
            for (var lane = 0; lane < Lanes; lane++)
            {
                rowUpperOffsets[eight[lane]] = upperOffsets[lane];
                rowLowerOffsets[eight[lane]] = lowerOffsets[lane];
            }
        }

        return changed;
    }

    /// <summary>Eight lanes' entries of a per-centre <paramref name="table"/>, by each lane's label: lanes 0-3 in the first vector, 4-7 in the second.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (Vector256<double> Low, Vector256<double> High) ByLabel(double[] table, ReadOnlySpan<int> labels) =>
        (Vector256.Create(table[labels[0]], table[labels[1]], table[labels[2]], table[labels[3]]),
         Vector256.Create(table[labels[4]], table[labels[5]], table[labels[6]], table[labels[7]]));

    /// <summary>Four rows' Hamerly bounds from their squared norms, lowest and second-lowest scores and error bounds.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (Vector256<double> Upper, Vector256<double> Lower) Bounds(Vector256<double> norm, Vector256<double> best, Vector256<double> second, Vector256<double> bound) =>
        // Never NaN: the native maximum serves.
        (Vector256.Sqrt(Vector256.MaxNative(Vector256<double>.Zero, norm + best + bound)) * UpperMargin,
         Vector256.Sqrt(Vector256.MaxNative(Vector256<double>.Zero, norm + second - bound)) * LowerMargin);
}
