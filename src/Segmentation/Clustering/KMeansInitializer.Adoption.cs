using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Segmentation.Clustering;

/// <summary>
/// k-means++'s adoption of the winning candidate: the candidates' pass marks, a bit per candidate in a byte per row,
/// the rows each would bring nearer, and only the winner's marked rows are scored again.
/// </summary>
internal sealed partial class KMeansInitializer<T>
{
    /// <summary>Candidates a row's byte of marks can hold; with more (k above 1,096), each winner is adopted by a full pass.</summary>
    private const int MarkedTrials = 8;

    private readonly Action<int> _adoptWinner;
    private readonly int _markedTrials;

    /// <summary>Bit t of a row's byte: candidate t would bring the row nearer than its nearest chosen centre.</summary>
    private byte[] _nearer = [];

    /// <summary>The candidate being adopted, for <see cref="AdoptWinnerBlock"/>.</summary>
    private int _winner;

    /// <summary>
    /// Makes candidate <paramref name="winner"/> (<paramref name="centre"/>, of potential <paramref name="potential"/>) a
    /// chosen centre: each row it brings nearer takes its distance to it. A row's distance to a candidate has the same
    /// bits whichever rows share its call, so the distances adopted are those the candidates' pass summed. Returns the
    /// new potential.
    /// </summary>
    private double AdoptCandidate(int winner, ReadOnlySpan<double> centre, double potential)
    {
        if (_nearer.Length != _problem.Rows)
        {
            return Adopt(centre);
        }

        _winner = winner;
        _problem.Partition.ForEachBlock(_adoptWinner);
        return potential;
    }

    /// <summary>Scores the winner again against one block's rows that it brings nearer, four at a time, and adopts their distances.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AdoptWinnerBlock(int block)
    {
        var partition = _problem.Partition;
        var mark = Vector256.Create((byte)(1 << _winner));
        Span<int> rows = stackalloc int[NearestCentreKernel.RowTile];
        var count = 0;
        var row = partition.Start(block);
        var end = partition.End(block);
        ref var nearer = ref MemoryMarshal.GetArrayDataReference(_nearer);
        for (; row < end; row += Vector256<byte>.Count)
        {
            var marked = row + Vector256<byte>.Count <= end
                ? (~Vector256.Equals(Vector256.LoadUnsafe(ref nearer, (nuint)row) & mark, Vector256<byte>.Zero)).ExtractMostSignificantBits()
                : MarksOfTail(row, end, mark.GetElement(0));
            for (; marked != 0; marked &= marked - 1)
            {
                rows[count++] = row + BitOperations.TrailingZeroCount(marked);
                if (count == NearestCentreKernel.RowTile)
                {
                    AdoptFour(rows);
                    count = 0;
                }
            }
        }

        if (count > 0)
        {
            // Short of four: the last row fills the rest, and takes the same distance each time.
            rows[count..].Fill(rows[count - 1]);
            AdoptFour(rows);
        }
    }

    /// <summary>The marks of rows <paramref name="row"/> .. <paramref name="end"/> - 1 (fewer than 32), a bit per row.</summary>
    private uint MarksOfTail(int row, int end, byte mark)
    {
        var marked = 0u;
        for (var index = row; index < end; index++)
        {
            marked |= (_nearer[index] & mark) != 0 ? 1u << (index - row) : 0;
        }

        return marked;
    }

    /// <summary>Scores the winner against four rows as the candidates' pass did, and adopts each row's distance where nearer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AdoptFour(ReadOnlySpan<int> rows)
    {
        var pack = _trialPack;
        ReadOnlySpan<T> values = _problem.Values;
        var group = _winner / CentrePack.GroupWidth * CentrePack.GroupWidth;
        Span<Vector256<double>> columns = stackalloc Vector256<double>[CentrePack.GroupWidth];
        if (NearestCentreKernel.ScoresCandidatesInLanes(pack))
        {
            NearestCentreKernel.ScoreFourRowsInLanes(values, rows[0], rows[1], rows[2], rows[3], pack, columns);
        }
        else
        {
            Span<double> scores = stackalloc double[NearestCentreKernel.RowTile * pack.PaddedCount];
            NearestCentreKernel.ScoreFourRows(values, rows[0], rows[1], rows[2], rows[3], pack, scores);
            Transpose(scores, pack.PaddedCount, group, columns);
        }

        var norms = _problem.RowNorms;
        var closest = _closest;
        var norm = Vector256.Create(norms[rows[0]], norms[rows[1]], norms[rows[2]], norms[rows[3]]);
        var current = Vector256.Create(closest[rows[0]], closest[rows[1]], closest[rows[2]], closest[rows[3]]);
        var nearest = Vector256.MinNative(current, Vector256.MaxNative(Vector256<double>.Zero, norm + columns[_winner - group]));
        for (var lane = 0; lane < NearestCentreKernel.RowTile; lane++)
        {
            closest[rows[lane]] = nearest.GetElement(lane);
        }
    }

    /// <summary>
    /// Moves bit r of <paramref name="rowBits"/> (one bit per row of a four-row tile) to bit <paramref name="trial"/> of
    /// byte r, for one little-endian store of the tile's four bytes of marks.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint SpreadToBytes(uint rowBits, int trial)
    {
        if (Bmi2.IsSupported)
        {
            return Bmi2.ParallelBitDeposit(rowBits, 0x01010101u << trial);
        }

        var spread = 0u;
        for (var row = 0; row < NearestCentreKernel.RowTile; row++)
        {
            spread |= ((rowBits >> row) & 1) << ((8 * row) + trial);
        }

        return spread;
    }
}
