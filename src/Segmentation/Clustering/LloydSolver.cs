using System.Runtime.CompilerServices;

namespace Segmentation.Clustering;

/// <summary>
/// Runs exact K-Means iterations from given centres: plain Lloyd (every distance, through the norms-trick kernel), or
/// with Hamerly's bounds (one upper bound to the own centre, one lower bound to the second nearest, per row), which skip
/// the distances of rows that provably keep their centre and so give the same labels and centres. Every buffer is allocated once per fit, in the constructor, and reused
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
    private readonly bool _useBounds;
    private readonly Action<int> _boundedAssignAndAccumulate;
    private readonly double[] _upper = [];
    private readonly double[] _lower = [];
    private readonly double[] _halfSeparation;
    private readonly double[] _centreShift;
    private double _largestShift;
    private double _secondLargestShift;
    private int _largestShiftCluster;
    private double[] _centres;
    private double[] _newCentres;

    /// <summary>Relative slack on the bounds, far above the rounding error of an exact squared distance.</summary>
    private const double UpperMargin = 1 + 1e-12;

    private const double LowerMargin = 1 - 1e-12;

    public LloydSolver(KMeansProblem problem, int clusterCount, bool useBounds = false)
    {
        _useBounds = useBounds;
        _halfSeparation = new double[clusterCount];
        _centreShift = new double[clusterCount];
        if (useBounds)
        {
            _upper = new double[problem.Rows];
            _lower = new double[problem.Rows];
        }

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
        _boundedAssignAndAccumulate = BoundedAssignAndAccumulateBlock;
    }

    /// <summary>Gets whether the iterations use Hamerly's bounds.</summary>
    public bool UsesBounds => _useBounds;

    /// <summary>Gets the centres: the start's centres before <see cref="Run"/>, the final centres after it.</summary>
    public Span<double> Centres => _centres;

    /// <summary>Gets the labels against the final centres after <see cref="Run"/>.</summary>
    public int[] Labels { get; }

    /// <summary>Iterates from <see cref="Centres"/> until convergence or the limit, then labels every row against the final centres.</summary>
    public KMeansStartResult Run(int maximumIterations, double tolerance, CancellationToken cancellationToken)
    {
        Labels.AsSpan().Fill(-1);
        _centreShift.AsSpan().Clear();
        (_largestShift, _secondLargestShift, _largestShiftCluster) = (0, 0, -1);
        var iterations = 0;
        var converged = false;
        var relocated = 0;
        while (iterations < maximumIterations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_useBounds)
            {
                MeasureHalfSeparations();
                _problem.Partition.ForEachBlock(_boundedAssignAndAccumulate);
            }
            else
            {
                _pack.Load(_centres);
                _problem.Partition.ForEachBlock(_assignAndAccumulate);
            }

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

    /// <summary>
    /// Hamerly's step for one block: move the bounds by the last centre shifts, and search all centres only for rows
    /// whose upper bound is not below max(half the distance from their centre to the next centre, their lower bound).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void BoundedAssignAndAccumulateBlock(int block)
    {
        var partition = _problem.Partition;
        var features = _features;
        var sums = _blockSums.AsSpan(block * _clusterCount * features, _clusterCount * features);
        var weights = _blockWeights.AsSpan(block * _clusterCount, _clusterCount);
        sums.Clear();
        weights.Clear();
        ReadOnlySpan<double> values = _problem.Values;
        ReadOnlySpan<double> centres = _centres;
        var rowWeights = _problem.Weights;
        var labels = Labels;
        var changed = 0;
        var end = partition.End(block);
        for (var row = partition.Start(block); row < end; row++)
        {
            var x = values.Slice(row * features, features);
            var label = labels[row];
            if (label < 0)
            {
                label = SearchAll(row, x, centres);
                changed++;
            }
            else
            {
                _upper[row] += _centreShift[label];
                _lower[row] -= label == _largestShiftCluster ? _secondLargestShift : _largestShift;
                var bound = Math.Max(_halfSeparation[label], _lower[row]);
                if (_upper[row] >= bound)
                {
                    var own = SquaredDistance.Between(x, centres.Slice(label * features, features));
                    _upper[row] = Math.Sqrt(own) * UpperMargin;
                    if (_upper[row] >= bound)
                    {
                        var previous = label;
                        label = SearchAll(row, x, centres);
                        changed += label != previous ? 1 : 0;
                    }
                }
            }

            labels[row] = label;
            var weight = rowWeights[row];
            weights[label] += weight;
            VectorMath.AddScaled(sums.Slice(label * features, features), x, weight);
        }

        _blockChanged[block] = changed;
    }

    /// <summary>Exact distances to every centre: the nearest (lowest index on a tie) and fresh bounds.</summary>
    private int SearchAll(int row, ReadOnlySpan<double> x, ReadOnlySpan<double> centres)
    {
        var best = 0;
        var bestDistance = double.PositiveInfinity;
        var secondDistance = double.PositiveInfinity;
        for (var cluster = 0; cluster < _clusterCount; cluster++)
        {
            var distance = SquaredDistance.Between(x, centres.Slice(cluster * _features, _features));
            if (distance < bestDistance)
            {
                secondDistance = bestDistance;
                bestDistance = distance;
                best = cluster;
            }
            else if (distance < secondDistance)
            {
                secondDistance = distance;
            }
        }

        _ownDistance[row] = bestDistance;
        _upper[row] = Math.Sqrt(bestDistance) * UpperMargin;
        _lower[row] = double.IsPositiveInfinity(secondDistance) ? double.PositiveInfinity : Math.Sqrt(secondDistance) * LowerMargin;
        return best;
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
                var half = 0.5 * Math.Sqrt(SquaredDistance.Between(a, _centres.AsSpan(second * _features, _features))) * LowerMargin;
                _halfSeparation[first] = Math.Min(_halfSeparation[first], half);
                _halfSeparation[second] = Math.Min(_halfSeparation[second], half);
            }
        }
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
        if (_useBounds && _clusterWeights.AsSpan().Contains(0.0))
        {
            // Skipped rows hold no fresh distance; the farthest row must be found from exact distances to the old centres.
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

            var squaredShift = SquaredDistance.Between(mean, old);
            shift += squaredShift;
            _centreShift[cluster] = Math.Sqrt(squaredShift) * UpperMargin;
        }

        (_largestShift, _secondLargestShift, _largestShiftCluster) = (0, 0, -1);
        for (var cluster = 0; cluster < _clusterCount; cluster++)
        {
            var value = _centreShift[cluster];
            if (value > _largestShift)
            {
                (_secondLargestShift, _largestShift, _largestShiftCluster) = (_largestShift, value, cluster);
            }
            else if (value > _secondLargestShift)
            {
                _secondLargestShift = value;
            }
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
