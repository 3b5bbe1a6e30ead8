using System.Runtime.CompilerServices;

namespace Segmentation.Clustering;

/// <summary>
/// Runs K-Means iterations from given centres. Every buffer is allocated once per fit, in the constructor, and reused
/// by every start; an iteration allocates nothing of its own. Per-block partial sums are reduced in block order, so the
/// result does not depend on the thread count.
/// </summary>
internal sealed class LloydSolver
{
    /// <summary>Rows labelled together before their sums are added, so they are still in cache.</summary>
    private const int TileRows = 256;

    private readonly KMeansProblem _problem;
    private readonly int _clusterCount;
    private readonly int _features;
    private readonly double[] _blockSums;
    private readonly double[] _blockWeights;
    private readonly double[] _blockInertia;
    private readonly int[] _blockChanged;
    private readonly double[] _clusterWeights;
    private readonly double[] _ownDistance;
    private readonly Action<int> _assignAndAccumulate;
    private readonly Action<int> _assignOnly;
    private readonly CentrePack _pack;
    private double[] _centres;
    private double[] _newCentres;

    public LloydSolver(KMeansProblem problem, int clusterCount)
    {
        _problem = problem;
        _clusterCount = clusterCount;
        _features = problem.Features;
        var blocks = problem.Partition.BlockCount;
        _blockSums = new double[blocks * clusterCount * _features];
        _blockWeights = new double[blocks * clusterCount];
        _blockInertia = new double[blocks];
        _blockChanged = new int[blocks];
        _clusterWeights = new double[clusterCount];
        _ownDistance = new double[problem.Rows];
        _centres = new double[clusterCount * _features];
        _newCentres = new double[clusterCount * _features];
        Labels = new int[problem.Rows];
        _pack = new CentrePack(clusterCount, _features);
        _assignAndAccumulate = AssignAndAccumulateBlock;
        _assignOnly = AssignBlock;
    }

    /// <summary>Gets the centres: the start's centres before <see cref="Run"/>, the final centres after it.</summary>
    public Span<double> Centres => _centres;

    /// <summary>Gets the labels against the final centres after <see cref="Run"/>.</summary>
    public int[] Labels { get; }

    /// <summary>Iterates from <see cref="Centres"/> until convergence or the limit, then labels every row against the final centres.</summary>
    public KMeansStartResult Run(int maximumIterations, double tolerance, CancellationToken cancellationToken)
    {
        Labels.AsSpan().Fill(-1);
        var iterations = 0;
        var converged = false;
        var relocated = 0;
        while (iterations < maximumIterations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            _pack.Load(_centres);
            _problem.Partition.ForEachBlock(_assignAndAccumulate);
            ReduceSums();
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

        var inertia = AssignAll();
        return new KMeansStartResult(inertia, iterations, converged, relocated);
    }

    /// <summary>Labels every row against <see cref="Centres"/> and returns the inertia.</summary>
    public double AssignAll()
    {
        _pack.Load(_centres);
        _problem.Partition.ForEachBlock(_assignOnly);
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
        var sums = _blockSums.AsSpan(block * _clusterCount * features, _clusterCount * features);
        var weights = _blockWeights.AsSpan(block * _clusterCount, _clusterCount);
        sums.Clear();
        weights.Clear();
        ReadOnlySpan<double> values = _problem.Values;
        var rowWeights = _problem.Weights;
        var labels = Labels;
        Span<int> previous = stackalloc int[TileRows];
        var changed = 0;
        var end = partition.End(block);
        for (var tile = partition.Start(block); tile < end; tile += TileRows)
        {
            var tileEnd = Math.Min(tile + TileRows, end);
            labels.AsSpan(tile, tileEnd - tile).CopyTo(previous);
            NearestCentreKernel.Assign(values, _problem.RowNorms, tile, tileEnd, _pack, labels, _ownDistance);
            for (var row = tile; row < tileEnd; row++)
            {
                var label = labels[row];
                changed += label != previous[row - tile] ? 1 : 0;
                var weight = rowWeights[row];
                weights[label] += weight;
                VectorMath.AddScaled(sums.Slice(label * features, features), values.Slice(row * features, features), weight);
            }
        }

        _blockChanged[block] = changed;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AssignBlock(int block)
    {
        var partition = _problem.Partition;
        ReadOnlySpan<double> values = _problem.Values;
        var rowWeights = _problem.Weights;
        var start = partition.Start(block);
        var end = partition.End(block);
        NearestCentreKernel.Assign(values, _problem.RowNorms, start, end, _pack, Labels, _ownDistance);
        var inertia = 0.0;
        for (var row = start; row < end; row++)
        {
            // Inertia by exact differences, as scikit-learn's _inertia: the norms trick only chose the label.
            var centre = _pack.Centres.AsSpan(Labels[row] * _features, _features);
            inertia += rowWeights[row] * SquaredDistance.Between(values.Slice(row * _features, _features), centre);
        }

        _blockInertia[block] = inertia;
    }

    private void ReduceSums()
    {
        var size = _clusterCount * _features;
        var sums = _newCentres.AsSpan();
        _blockSums.AsSpan(0, size).CopyTo(sums);
        _blockWeights.AsSpan(0, _clusterCount).CopyTo(_clusterWeights);
        for (var block = 1; block < _problem.Partition.BlockCount; block++)
        {
            var partial = _blockSums.AsSpan(block * size, size);
            for (var i = 0; i < size; i++)
            {
                sums[i] += partial[i];
            }

            var partialWeights = _blockWeights.AsSpan(block * _clusterCount, _clusterCount);
            for (var cluster = 0; cluster < _clusterCount; cluster++)
            {
                _clusterWeights[cluster] += partialWeights[cluster];
            }
        }
    }

    /// <summary>
    /// Moves each empty cluster to one of the rows farthest from their centres, as scikit-learn does: the row leaves
    /// its cluster's sum and becomes the empty cluster's only member.
    /// </summary>
    private int RelocateEmptyClusters()
    {
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

            var weight = _problem.Weights[far];
            var old = Labels[far];
            var x = _problem.Row(far);
            var oldSum = _newCentres.AsSpan(old * _features, _features);
            var newSum = _newCentres.AsSpan(cluster * _features, _features);
            for (var j = 0; j < _features; j++)
            {
                oldSum[j] -= weight * x[j];
                newSum[j] = weight * x[j];
            }

            _clusterWeights[old] -= weight;
            _clusterWeights[cluster] = weight;
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
            var weight = _clusterWeights[cluster];
            if (weight > 0)
            {
                for (var j = 0; j < _features; j++)
                {
                    mean[j] /= weight;
                }
            }
            else
            {
                old.CopyTo(mean);
            }

            shift += SquaredDistance.Between(mean, old);
        }

        return shift;
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
