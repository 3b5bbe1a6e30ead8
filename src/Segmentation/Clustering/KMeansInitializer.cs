using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Segmentation.Clustering;

/// <summary>
/// Picks the first centres of a start: greedy k-means++ as scikit-learn, k distinct random rows, or k-means||.
/// Scratch buffers are allocated once per fit and reused by every start.
/// </summary>
internal sealed partial class KMeansInitializer<T>
    where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    private readonly KMeansProblem<T> _problem;
    private readonly int _clusterCount;
    private readonly int _features;
    private readonly double[] _blockPotentials;
    private readonly CentrePack _firstPack;
    private readonly CentrePack _trialPack;
    private readonly double[] _candidateCentres;
    private readonly Action<int> _measureCandidates;
    private double[] _closest = [];
    private CentrePack _pack;

    /// <param name="problem">The data.</param>
    /// <param name="clusterCount">k.</param>
    /// <param name="markedTrials">
    /// The most candidates whose nearer rows are marked for adoption (at most 8); with more, each winner is adopted by a
    /// full pass, which gives the same bits. Tests set 0 to compare the two.
    /// </param>
    /// <param name="distances">
    /// n doubles to hold k-means++'s nearest distances in, lent by the solver that the centres are for (its
    /// <see cref="LloydSolver{T}.BoundStorage"/>, unused until it runs); when not n long, k-means++ allocates its own.
    /// </param>
    public KMeansInitializer(KMeansProblem<T> problem, int clusterCount, int markedTrials = MarkedTrials, double[]? distances = null)
    {
        _closest = distances?.Length == problem.Rows ? distances : [];
        System.Diagnostics.Debug.Assert(markedTrials <= MarkedTrials, "a byte of marks per row");
        _markedTrials = markedTrials;
        _problem = problem;
        _clusterCount = clusterCount;
        _features = problem.Features;
        LocalTrials = 2 + (int)Math.Log(clusterCount);
        // k-means++'s n nearest distances are allocated by its first use: the other initialisations never need them.
        _blockPotentials = new double[problem.Partition.BlockCount * LocalTrials];
        _firstPack = new CentrePack(1, _features);
        _trialPack = new CentrePack(LocalTrials, _features);
        _pack = _firstPack;
        _candidateCentres = new double[LocalTrials * _features];
        _measureCandidates = MeasureCandidatesBlock;
        _adoptWinner = AdoptWinnerBlock;
    }

    /// <summary>Gets the candidates k-means++ tries per centre: 2 + floor(ln k), as scikit-learn.</summary>
    public int LocalTrials { get; }

    /// <summary>Writes k centres into <paramref name="centres"/> (k x features, row-major).</summary>
    public void Choose(KMeansInitialization initialization, Random random, Span<double> centres, int seed, CancellationToken cancellationToken)
    {
        switch (initialization)
        {
            case KMeansInitialization.Random:
                ChooseRandom(random, centres);
                break;
            case KMeansInitialization.KMeansParallel:
                KMeansParallelInitializer.Choose(_problem, _clusterCount, random, centres, seed, cancellationToken);
                break;
            default:
                ChoosePlusPlus(random, centres, cancellationToken);
                break;
        }
    }

    /// <summary>
    /// Greedy k-means++ (scikit-learn's <c>_kmeans_plusplus</c>): the first centre is a row drawn in proportion to its
    /// weight; each next centre is the best of <see cref="LocalTrials"/> rows drawn in proportion to weight x squared
    /// distance to the nearest chosen centre, best meaning the lowest potential (weighted sum of those distances) after adding it.
    /// Squared distances come from the norms trick, as in scikit-learn, clamped at 0. One pass over the data per centre
    /// measures every candidate's potential and marks the rows each would bring nearer; then only the winner's marked
    /// rows are scored again, to adopt their new distances (KMeansInitializer.Adoption.cs). That costs a byte a row,
    /// where keeping every candidate's distances would cost 8 bytes a row per candidate.
    /// </summary>
    public void ChoosePlusPlus(Random random, Span<double> centres, CancellationToken cancellationToken)
    {
        var first = DrawFirstRow(random);
        Element.Widen(_problem.Row(first), centres[.._features]);
        if (_closest.Length != _problem.Rows)
        {
            _closest = new double[_problem.Rows];
        }

        if (_nearer.Length != _problem.Rows && LocalTrials <= _markedTrials)
        {
            _nearer = new byte[_problem.Rows];
        }

        _closest.AsSpan().Fill(double.PositiveInfinity);
        var potential = Adopt(centres[.._features]);

        Span<double> draws = stackalloc double[LocalTrials];
        Span<int> candidates = stackalloc int[LocalTrials];
        for (var cluster = 1; cluster < _clusterCount; cluster++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var trial = 0; trial < LocalTrials; trial++)
            {
                draws[trial] = random.NextDouble() * potential;
            }

            SearchCumulative(draws, candidates);
            for (var trial = 0; trial < LocalTrials; trial++)
            {
                Element.Widen(_problem.Row(candidates[trial]), _candidateCentres.AsSpan(trial * _features, _features));
            }

            var bestPotential = MeasureCandidates(_trialPack, _candidateCentres, out var best);
            var centre = centres.Slice(cluster * _features, _features);
            Element.Widen(_problem.Row(candidates[best]), centre);
            potential = AdoptCandidate(best, centre, bestPotential);
        }
    }

    /// <summary>
    /// Makes <paramref name="centre"/> a chosen centre through a full pass: each row's nearest distance becomes its
    /// distance to it where that is less. Returns the new potential.
    /// </summary>
    private double Adopt(ReadOnlySpan<double> centre) => MeasureCandidates(_firstPack, centre, out _);

    /// <summary>
    /// Measures the centres in <paramref name="candidateCentres"/> against every row and returns the lowest potential, that
    /// of candidate <paramref name="best"/> (the earliest on a tie). A pack of one centre (<see cref="_firstPack"/>) also
    /// adopts its distances as the rows' nearest; a pack of candidates marks, in <see cref="_nearer"/>, the rows each
    /// would bring nearer.
    /// </summary>
    private double MeasureCandidates(CentrePack pack, ReadOnlySpan<double> candidateCentres, out int best)
    {
        pack.Load(candidateCentres);
        _pack = pack;
        _problem.Partition.ForEachBlock(_measureCandidates);
        best = 0;
        var bestPotential = double.PositiveInfinity;
        for (var trial = 0; trial < pack.ClusterCount; trial++)
        {
            var trialPotential = 0.0;
            for (var block = 0; block < _problem.Partition.BlockCount; block++)
            {
                trialPotential += _blockPotentials[(block * LocalTrials) + trial];
            }

            if (trialPotential < bestPotential)
            {
                bestPotential = trialPotential;
                best = trial;
            }
        }

        return bestPotential;
    }

    /// <summary>k distinct rows drawn uniformly (Floyd's sampling), in the order drawn.</summary>
    public void ChooseRandom(Random random, Span<double> centres)
    {
        var rows = _problem.Rows;
        var chosen = new HashSet<int>(_clusterCount);
        var order = new int[_clusterCount];
        var count = 0;
        for (var upper = rows - _clusterCount; upper < rows; upper++)
        {
            var row = random.Next(upper + 1);
            if (!chosen.Add(row))
            {
                row = upper;
                chosen.Add(row);
            }

            order[count++] = row;
        }

        for (var cluster = 0; cluster < _clusterCount; cluster++)
        {
            Element.Widen(_problem.Row(order[cluster]), centres.Slice(cluster * _features, _features));
        }
    }

    private int DrawFirstRow(Random random)
    {
        if (_problem.HasUnitWeights)
        {
            return random.Next(_problem.Rows);
        }

        var total = 0.0;
        foreach (var weight in _problem.Weights)
        {
            total += weight;
        }

        var target = random.NextDouble() * total;
        var running = 0.0;
        for (var row = 0; row < _problem.Rows; row++)
        {
            running += _problem.Weight(row);
            if (running > target && _problem.Weight(row) > 0)
            {
                return row;
            }
        }

        return LastPositiveWeightRow();
    }

    private int LastPositiveWeightRow()
    {
        for (var row = _problem.Rows - 1; row > 0; row--)
        {
            if (_problem.Weight(row) > 0)
            {
                return row;
            }
        }

        return 0;
    }

    /// <summary>
    /// For each draw, the first row whose running sum of weight x closest squared distance reaches it
    /// (numpy's searchsorted on the cumulative sum, clipped to the last row).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void SearchCumulative(ReadOnlySpan<double> draws, Span<int> rows)
    {
        Span<int> order = stackalloc int[draws.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Span<double> sortedDraws = stackalloc double[draws.Length];
        draws.CopyTo(sortedDraws);
        sortedDraws.Sort(order);
        var next = 0;
        var running = 0.0;
        for (var row = 0; row < _problem.Rows && next < order.Length; row++)
        {
            running += _problem.Weight(row) * _closest[row];
            while (next < order.Length && running >= sortedDraws[next])
            {
                rows[order[next++]] = row;
            }
        }

        while (next < order.Length)
        {
            rows[order[next++]] = _problem.Rows - 1;
        }
    }

    /// <summary>
    /// For each row of one block and each candidate: the squared distance by the norms trick, the row's nearest distance
    /// if that candidate were added (kept when the pack is the one centre being adopted; otherwise whether it would be
    /// nearer is marked), and the candidate's weighted potential over the block. Four rows at a time: their scores are
    /// transposed so that each candidate's four distances are one vector, stored and summed as one; each lane sums its
    /// own rows, and the lanes are added in order at the end.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void MeasureCandidatesBlock(int block)
    {
        var partition = _problem.Partition;
        var pack = _pack;
        var trials = pack.ClusterCount;
        var padded = pack.PaddedCount;
        Span<double> scores = stackalloc double[NearestCentreKernel.RowTile * padded];
        Span<Vector256<double>> potentials = stackalloc Vector256<double>[padded];
        Span<double> tailPotentials = stackalloc double[trials];
        potentials.Clear();
        tailPotentials.Clear();
        Span<Vector256<double>> columns = stackalloc Vector256<double>[CentrePack.GroupWidth];
        ReadOnlySpan<T> values = _problem.Values;
        var norms = _problem.RowNorms;
        var unitWeights = _problem.HasUnitWeights;
        var weights = _problem.Weights;
        var closest = _closest;
        var adopt = ReferenceEquals(pack, _firstPack);
        var mark = !adopt && _nearer.Length == _problem.Rows;
        var row = partition.Start(block);
        var end = partition.End(block);
        var inLanes = NearestCentreKernel.ScoresCandidatesInLanes(pack);
        for (; row + NearestCentreKernel.RowTile <= end; row += NearestCentreKernel.RowTile)
        {
            if (inLanes)
            {
                NearestCentreKernel.ScoreFourRowsInLanes(values, row, row + 1, row + 2, row + 3, pack, columns);
            }
            else
            {
                NearestCentreKernel.ScoreFourRows(values, row, row + 1, row + 2, row + 3, pack, scores);
            }

            var norm = Vector256.Create(norms.AsSpan(row, NearestCentreKernel.RowTile));
            var current = Vector256.Create(closest.AsSpan(row, NearestCentreKernel.RowTile));
            var weight = unitWeights ? Vector256<double>.One : Vector256.Create(weights.AsSpan(row, NearestCentreKernel.RowTile));
            var marks = 0u;
            for (var group = 0; group < padded; group += CentrePack.GroupWidth)
            {
                if (!inLanes)
                {
                    Transpose(scores, padded, group, columns);
                }

                for (var lane = 0; lane < CentrePack.GroupWidth && group + lane < trials; lane++)
                {
                    var trial = group + lane;
                    var distance = Vector256.MaxNative(Vector256<double>.Zero, norm + columns[lane]);
                    var nearest = Vector256.MinNative(current, distance);
                    if (adopt)
                    {
                        nearest.CopyTo(closest.AsSpan(row, NearestCentreKernel.RowTile));
                    }

                    if (mark)
                    {
                        marks |= SpreadToBytes(Vector256.LessThan(distance, current).ExtractMostSignificantBits(), trial);
                    }

                    potentials[trial] = Vector256.FusedMultiplyAdd(weight, nearest, potentials[trial]);
                }
            }

            if (mark)
            {
                Unsafe.WriteUnaligned(ref _nearer[row], marks);
            }
        }

        for (; row < end; row++)
        {
            if (mark)
            {
                _nearer[row] = 0;
            }

            // The same arithmetic as the row would get in a tile, so that the block boundaries (which follow the thread
            // count) change no bit.
            if (inLanes)
            {
                NearestCentreKernel.ScoreFourRowsInLanes(values, row, row, row, row, pack, columns);
                for (var trial = 0; trial < trials; trial++)
                {
                    scores[trial] = columns[trial].GetElement(0);
                }
            }
            else
            {
                NearestCentreKernel.ScoreFourRows(values, row, row, row, row, pack, scores);
            }

            for (var trial = 0; trial < trials; trial++)
            {
                var distance = Math.Max(0, norms[row] + scores[trial]);
                var nearest = Math.Min(closest[row], distance);
                if (mark)
                {
                    _nearer[row] |= (byte)(distance < closest[row] ? 1 << trial : 0);
                }

                tailPotentials[trial] += _problem.Weight(row) * nearest;
                if (adopt)
                {
                    closest[row] = nearest;
                }
            }
        }

        var blockPotentials = _blockPotentials.AsSpan(block * LocalTrials, trials);
        for (var trial = 0; trial < trials; trial++)
        {
            var lanes = potentials[trial];
            blockPotentials[trial] = lanes.GetElement(0) + lanes.GetElement(1) + lanes.GetElement(2) + lanes.GetElement(3) + tailPotentials[trial];
        }
    }

    /// <summary>
    /// Turns four rows' scores for candidates <paramref name="group"/> .. + 3 (each row a vector over candidates) into four
    /// vectors over the rows, one per candidate.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Transpose(ReadOnlySpan<double> scores, int padded, int group, Span<Vector256<double>> columns)
    {
        var row0 = Vector256.Create(scores.Slice(group, CentrePack.GroupWidth));
        var row1 = Vector256.Create(scores.Slice(padded + group, CentrePack.GroupWidth));
        var row2 = Vector256.Create(scores.Slice((2 * padded) + group, CentrePack.GroupWidth));
        var row3 = Vector256.Create(scores.Slice((3 * padded) + group, CentrePack.GroupWidth));
        if (Avx.IsSupported)
        {
            var low01 = Avx.UnpackLow(row0, row1);
            var high01 = Avx.UnpackHigh(row0, row1);
            var low23 = Avx.UnpackLow(row2, row3);
            var high23 = Avx.UnpackHigh(row2, row3);
            columns[0] = Avx.Permute2x128(low01, low23, 0x20);
            columns[1] = Avx.Permute2x128(high01, high23, 0x20);
            columns[2] = Avx.Permute2x128(low01, low23, 0x31);
            columns[3] = Avx.Permute2x128(high01, high23, 0x31);
            return;
        }

        for (var lane = 0; lane < CentrePack.GroupWidth; lane++)
        {
            columns[lane] = Vector256.Create(row0.GetElement(lane), row1.GetElement(lane), row2.GetElement(lane), row3.GetElement(lane));
        }
    }
}
