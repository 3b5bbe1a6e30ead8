using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Segmentation.Clustering;

namespace Segmentation.Evaluation;

/// <summary>
/// Sums of Euclidean distances from a row to every row of each cluster, without any n x n matrix.
/// </summary>
/// <remarks>
/// The data is copied once, sorted by cluster and stored feature-major (feature f of sorted row j at f * n + j), so
/// that one SIMD vector holds one feature of four consecutive rows of the same cluster. Four query rows are handled
/// together against eight data rows at a time (eight independent accumulators keep both FMA pipes busy), and every
/// squared distance is summed from exact differences (x_i - x_j)^2: the norms trick |x|^2 + |y|^2 - 2 x.y cancels
/// badly for nearby points and would not reproduce scikit-learn's per-sample values to 1e-9. Memory: n x d doubles
/// plus the cluster offsets. The order of every sum is fixed, so a row's sums do not depend on threads.
/// </remarks>
internal sealed partial class SilhouetteDistanceSums
{
    /// <summary>Query rows handled together by the kernel.</summary>
    public const int QueryRows = 4;

    /// <summary>Data rows per tile: a multiple of 16, so only a cluster's last tile has a tail.</summary>
    private const int TileRows = 1024;

    private readonly double[] _featureMajor;
    private readonly int[] _clusterStart;
    private readonly int _rows;
    private readonly int _features;
    private readonly int[] _order;

    public SilhouetteDistanceSums(DenseMatrix data, LabelSet labels)
    {
        _rows = data.Rows;
        _features = data.Columns;
        var clusters = labels.ClusterCount;
        _clusterStart = new int[clusters + 1];
        for (var cluster = 0; cluster < clusters; cluster++)
        {
            _clusterStart[cluster + 1] = _clusterStart[cluster] + labels.Counts[cluster];
        }

        var next = _clusterStart.AsSpan(0, clusters).ToArray();
        _order = new int[_rows];
        _featureMajor = new double[(long)_rows * _features > 0 ? _rows * _features : 0];
        for (var row = 0; row < _rows; row++)
        {
            var position = next[labels.Compact[row]]++;
            _order[position] = row;
            var values = data.Row(row);
            for (var feature = 0; feature < _features; feature++)
            {
                _featureMajor[(feature * _rows) + position] = values[feature];
            }
        }
    }

    public int ClusterCount => _clusterStart.Length - 1;

    /// <summary>
    /// Writes, for each query row, the distance sum to every cluster: <paramref name="sums"/>[r * k + c].
    /// </summary>
    /// <remarks>
    /// Each cluster's rows are visited in tiles of <see cref="TileRows"/> (about 128 KB at 16 features, so a tile
    /// stays in L2 while every query row of the block passes over it); a row's sum adds the tiles' sums in tile order,
    /// so it does not depend on which other rows share its block.
    /// </remarks>
    /// <param name="queries">Query rows, row-major, padded to a multiple of four rows (padding rows are ignored).</param>
    /// <param name="queryCount">How many of the rows in <paramref name="queries"/> are real.</param>
    /// <param name="sums">queryCount x k values, overwritten.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Compute(ReadOnlySpan<double> queries, int queryCount, Span<double> sums)
    {
        var clusters = ClusterCount;
        var quads = (queryCount + QueryRows - 1) / QueryRows;
        Debug.Assert(queries.Length >= quads * QueryRows * _features, "queries are padded to whole quads");
        Debug.Assert(sums.Length >= queryCount * clusters, "room for every sum");
        sums[..(queryCount * clusters)].Clear();

        Span<double> tileSums = stackalloc double[QueryRows];
        for (var cluster = 0; cluster < clusters; cluster++)
        {
            var end = _clusterStart[cluster + 1];
            for (var tile = _clusterStart[cluster]; tile < end; tile += TileRows)
            {
                var tileEnd = Math.Min(end, tile + TileRows);
                for (var quad = 0; quad < quads; quad++)
                {
                    SumCluster(queries.Slice(quad * QueryRows * _features, QueryRows * _features), tile, tileEnd, tileSums);
                    var rows = Math.Min(QueryRows, queryCount - (quad * QueryRows));
                    for (var r = 0; r < rows; r++)
                    {
                        sums[(((quad * QueryRows) + r) * clusters) + cluster] += tileSums[r];
                    }
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void SumCluster(ReadOnlySpan<double> queries, int start, int end, Span<double> result)
    {
        if (Vector512.IsHardwareAccelerated)
        {
            SumCluster512(queries, start, end, result);
        }
        else
        {
            SumCluster256(queries, start, end, result, 0, 0, 0, 0);
        }
    }

    /// <summary>The AVX-512 kernel: 4 query rows x 16 data rows per step; the rest goes to the 256-bit kernel.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void SumCluster512(ReadOnlySpan<double> queries, int start, int end, Span<double> result)
    {
        var features = _features;
        var stride = _rows;
        ref var columns = ref MemoryMarshal.GetArrayDataReference(_featureMajor);
        ref var q0 = ref MemoryMarshal.GetReference(queries);
        ref var q1 = ref Unsafe.Add(ref q0, features);
        ref var q2 = ref Unsafe.Add(ref q1, features);
        ref var q3 = ref Unsafe.Add(ref q2, features);

        var total0 = Vector512<double>.Zero;
        var total1 = Vector512<double>.Zero;
        var total2 = Vector512<double>.Zero;
        var total3 = Vector512<double>.Zero;
        var j = start;
        for (; j + 16 <= end; j += 16)
        {
            Vector512<double> a00 = default, a01 = default, a10 = default, a11 = default;
            Vector512<double> a20 = default, a21 = default, a30 = default, a31 = default;
            ref var column = ref Unsafe.Add(ref columns, j);
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

            total0 += Vector512.Sqrt(a00) + Vector512.Sqrt(a01);
            total1 += Vector512.Sqrt(a10) + Vector512.Sqrt(a11);
            total2 += Vector512.Sqrt(a20) + Vector512.Sqrt(a21);
            total3 += Vector512.Sqrt(a30) + Vector512.Sqrt(a31);
        }

        SumCluster256(
            queries, j, end, result, Vector512.Sum(total0), Vector512.Sum(total1), Vector512.Sum(total2), Vector512.Sum(total3));
    }

    /// <summary>The 256-bit kernel: 4 query rows x 8 data rows per step, then 4, then one at a time.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void SumCluster256(
        ReadOnlySpan<double> queries, int start, int end, Span<double> result, double sum0, double sum1, double sum2, double sum3)
    {
        var features = _features;
        var stride = _rows;
        ref var columns = ref MemoryMarshal.GetArrayDataReference(_featureMajor);
        ref var q0 = ref MemoryMarshal.GetReference(queries);
        ref var q1 = ref Unsafe.Add(ref q0, features);
        ref var q2 = ref Unsafe.Add(ref q1, features);
        ref var q3 = ref Unsafe.Add(ref q2, features);

        var total0 = Vector256<double>.Zero;
        var total1 = Vector256<double>.Zero;
        var total2 = Vector256<double>.Zero;
        var total3 = Vector256<double>.Zero;
        var j = start;
        for (; j + 8 <= end; j += 8)
        {
            Vector256<double> a00 = default, a01 = default, a10 = default, a11 = default;
            Vector256<double> a20 = default, a21 = default, a30 = default, a31 = default;
            for (var f = 0; f < features; f++)
            {
                ref var column = ref Unsafe.Add(ref columns, (nint)f * stride + j);
                var v0 = Vector256.LoadUnsafe(ref column);
                var v1 = Vector256.LoadUnsafe(ref column, 4);
                var b = Vector256.Create(Unsafe.Add(ref q0, f));
                var d0 = v0 - b;
                var d1 = v1 - b;
                a00 = Vector256.FusedMultiplyAdd(d0, d0, a00);
                a01 = Vector256.FusedMultiplyAdd(d1, d1, a01);
                b = Vector256.Create(Unsafe.Add(ref q1, f));
                d0 = v0 - b;
                d1 = v1 - b;
                a10 = Vector256.FusedMultiplyAdd(d0, d0, a10);
                a11 = Vector256.FusedMultiplyAdd(d1, d1, a11);
                b = Vector256.Create(Unsafe.Add(ref q2, f));
                d0 = v0 - b;
                d1 = v1 - b;
                a20 = Vector256.FusedMultiplyAdd(d0, d0, a20);
                a21 = Vector256.FusedMultiplyAdd(d1, d1, a21);
                b = Vector256.Create(Unsafe.Add(ref q3, f));
                d0 = v0 - b;
                d1 = v1 - b;
                a30 = Vector256.FusedMultiplyAdd(d0, d0, a30);
                a31 = Vector256.FusedMultiplyAdd(d1, d1, a31);
            }

            total0 += Vector256.Sqrt(a00) + Vector256.Sqrt(a01);
            total1 += Vector256.Sqrt(a10) + Vector256.Sqrt(a11);
            total2 += Vector256.Sqrt(a20) + Vector256.Sqrt(a21);
            total3 += Vector256.Sqrt(a30) + Vector256.Sqrt(a31);
        }

        if (j + 4 <= end)
        {
            Vector256<double> a0 = default, a1 = default, a2 = default, a3 = default;
            for (var f = 0; f < features; f++)
            {
                var v = Vector256.LoadUnsafe(ref Unsafe.Add(ref columns, (nint)f * stride + j));
                var d = v - Vector256.Create(Unsafe.Add(ref q0, f));
                a0 = Vector256.FusedMultiplyAdd(d, d, a0);
                d = v - Vector256.Create(Unsafe.Add(ref q1, f));
                a1 = Vector256.FusedMultiplyAdd(d, d, a1);
                d = v - Vector256.Create(Unsafe.Add(ref q2, f));
                a2 = Vector256.FusedMultiplyAdd(d, d, a2);
                d = v - Vector256.Create(Unsafe.Add(ref q3, f));
                a3 = Vector256.FusedMultiplyAdd(d, d, a3);
            }

            total0 += Vector256.Sqrt(a0);
            total1 += Vector256.Sqrt(a1);
            total2 += Vector256.Sqrt(a2);
            total3 += Vector256.Sqrt(a3);
            j += 4;
        }

        result[0] = sum0 + Vector256.Sum(total0) + ScalarTail(ref q0, j, end);
        result[1] = sum1 + Vector256.Sum(total1) + ScalarTail(ref q1, j, end);
        result[2] = sum2 + Vector256.Sum(total2) + ScalarTail(ref q2, j, end);
        result[3] = sum3 + Vector256.Sum(total3) + ScalarTail(ref q3, j, end);
    }

    private double ScalarTail(ref double query, int start, int end)
    {
        var sum = 0.0;
        for (var j = start; j < end; j++)
        {
            var squared = 0.0;
            for (var f = 0; f < _features; f++)
            {
                var d = _featureMajor[(f * _rows) + j] - Unsafe.Add(ref query, f);
                squared = Math.FusedMultiplyAdd(d, d, squared);
            }

            sum += Math.Sqrt(squared);
        }

        return sum;
    }
}
