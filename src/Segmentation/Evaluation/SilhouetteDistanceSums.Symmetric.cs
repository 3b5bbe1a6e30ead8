using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Segmentation.Evaluation;

/// <summary>
/// Every row's distance sums at once, computing each distance once (d(i, j) = d(j, i)), deterministically.
/// </summary>
/// <remarks>
/// The sorted rows are cut into tiles that never straddle a cluster; there are at most about 32 + k of them, so the
/// per-row, per-tile partial sums take O(n (32 + k)) memory. Each pair of tiles (a &lt;= b) is one task: it writes the
/// sums of a's rows over b into slots (row, b) and the sums of b's rows over a into slots (row, a). Every slot is
/// written by exactly one task, with a fixed order inside it, and a row's cluster sum adds its slots in tile order,
/// so the result is the same at any degree of parallelism.
/// </remarks>
internal sealed partial class SilhouetteDistanceSums
{
    private const int TargetTiles = 32;

    /// <summary>Whether <see cref="ComputeAll"/> is available: it uses the AVX-512 kernel.</summary>
    public static bool SymmetricSupported => Vector512.IsHardwareAccelerated;

    /// <summary>Returns the distance sums of every row to every cluster, n x k, indexed by original row.</summary>
    public double[] ComputeAll(int maxDegreeOfParallelism, CancellationToken cancellationToken)
    {
        var tileRows = Math.Max(16, ((_rows + TargetTiles - 1) / TargetTiles + 15) / 16 * 16);
        var tiles = new List<(int Start, int End, int Cluster)>();
        for (var cluster = 0; cluster < ClusterCount; cluster++)
        {
            for (var start = _clusterStart[cluster]; start < _clusterStart[cluster + 1]; start += tileRows)
            {
                tiles.Add((start, Math.Min(_clusterStart[cluster + 1], start + tileRows), cluster));
            }
        }

        var tileCount = tiles.Count;
        var slots = new double[(long)_rows * tileCount];
        var pairs = new List<(int A, int B)>(tileCount * (tileCount + 1) / 2);
        for (var a = 0; a < tileCount; a++)
        {
            for (var b = a; b < tileCount; b++)
            {
                pairs.Add((a, b));
            }
        }

        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = maxDegreeOfParallelism };
        Parallel.For(0, pairs.Count, options, index =>
        {
            var (a, b) = pairs[index];
            TilePair(tiles[a].Start, tiles[a].End, a, tiles[b].Start, tiles[b].End, b, slots, tileCount);
        });

        var clusters = ClusterCount;
        var sums = new double[_rows * clusters];
        for (var position = 0; position < _rows; position++)
        {
            var target = sums.AsSpan(_order[position] * clusters, clusters);
            for (var t = 0; t < tileCount; t++)
            {
                target[tiles[t].Cluster] += slots[((long)position * tileCount) + t];
            }
        }

        return sums;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void TilePair(int aStart, int aEnd, int a, int bStart, int bEnd, int b, double[] slots, int tileCount)
    {
        var features = _features;
        var aRows = aEnd - aStart;
        var bRows = bEnd - bStart;
        var padded = (aRows + QueryRows - 1) / QueryRows * QueryRows;
        var queries = ArrayPool<double>.Shared.Rent(padded * features);
        var columnSums = ArrayPool<double>.Shared.Rent(bRows + 16);
        try
        {
            // Tile a's rows, row-major; padding rows repeat the last one.
            for (var r = 0; r < padded; r++)
            {
                var position = aStart + Math.Min(r, aRows - 1);
                for (var f = 0; f < features; f++)
                {
                    queries[(r * features) + f] = _featureMajor[(f * _rows) + position];
                }
            }

            var columns = columnSums.AsSpan(0, bRows);
            columns.Clear();
            var symmetric = a != b;
            Span<double> rowSums = stackalloc double[QueryRows];
            for (var quad = 0; quad < padded; quad += QueryRows)
            {
                var real = Math.Min(QueryRows, aRows - quad);
                var quadValues = queries.AsSpan(quad * features, QueryRows * features);
                PairKernel(quadValues, bStart, bEnd, rowSums, columns, symmetric && real == QueryRows);
                for (var r = 0; r < real; r++)
                {
                    slots[((long)(aStart + quad + r) * tileCount) + b] = rowSums[r];
                }

                if (symmetric && real < QueryRows)
                {
                    for (var r = 0; r < real; r++)
                    {
                        ref var query = ref queries[(quad + r) * features];
                        for (var j = bStart; j < bEnd; j++)
                        {
                            columns[j - bStart] += Distance(ref query, j);
                        }
                    }
                }
            }

            if (symmetric)
            {
                for (var j = 0; j < bRows; j++)
                {
                    slots[((long)(bStart + j) * tileCount) + a] = columns[j];
                }
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(queries);
            ArrayPool<double>.Shared.Return(columnSums);
        }
    }

    /// <summary>Four query rows against data rows start .. end: row sums, and (optionally) each data row's sum over the four.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void PairKernel(ReadOnlySpan<double> queries, int start, int end, Span<double> rowSums, Span<double> columnSums, bool accumulateColumns)
    {
        var features = _features;
        var stride = _rows;
        ref var data = ref MemoryMarshal.GetArrayDataReference(_featureMajor);
        ref var q0 = ref MemoryMarshal.GetReference(queries);
        ref var q1 = ref Unsafe.Add(ref q0, features);
        ref var q2 = ref Unsafe.Add(ref q1, features);
        ref var q3 = ref Unsafe.Add(ref q2, features);
        ref var columnTotals = ref MemoryMarshal.GetReference(columnSums);

        var total0 = Vector512<double>.Zero;
        var total1 = Vector512<double>.Zero;
        var total2 = Vector512<double>.Zero;
        var total3 = Vector512<double>.Zero;
        var j = start;
        for (; j + 16 <= end; j += 16)
        {
            Vector512<double> a00 = default, a01 = default, a10 = default, a11 = default;
            Vector512<double> a20 = default, a21 = default, a30 = default, a31 = default;
            ref var column = ref Unsafe.Add(ref data, j);
            for (var f = 0; f < features; f++)
            {
                var v0 = Vector512.LoadUnsafe(ref column);
                var v1 = Vector512.LoadUnsafe(ref column, 8);
                column = ref Unsafe.Add(ref column, stride);
                var b = Vector512.Create(Unsafe.Add(ref q0, f));
                var d0 = v0 - b;
                var d1 = v1 - b;
                a00 = Vector512.FusedMultiplyAdd(d0, d0, a00);
                a01 = Vector512.FusedMultiplyAdd(d1, d1, a01);
                b = Vector512.Create(Unsafe.Add(ref q1, f));
                d0 = v0 - b;
                d1 = v1 - b;
                a10 = Vector512.FusedMultiplyAdd(d0, d0, a10);
                a11 = Vector512.FusedMultiplyAdd(d1, d1, a11);
                b = Vector512.Create(Unsafe.Add(ref q2, f));
                d0 = v0 - b;
                d1 = v1 - b;
                a20 = Vector512.FusedMultiplyAdd(d0, d0, a20);
                a21 = Vector512.FusedMultiplyAdd(d1, d1, a21);
                b = Vector512.Create(Unsafe.Add(ref q3, f));
                d0 = v0 - b;
                d1 = v1 - b;
                a30 = Vector512.FusedMultiplyAdd(d0, d0, a30);
                a31 = Vector512.FusedMultiplyAdd(d1, d1, a31);
            }

            a00 = Vector512.Sqrt(a00);
            a01 = Vector512.Sqrt(a01);
            a10 = Vector512.Sqrt(a10);
            a11 = Vector512.Sqrt(a11);
            a20 = Vector512.Sqrt(a20);
            a21 = Vector512.Sqrt(a21);
            a30 = Vector512.Sqrt(a30);
            a31 = Vector512.Sqrt(a31);
            total0 += a00 + a01;
            total1 += a10 + a11;
            total2 += a20 + a21;
            total3 += a30 + a31;
            if (accumulateColumns)
            {
                ref var c = ref Unsafe.Add(ref columnTotals, j - start);
                (Vector512.LoadUnsafe(ref c) + ((a00 + a10) + (a20 + a30))).StoreUnsafe(ref c);
                (Vector512.LoadUnsafe(ref c, 8) + ((a01 + a11) + (a21 + a31))).StoreUnsafe(ref c, 8);
            }
        }

        var sum0 = Vector512.Sum(total0);
        var sum1 = Vector512.Sum(total1);
        var sum2 = Vector512.Sum(total2);
        var sum3 = Vector512.Sum(total3);
        for (; j < end; j++)
        {
            var d0 = Distance(ref q0, j);
            var d1 = Distance(ref q1, j);
            var d2 = Distance(ref q2, j);
            var d3 = Distance(ref q3, j);
            sum0 += d0;
            sum1 += d1;
            sum2 += d2;
            sum3 += d3;
            if (accumulateColumns)
            {
                columnSums[j - start] += (d0 + d1) + (d2 + d3);
            }
        }

        rowSums[0] = sum0;
        rowSums[1] = sum1;
        rowSums[2] = sum2;
        rowSums[3] = sum3;
    }

    private double Distance(ref double query, int position)
    {
        var squared = 0.0;
        for (var f = 0; f < _features; f++)
        {
            var d = _featureMajor[(f * _rows) + position] - Unsafe.Add(ref query, f);
            squared = Math.FusedMultiplyAdd(d, d, squared);
        }

        return Math.Sqrt(squared);
    }
}
