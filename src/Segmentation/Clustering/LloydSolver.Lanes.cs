using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Segmentation.Clustering;

/// <summary>Hamerly's full search for float rows, eight rows decided at once by the kernel's lane form.</summary>
internal sealed partial class LloydSolver<T>
{
    /// <summary>Whether Hamerly's search decides float rows eight at a time (see <see cref="NearestCentreKernel.DecidesInLanes"/>).</summary>
    private readonly bool _searchInLanes;

    /// <summary>
    /// Searches the <paramref name="rows"/> that failed their bounds eight at a time, as <see cref="SearchPending"/> does
    /// four at a time: the eight rows are scored and decided together, and each gets the label,
    /// bounds and move that <see cref="NearestCentreKernel.DecideWithSecond"/> would give it. Returns how many rows
    /// changed cluster; <paramref name="searched"/> is how many rows it took (a multiple of eight).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int SearchPendingInLanes(ReadOnlySpan<T> values, ReadOnlySpan<int> rows, int block, out int searched)
    {
        const int Lanes = NearestCentreKernel.LaneRows;
        var features = _features;
        ReadOnlySpan<float> singles = MemoryMarshal.Cast<T, float>(values);
        Span<double> norms = stackalloc double[Lanes];
        Span<float> best = stackalloc float[Lanes];
        Span<float> second = stackalloc float[Lanes];
        Span<int> index = stackalloc int[Lanes];
        var changed = 0;
        searched = 0;
        for (; searched + Lanes <= rows.Length; searched += Lanes)
        {
            var eight = rows.Slice(searched, Lanes);
            for (var lane = 0; lane < Lanes; lane++)
            {
                norms[lane] = _problem.RowNorms[eight[lane]];
            }

            NearestCentreKernel.NearestOfEight(singles, eight, _pack, out var lowest, out var runnerUp, out var at);
            var clear = NearestCentreKernel.ClearLanes(lowest, runnerUp, norms, _pack);
            lowest.CopyTo(best);
            runnerUp.CopyTo(second);
            at.CopyTo(index);
            for (var lane = 0; lane < Lanes; lane++)
            {
                var row = rows[searched + lane];
                var norm = norms[lane];
                var nearest = (clear & (1u << lane)) != 0
                    ? index[lane]
                    : SquaredDistance.Nearest(values.Slice(row * features, features), _pack.Centres, _clusterCount, out _);

                // As DecideWithSecond: the bound covers the exact nearest even where the fallback chose another centre.
                var errorBound = NearestCentreKernel.ErrorBound(norm, _pack);
                _upper[row] = Math.Sqrt(Math.Max(0, norm + best[lane] + errorBound)) * UpperMargin;
                _lower[row] = Math.Sqrt(Math.Max(0, norm + second[lane] - errorBound)) * LowerMargin;
                var before = Labels[row];
                if (nearest != before)
                {
                    MoveRow(values, row, before, nearest, block);
                    Labels[row] = nearest;
                    changed++;
                }
            }
        }

        return changed;
    }
}
