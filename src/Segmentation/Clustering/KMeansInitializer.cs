using System.Numerics;
using System.Runtime.CompilerServices;

namespace Segmentation.Clustering;

/// <summary>
/// Picks the first centres of a start: greedy k-means++ as scikit-learn, k distinct random rows, or k-means||.
/// Scratch buffers are allocated once per fit and reused by every start.
/// </summary>
internal sealed class KMeansInitializer<T>
    where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    private readonly KMeansProblem<T> _problem;
    private readonly int _clusterCount;
    private readonly int _features;
    private readonly double[] _closest;
    private readonly double[] _blockPotentials;
    private readonly Action<int> _measureCandidates;
    private readonly Action<int> _updateClosest;
    private double[] _candidateCentres = [];
    private int _candidateCount;

    public KMeansInitializer(KMeansProblem<T> problem, int clusterCount)
    {
        _problem = problem;
        _clusterCount = clusterCount;
        _features = problem.Features;
        LocalTrials = 2 + (int)Math.Log(clusterCount);
        _closest = new double[problem.Rows];
        _blockPotentials = new double[problem.Partition.BlockCount * Math.Max(LocalTrials, 1)];
        _measureCandidates = MeasureCandidatesBlock;
        _updateClosest = UpdateClosestBlock;
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
    /// </summary>
    public void ChoosePlusPlus(Random random, Span<double> centres, CancellationToken cancellationToken)
    {
        var first = DrawFirstRow(random);
        Element.Widen(_problem.Row(first), centres[.._features]);
        _candidateCentres = EnsureCapacity(_candidateCentres, LocalTrials * _features);
        _candidateCount = 1;
        Element.Widen(_problem.Row(first), _candidateCentres);
        _closest.AsSpan().Fill(double.PositiveInfinity);
        _problem.Partition.ForEachBlock(_updateClosest);
        var potential = Potential();

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

            _candidateCount = LocalTrials;
            _problem.Partition.ForEachBlock(_measureCandidates);
            var best = 0;
            var bestPotential = double.PositiveInfinity;
            for (var trial = 0; trial < LocalTrials; trial++)
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

            var chosen = _problem.Row(candidates[best]);
            Element.Widen(chosen, centres.Slice(cluster * _features, _features));
            Element.Widen(chosen, _candidateCentres);
            _candidateCount = 1;
            _problem.Partition.ForEachBlock(_updateClosest);
            potential = bestPotential;
        }
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
            running += _problem.Weights[row];
            if (running > target && _problem.Weights[row] > 0)
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
            if (_problem.Weights[row] > 0)
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
        var weights = _problem.Weights;
        for (var row = 0; row < _problem.Rows && next < order.Length; row++)
        {
            running += weights[row] * _closest[row];
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

    private double Potential()
    {
        var potential = 0.0;
        for (var row = 0; row < _problem.Rows; row++)
        {
            potential += _problem.Weights[row] * _closest[row];
        }

        return potential;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void MeasureCandidatesBlock(int block)
    {
        var partition = _problem.Partition;
        var trials = _candidateCount;
        Span<double> potentials = stackalloc double[trials];
        potentials.Clear();
        ReadOnlySpan<double> candidates = _candidateCentres;
        var end = partition.End(block);
        for (var row = partition.Start(block); row < end; row++)
        {
            var x = _problem.Row(row);
            var weight = _problem.Weights[row];
            var closest = _closest[row];
            for (var trial = 0; trial < trials; trial++)
            {
                var distance = SquaredDistance.Between(x, candidates.Slice(trial * _features, _features));
                potentials[trial] += weight * Math.Min(closest, distance);
            }
        }

        potentials.CopyTo(_blockPotentials.AsSpan(block * LocalTrials, trials));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void UpdateClosestBlock(int block)
    {
        var partition = _problem.Partition;
        ReadOnlySpan<double> centre = _candidateCentres.AsSpan(0, _features);
        var end = partition.End(block);
        for (var row = partition.Start(block); row < end; row++)
        {
            var distance = SquaredDistance.Between(_problem.Row(row), centre);
            if (distance < _closest[row])
            {
                _closest[row] = distance;
            }
        }
    }

    private static double[] EnsureCapacity(double[] buffer, int length) => buffer.Length >= length ? buffer : new double[length];
}
