using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Segmentation.Clustering;

/// <summary>
/// Runs exact K-Means iterations from given centres: plain Lloyd (every distance, through the norms-trick kernel), or
/// with Hamerly's bounds (one upper bound to the own centre, one lower bound to the second nearest, per row) or Elkan's
/// (one lower bound per centre, in LloydSolver.Elkan.cs), which skip the distances of rows that provably keep their
/// centre and so give the same labels and centres.
/// </summary>
/// <remarks>
/// The cluster sums are kept from one iteration to the next and updated only by the rows that change cluster (the row
/// leaves one sum and joins another), so an iteration in which few rows move reads little more than the bounds: with
/// bounds most rows are never touched. Every iteration applies the same updates in the same row order, so from the
/// same centres all three give the same bits. Every buffer is allocated once per fit, in the constructor, and
/// reused by every start; an iteration allocates nothing of its own. Per-block updates are reduced in block order, so
/// the result does not depend on the thread count.
/// </remarks>
/// <typeparam name="T">How the rows are stored; every sum and distance is computed in double.</typeparam>
internal sealed partial class LloydSolver<T>
    where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    /// <summary>Rows Lloyd's pass labels together before their sums are added, so they are still in cache.</summary>
    private const int TileRows = 256;

    /// <summary>
    /// Rows whose Hamerly bounds are moved before any of them is searched: enough that the search, which fetches each
    /// group's successor ahead, rarely starts a chunk cold, and few enough for the stack (16 KB of lists).
    /// </summary>
    private const int ChunkRows = 1024;

    /// <summary>
    /// When more than this share of a block's suspects needed the full search in the last iteration, the next one searches
    /// its suspects at once instead of first measuring their own distance, which would mostly be wasted. Either way gives
    /// the same labels; only the bounds kept differ. A block that searches at once counts every suspect as needing the
    /// search, so it keeps doing so: the full search also refreshes the lower bounds, which keeps later suspects few.
    /// Judging it instead by which suspects would have failed the own-distance check sent the blocks back to that check
    /// late in the peer fit, where it left twice the suspects (58,000 against 29,000, 24,000 of them searched).
    /// </summary>
    private const double SearchAllShare = 0.5;

    /// <summary>
    /// Rows are scored in float arithmetic while every squared norm stays below this, so that no value or score can
    /// overflow a float (a centre's squared norm is at most the largest row's).
    /// </summary>
    private const double SinglePrecisionNormLimit = 1e36;

    /// <summary>Double rows are rounded to float for scoring up to this many features (eight rounded rows per thread, 8 KB).</summary>
    private const int MaximumNarrowedFeatures = 256;

    /// <summary>How many rows ahead the own-distance pass asks the cache for the rows whose bounds failed.</summary>
    private const int PrefetchRows = 8;

    private const int CacheLineBytes = 64;

    private readonly KMeansProblem<T> _problem;
    private readonly int _clusterCount;
    private readonly int _features;
    private readonly double[] _blockSums;
    private readonly double[] _blockWeights;
    private readonly double[] _blockInertia;
    private readonly int[] _blockChanged;
    private readonly bool[] _blockSearchAll;
    private readonly int[] _blockMembers;
    private readonly double[] _sums;
    private readonly double[] _clusterWeights;
    private readonly int[] _members;
    /// <summary>Each row's exact squared distance to its centre, measured (and allocated) only to relocate an empty cluster.</summary>
    private double[] _ownDistance = [];
    private readonly Action<int> _assignAndAccumulate;
    private readonly Action<int> _assignOnly;
    private readonly Action<int> _measureInertia;
    private readonly CentrePack _pack;
    private readonly bool _useBounds;
    private readonly Action<int> _boundedAssignAndAccumulate;
    /// <summary>Elkan's upper bounds, one per row.</summary>
    private readonly double[] _upper = [];
    /// <summary>
    /// Hamerly's bounds as float offsets (see <see cref="HamerlyBounds"/>), n doubles' room for 2n floats: the upper
    /// bounds first, then the lower ones. Only <see cref="Run"/> reads them, so between runs they can be lent
    /// (<see cref="BoundStorage"/>).
    /// </summary>
    private readonly double[] _boundStorage = [];
    private readonly double[] _halfSeparation;
    private readonly double[] _centreShift;
    private readonly double[] _drift;
    private readonly double[] _otherDrift;
    private double[] _centres;
    private double[] _newCentres;

    private const double UpperMargin = BoundMargin.Upper;

    private const double LowerMargin = BoundMargin.Lower;

    /// <summary>Allocates every buffer of the fit.</summary>
    /// <param name="problem">The data.</param>
    /// <param name="clusterCount">k.</param>
    /// <param name="algorithm">Lloyd, Hamerly or Elkan (not Auto: the caller resolves it).</param>
    public LloydSolver(KMeansProblem<T> problem, int clusterCount, KMeansAlgorithm algorithm = KMeansAlgorithm.Lloyd)
    {
        System.Diagnostics.Debug.Assert(algorithm != KMeansAlgorithm.Auto, "the caller resolves Auto");
        _useBounds = algorithm == KMeansAlgorithm.Hamerly;
        _useElkan = algorithm == KMeansAlgorithm.Elkan;
        _halfSeparation = new double[clusterCount];
        _centreShift = new double[clusterCount];
        _drift = new double[clusterCount];
        _otherDrift = new double[clusterCount];
        if (_useElkan)
        {
            _upper = new double[problem.Rows];
        }

        if (_useBounds)
        {
            _boundStorage = new double[problem.Rows];
        }

        _elkanLanes = (clusterCount + ElkanGroup - 1) / ElkanGroup * ElkanGroup;
        if (_useElkan)
        {
            _elkanLower = new float[(long)problem.Rows * _elkanLanes];
            _elkanHalfSeparation = new float[clusterCount * _elkanLanes];
            _elkanShift = new float[_elkanLanes];
        }

        _problem = problem;
        _clusterCount = clusterCount;
        _features = problem.Features;
        var blocks = problem.Partition.BlockCount;
        _blockSums = new double[blocks * clusterCount * _features];
        _blockWeights = new double[blocks * clusterCount];
        _blockInertia = new double[blocks];
        _blockChanged = new int[blocks];
        _blockSearchAll = new bool[blocks];
        _blockMembers = new int[blocks * clusterCount];
        _sums = new double[clusterCount * _features];
        _clusterWeights = new double[clusterCount];
        _members = new int[clusterCount];
        _centres = new double[clusterCount * _features];
        _newCentres = new double[clusterCount * _features];
        Labels = new int[problem.Rows];
        var scoreInFloat = problem.LargestRowNorm <= SinglePrecisionNormLimit && (typeof(T) == typeof(float) || _features <= MaximumNarrowedFeatures);
        _pack = new CentrePack(clusterCount, _features, singlePrecision: scoreInFloat);
        _searchInLanes = _useBounds && NearestCentreKernel.DecidesInLanes(_pack);
        _assignAndAccumulate = AssignAndAccumulateBlock;
        _assignOnly = AssignBlock;
        _measureInertia = MeasureInertiaBlock;
        _boundedAssignAndAccumulate = BoundedAssignAndAccumulateBlock;
        _elkanAssignAndAccumulate = ElkanAssignAndAccumulateBlock;
    }

    /// <summary>Gets the centres: the start's centres before <see cref="Run"/>, the final centres after it.</summary>
    public Span<double> Centres => _centres;

    /// <summary>
    /// Gets n doubles of working storage that only <see cref="Run"/> uses (Hamerly's bounds), free to be lent between
    /// runs, as to k-means++ for its distances; empty when the iteration keeps no such bounds.
    /// </summary>
    public double[] BoundStorage => _boundStorage;

    /// <summary>Hamerly's upper bounds, as offsets from their centre's drift.</summary>
    private Span<float> UpperOffsets => MemoryMarshal.Cast<double, float>(_boundStorage.AsSpan())[.._problem.Rows];

    /// <summary>Hamerly's lower bounds, as offsets from their centre's others' drift.</summary>
    private Span<float> LowerOffsets => MemoryMarshal.Cast<double, float>(_boundStorage.AsSpan())[_problem.Rows..];

    /// <summary>Gets the labels against the final centres after <see cref="Run"/>.</summary>
    public int[] Labels { get; }

    /// <summary>Iterates from <see cref="Centres"/> until convergence or the limit, then labels every row against the final centres.</summary>
    public KMeansStartResult Run(int maximumIterations, double tolerance, CancellationToken cancellationToken)
    {
        Labels.AsSpan().Fill(-1);
        _blockSearchAll.AsSpan().Fill(true);
        _sums.AsSpan().Clear();
        _clusterWeights.AsSpan().Clear();
        _members.AsSpan().Clear();
        _centreShift.AsSpan().Clear();
        _drift.AsSpan().Clear();
        _otherDrift.AsSpan().Clear();
        var iterations = 0;
        var converged = false;
        var relocated = 0;
        while (iterations < maximumIterations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_useElkan)
            {
                MeasureElkanTables();
                _pack.Load(_centres);
                _problem.Partition.ForEachBlock(_elkanAssignAndAccumulate);
            }
            else if (_useBounds)
            {
                MeasureHalfSeparations();
                _pack.Load(_centres);
                _problem.Partition.ForEachBlock(_boundedAssignAndAccumulate);
            }
            else
            {
                _pack.Load(_centres);
                _problem.Partition.ForEachBlock(_assignAndAccumulate);
            }

            ApplyBlockUpdates();
            relocated += RelocateEmptyClusters();
            var shift = AverageAndMeasureShift();
            (_centres, _newCentres) = (_newCentres, _centres);
            iterations++;
            if (SumChanged() == 0 || shift <= tolerance)
            {
                converged = true;
                break;
            }
        }

        var inertia = _useElkan ? AssignAllWithElkan() : _useBounds ? AssignAllWithBounds() : AssignAll();
        return new KMeansStartResult(inertia, iterations, converged, relocated);
    }

    /// <summary>Labels every row against <see cref="Centres"/> and returns the inertia.</summary>
    public double AssignAll()
    {
        _pack.Load(_centres);
        _problem.Partition.ForEachBlock(_assignOnly);
        return SumBlockInertia();
    }

    /// <summary>
    /// Labels every row against the final centres as <see cref="AssignAll"/> does, through one more bounded pass: only
    /// the rows whose bounds fail are searched. Then sums the inertia by exact differences.
    /// </summary>
    private double AssignAllWithBounds()
    {
        MeasureHalfSeparations();
        return AssignAllThrough(_boundedAssignAndAccumulate);
    }

    /// <summary>Runs one more bounded pass against the final centres, then sums the inertia by exact differences.</summary>
    private double AssignAllThrough(Action<int> boundedPass)
    {
        _pack.Load(_centres);
        _problem.Partition.ForEachBlock(boundedPass);
        _problem.Partition.ForEachBlock(_measureInertia);
        return SumBlockInertia();
    }

    private double SumBlockInertia()
    {
        var inertia = 0.0;
        foreach (var part in _blockInertia)
        {
            inertia += part;
        }

        return inertia;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AssignAndAccumulateBlock(int block)
    {
        var partition = _problem.Partition;
        var features = _features;
        ClearBlockUpdates(block);
        ReadOnlySpan<T> values = _problem.Values;
        var labels = Labels;
        Span<int> previous = stackalloc int[TileRows];
        var changed = 0;
        var end = partition.End(block);
        for (var tile = partition.Start(block); tile < end; tile += TileRows)
        {
            var tileEnd = Math.Min(tile + TileRows, end);
            labels.AsSpan(tile, tileEnd - tile).CopyTo(previous);
            NearestCentreKernel.Assign(values, _problem.RowNorms, tile, tileEnd, _pack, labels);
            var row = tile;
            for (; row + Vector256<int>.Count <= tileEnd; row += Vector256<int>.Count)
            {
                // Eight rows compared at once: late in a fit hardly any row moves, and a branch per row would cost more.
                var moved = (~Vector256.Equals(Vector256.Create(labels.AsSpan(row, Vector256<int>.Count)), Vector256.Create(previous.Slice(row - tile, Vector256<int>.Count))))
                    .ExtractMostSignificantBits();
                for (; moved != 0; moved &= moved - 1)
                {
                    var lane = row + BitOperations.TrailingZeroCount(moved);
                    MoveRow(values, lane, previous[lane - tile], labels[lane], block);
                    changed++;
                }
            }

            for (; row < tileEnd; row++)
            {
                var before = previous[row - tile];
                if (labels[row] != before)
                {
                    MoveRow(values, row, before, labels[row], block);
                    changed++;
                }
            }
        }

        _blockChanged[block] = changed;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AssignBlock(int block)
    {
        var partition = _problem.Partition;
        ReadOnlySpan<T> values = _problem.Values;
        var start = partition.Start(block);
        var end = partition.End(block);
        NearestCentreKernel.Assign(values, _problem.RowNorms, start, end, _pack, Labels);
        MeasureInertiaBlock(block);
    }

    /// <summary>One block's inertia by exact differences, as scikit-learn's _inertia: the norms trick only chose the labels.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void MeasureInertiaBlock(int block)
    {
        var partition = _problem.Partition;
        ReadOnlySpan<T> values = _problem.Values;
        var inertia = 0.0;
        for (var row = partition.Start(block); row < partition.End(block); row++)
        {
            var centre = _pack.Centres.AsSpan(Labels[row] * _features, _features);
            inertia += _problem.Weight(row) * SquaredDistance.Between(values.Slice(row * _features, _features), centre);
        }

        _blockInertia[block] = inertia;
    }

    /// <summary>
    /// Hamerly's step for one block, chunk by chunk: bring the bounds up to date from the running totals of the centre
    /// shifts (only the bounds are read for that, and nothing is written); for the rows whose upper bound is not below
    /// max(half the distance from their centre to the next centre, their lower bound), tighten the upper bound to the
    /// exact distance to their own centre, fetching those rows ahead; search all centres for the rows that still fail,
    /// through the register-blocked kernel (the same bits as one at a time), moving each row that changes cluster
    /// between the sums. Rows are searched in row order; the eight-row search leaves up to fifteen rows of a chunk to
    /// the next, and the block's last few go four at a time.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void BoundedAssignAndAccumulateBlock(int block)
    {
        var partition = _problem.Partition;
        var features = _features;
        ClearBlockUpdates(block);
        ReadOnlySpan<T> values = _problem.Values;
        ReadOnlySpan<double> centres = _centres;
        var totals = new BoundTotals(_drift, _otherDrift, _halfSeparation);
        var firstIteration = Labels[partition.Start(block)] < 0;
        var searchAllSuspects = _blockSearchAll[block];
        var blockSuspects = 0;
        var blockSearched = 0;
        var upperOffset = UpperOffsets;
        var lowerOffset = LowerOffsets;
        var labels = Labels.AsSpan();
        var changed = 0;
        Span<int> suspects = stackalloc int[ChunkRows];
        Span<double> suspectBounds = stackalloc double[ChunkRows];
        Span<int> pending = stackalloc int[ChunkRows + (2 * NearestCentreKernel.LaneRows) - 1];
        var pendingCount = 0;
        var end = partition.End(block);
        for (var chunk = partition.Start(block); chunk < end; chunk += ChunkRows)
        {
            var chunkEnd = Math.Min(chunk + ChunkRows, end);
            var suspectCount = 0;
            if (firstIteration)
            {
                for (var row = chunk; row < chunkEnd; row++)
                {
                    pending[pendingCount++] = row;
                }

                blockSearched += chunkEnd - chunk;
            }
            else
            {
                suspectCount = HamerlyBounds.CollectSuspects(chunk, chunkEnd, labels, upperOffset, lowerOffset, totals, suspects, suspectBounds);
            }

            var pendingBefore = pendingCount;
            if (searchAllSuspects)
            {
                suspects[..suspectCount].CopyTo(pending[pendingCount..]);
                pendingCount += suspectCount;
            }
            else
            {
                for (var i = 0; i < suspectCount; i++)
                {
                    // The suspects are scattered rows the hardware prefetcher does not follow.
                    PrefetchRow(values, suspects[Math.Min(i + PrefetchRows, suspectCount - 1)]);
                    var row = suspects[i];
                    var own = SquaredDistance.Between(values.Slice(row * features, features), centres.Slice(labels[row] * features, features));
                    var rowUpper = Math.Sqrt(own) * UpperMargin;
                    upperOffset[row] = HamerlyBounds.UpperOffset(rowUpper, _drift[labels[row]]);

                    // Written either way, kept only when the tightened bound still fails: no branch on the data.
                    pending[pendingCount] = row;
                    pendingCount += rowUpper >= suspectBounds[i] ? 1 : 0;
                }
            }

            blockSuspects += suspectCount;
            blockSearched += pendingCount - pendingBefore;
            var searched = 0;
            var lastChunk = chunkEnd == end;
            if (_searchInLanes)
            {
                // Short of the block's end, the last eight rows wait for the next chunk's: every group searched then
                // has its successor known, and fetched ahead.
                var ready = lastChunk ? pendingCount : Math.Max(0, pendingCount - NearestCentreKernel.LaneRows);
                searched = ready - (ready % NearestCentreKernel.LaneRows);
                changed += SearchPendingInLanes(values, pending[..pendingCount], searched, block);
            }

            if (!_searchInLanes || lastChunk)
            {
                changed += SearchPending(values, pending[searched..pendingCount], block);
                searched = pendingCount;
            }

            // The rows left wait for the next chunk's, so that almost every row is searched eight at a time.
            pending[searched..pendingCount].CopyTo(pending);
            pendingCount -= searched;
        }

        _blockChanged[block] = changed;
        _blockSearchAll[block] = blockSuspects > 0 && blockSearched > SearchAllShare * blockSuspects;
    }

    /// <summary>Clears one block's updates to the cluster sums, weights and member counts, before its pass.</summary>
    private void ClearBlockUpdates(int block)
    {
        _blockSums.AsSpan(block * _clusterCount * _features, _clusterCount * _features).Clear();
        _blockWeights.AsSpan(block * _clusterCount, _clusterCount).Clear();
        _blockMembers.AsSpan(block * _clusterCount, _clusterCount).Clear();
    }

    /// <summary>
    /// Moves <paramref name="row"/>, weighted, out of cluster <paramref name="from"/>'s sum (none when -1) and into
    /// <paramref name="to"/>'s, in <paramref name="block"/>'s updates. Member counts follow the rows of positive weight, so a cluster left without one is known
    /// to be empty exactly, whatever rounding the weight sums carry.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void MoveRow(ReadOnlySpan<T> values, int row, int from, int to, int block)
    {
        var features = _features;
        var x = values.Slice(row * features, features);
        var sums = _blockSums.AsSpan(block * _clusterCount * features, _clusterCount * features);
        var weights = _blockWeights.AsSpan(block * _clusterCount, _clusterCount);
        var members = _blockMembers.AsSpan(block * _clusterCount, _clusterCount);
        if (_problem.HasUnitWeights)
        {
            // Weight 1: the plain sum has the same bits as the weighted one and does not read the weights.
            if (from >= 0)
            {
                members[from]--;
                weights[from] -= 1.0;
                // A fused multiply-add by -1 rounds once, exactly as a subtraction does.
                VectorMath.AddScaled(sums.Slice(from * features, features), x, -1.0);
            }

            members[to]++;
            weights[to] += 1.0;
            VectorMath.Add(sums.Slice(to * features, features), x);
            return;
        }

        var weight = _problem.Weight(row);
        if (weight == 0)
        {
            return;
        }

        if (from >= 0)
        {
            members[from]--;
            weights[from] -= weight;
            VectorMath.AddScaled(sums.Slice(from * features, features), x, -weight);
        }

        members[to]++;
        weights[to] += weight;
        VectorMath.AddScaled(sums.Slice(to * features, features), x, weight);
    }

    /// <summary>
    /// Gives <paramref name="row"/> the label <paramref name="nearest"/>, moving it between the sums in
    /// <paramref name="block"/>'s updates when that differs from <paramref name="before"/>. Returns 1 when it moved, else 0.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Relabel(ReadOnlySpan<T> values, int row, int before, int nearest, int block)
    {
        if (nearest == before)
        {
            return 0;
        }

        MoveRow(values, row, before, nearest, block);
        Labels[row] = nearest;
        return 1;
    }

    /// <summary>Asks the cache for every line that row <paramref name="row"/> of <paramref name="values"/> touches (a hint: no effect where unsupported).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void PrefetchRow(ReadOnlySpan<T> values, int row) => Prefetch(values, row * _features, _features);

    /// <summary>
    /// Asks the cache for every line that <paramref name="length"/> elements of <paramref name="span"/> from
    /// <paramref name="start"/> touch (a hint: no effect where unsupported). They need not start on a line, so the last
    /// line is asked for as well as the first.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void Prefetch<TElement>(ReadOnlySpan<TElement> span, int start, int length)
        where TElement : unmanaged
    {
        if (!Sse.IsSupported)
        {
            return;
        }

        // A pointer without pinning is enough for a hint: were the array moved, the prefetch would only be wasted.
        var first = (byte*)Unsafe.AsPointer(ref Unsafe.AsRef(in span[start]));
        var last = first + (length * sizeof(TElement)) - 1;
        if (last - first < CacheLineBytes)
        {
            // At most two lines, whichever way the elements fall: no loop.
            Sse.Prefetch0(first);
            Sse.Prefetch0(last);
            return;
        }

        for (var line = (byte*)((nuint)first & ~(nuint)(CacheLineBytes - 1)); line <= last; line += CacheLineBytes)
        {
            Sse.Prefetch0(line);
        }
    }

    /// <summary>
    /// Scores every centre for the <paramref name="rows"/> that failed their bounds, four at a time: labels them as
    /// Lloyd's kernel decides, sets fresh bounds, moves the rows that change cluster, and returns how many did.
    /// </summary>
    private int SearchPending(ReadOnlySpan<T> values, ReadOnlySpan<int> rows, int block)
    {
        var features = _features;
        var padded = _pack.PaddedCount;
        Span<double> scores = stackalloc double[NearestCentreKernel.RowTile * padded];
        var upperOffsets = UpperOffsets;
        var lowerOffsets = LowerOffsets;
        var changed = 0;
        for (var first = 0; first < rows.Length; first += NearestCentreKernel.RowTile)
        {
            var count = Math.Min(NearestCentreKernel.RowTile, rows.Length - first);
            var last = rows[first + count - 1];
            NearestCentreKernel.ScoreFourRows(
                values,
                rows[first],
                count > 1 ? rows[first + 1] : last,
                count > 2 ? rows[first + 2] : last,
                last,
                _pack,
                scores);
            for (var r = 0; r < count; r++)
            {
                var row = rows[first + r];
                var best = NearestCentreKernel.DecideWithSecond(
                    values.Slice(row * features, features), _problem.RowNorms[row], _pack, scores.Slice(r * padded, padded), out var nearest, out var second);
                upperOffsets[row] = HamerlyBounds.UpperOffset(Math.Sqrt(nearest) * UpperMargin, _drift[best]);
                lowerOffsets[row] = HamerlyBounds.LowerOffset(Math.Sqrt(second) * LowerMargin, _otherDrift[best]);
                changed += Relabel(values, row, Labels[row], best, block);
            }
        }

        return changed;
    }

    /// <summary>Half the distance from each centre to its nearest other centre (k^2 d work, once per iteration).</summary>
    private void MeasureHalfSeparations()
    {
        _halfSeparation.AsSpan().Fill(double.PositiveInfinity);
        for (var first = 0; first < _clusterCount; first++)
        {
            var a = _centres.AsSpan(first * _features, _features);
            for (var second = first + 1; second < _clusterCount; second++)
            {
                var half = 0.5 * Math.Sqrt(SquaredDistance.Between<double>(a, _centres.AsSpan(second * _features, _features))) * LowerMargin;
                _halfSeparation[first] = Math.Min(_halfSeparation[first], half);
                _halfSeparation[second] = Math.Min(_halfSeparation[second], half);
            }
        }
    }

    /// <summary>Adds every block's updates to the running cluster sums and weights, in block order.</summary>
    private void ApplyBlockUpdates()
    {
        var size = _clusterCount * _features;
        for (var block = 0; block < _problem.Partition.BlockCount; block++)
        {
            if (_blockChanged[block] == 0)
            {
                continue;
            }

            var partial = _blockSums.AsSpan(block * size, size);
            for (var i = 0; i < size; i++)
            {
                _sums[i] += partial[i];
            }

            var partialWeights = _blockWeights.AsSpan(block * _clusterCount, _clusterCount);
            var partialMembers = _blockMembers.AsSpan(block * _clusterCount, _clusterCount);
            for (var cluster = 0; cluster < _clusterCount; cluster++)
            {
                _clusterWeights[cluster] += partialWeights[cluster];
                _members[cluster] += partialMembers[cluster];
            }
        }

        for (var cluster = 0; cluster < _clusterCount; cluster++)
        {
            if (_members[cluster] == 0)
            {
                // What rounding left behind when the last member moved out.
                _clusterWeights[cluster] = 0;
                _sums.AsSpan(cluster * _features, _features).Clear();
            }
        }
    }

    /// <summary>
    /// Moves each empty cluster to one of the rows farthest from their centres, as scikit-learn does: the row leaves
    /// its cluster's sum and becomes the empty cluster's only member.
    /// </summary>
    private int RelocateEmptyClusters()
    {
        if (_clusterWeights.AsSpan().Contains(0.0))
        {
            // The farthest row is found from exact distances to the old centres: the kernel's scores only chose the labels.
            _ownDistance = _ownDistance.Length == _problem.Rows ? _ownDistance : new double[_problem.Rows];
            for (var row = 0; row < _problem.Rows; row++)
            {
                _ownDistance[row] = SquaredDistance.Between(_problem.Row(row), _centres.AsSpan(Labels[row] * _features, _features));
            }
        }

        var relocated = 0;
        for (var cluster = 0; cluster < _clusterCount; cluster++)
        {
            if (_clusterWeights[cluster] > 0)
            {
                continue;
            }

            var far = FarthestUnmovedRow();
            if (far < 0)
            {
                break;
            }

            var weight = _problem.Weight(far);
            var old = Labels[far];
            var x = _problem.Row(far);
            var oldSum = _sums.AsSpan(old * _features, _features);
            var newSum = _sums.AsSpan(cluster * _features, _features);
            for (var j = 0; j < _features; j++)
            {
                var value = weight * Element.ToDouble(x[j]);
                oldSum[j] -= value;
                newSum[j] = value;
            }

            _clusterWeights[old] -= weight;
            _clusterWeights[cluster] = weight;
            _members[old] -= weight > 0 ? 1 : 0;
            _members[cluster] = weight > 0 ? 1 : 0;
            Labels[far] = cluster;
            if (_useBounds)
            {
                // Its centre is now the row itself: force a fresh look at its own distance and a full search if in doubt.
                UpperOffsets[far] = float.PositiveInfinity;
                LowerOffsets[far] = float.NegativeInfinity;
            }
            else if (_useElkan)
            {
                _upper[far] = double.PositiveInfinity;
                _elkanLower.AsSpan(far * _elkanLanes, _elkanLanes).Clear();
            }

            _ownDistance[far] = -1;
            relocated++;
        }

        return relocated;
    }

    /// <summary>The row with the largest distance to its centre (the lowest index on a tie), not yet relocated.</summary>
    private int FarthestUnmovedRow()
    {
        var best = -1;
        var bestDistance = -1.0;
        for (var row = 0; row < _ownDistance.Length; row++)
        {
            if (_ownDistance[row] > bestDistance)
            {
                bestDistance = _ownDistance[row];
                best = row;
            }
        }

        return best;
    }

    /// <summary>Turns the sums into means (an empty cluster keeps its centre) and returns the summed squared centre shift.</summary>
    private double AverageAndMeasureShift()
    {
        var shift = 0.0;
        for (var cluster = 0; cluster < _clusterCount; cluster++)
        {
            var mean = _newCentres.AsSpan(cluster * _features, _features);
            var old = _centres.AsSpan(cluster * _features, _features);
            var sum = _sums.AsSpan(cluster * _features, _features);
            var weight = _clusterWeights[cluster];
            if (weight > 0)
            {
                for (var j = 0; j < _features; j++)
                {
                    mean[j] = sum[j] / weight;
                }
            }
            else
            {
                old.CopyTo(mean);
            }

            var squaredShift = SquaredDistance.Between<double>(mean, old);
            shift += squaredShift;
            _centreShift[cluster] = Math.Sqrt(squaredShift) * UpperMargin;
        }

        AddShiftsToDrifts();
        return shift;
    }

    /// <summary>
    /// Adds this iteration's shifts to Hamerly's running totals (see <see cref="HamerlyBounds"/>): each centre's own
    /// shift to its drift, and the largest shift of any other centre to its others' drift. Each sum is rounded up, so
    /// that a total never falls short of the shifts it sums.
    /// </summary>
    private void AddShiftsToDrifts()
    {
        var (largest, secondLargest, largestCluster) = (0.0, 0.0, -1);
        for (var cluster = 0; cluster < _clusterCount; cluster++)
        {
            var value = _centreShift[cluster];
            if (value > largest)
            {
                (secondLargest, largest, largestCluster) = (largest, value, cluster);
            }
            else if (value > secondLargest)
            {
                secondLargest = value;
            }
        }

        for (var cluster = 0; cluster < _clusterCount; cluster++)
        {
            _drift[cluster] = Math.BitIncrement(_drift[cluster] + _centreShift[cluster]);
            _otherDrift[cluster] = Math.BitIncrement(_otherDrift[cluster] + (cluster == largestCluster ? secondLargest : largest));
        }
    }

    private int SumChanged()
    {
        var changed = 0;
        foreach (var count in _blockChanged)
        {
            changed += count;
        }

        return changed;
    }
}
