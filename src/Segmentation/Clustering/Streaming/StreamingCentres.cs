namespace Segmentation.Clustering.Streaming;

/// <summary>
/// The centres of one k during an out-of-core fit: mini-batch updates with a per-centre learning rate of
/// 1 / (rows seen so far), as scikit-learn's MiniBatchKMeans, then the totals of the exact assignment pass.
/// </summary>
internal sealed class StreamingCentres
{
    private readonly double[] _epochStart;
    private readonly double[] _batchSums;
    private readonly double[] _batchCounts;
    private readonly double[] _seen;

    public StreamingCentres(int clusterCount, int features, ReadOnlySpan<double> initial)
    {
        ClusterCount = clusterCount;
        Features = features;
        Centres = initial.ToArray();
        _epochStart = new double[Centres.Length];
        _batchSums = new double[Centres.Length];
        _batchCounts = new double[clusterCount];
        _seen = new double[clusterCount];
        Sizes = new long[clusterCount];
        Sums = new double[Centres.Length];
        Within = new double[clusterCount];
        Spread = new double[clusterCount];
    }

    public int ClusterCount { get; }

    public int Features { get; }

    public double[] Centres { get; }

    public bool Converged { get; set; }

    public int Epochs { get; set; }

    public int LloydPasses { get; set; }

    /// <summary>Whether the Lloyd passes stopped moving the centres (within the tolerance).</summary>
    public bool LloydConverged { get; set; }

    /// <summary>Rows per cluster in the exact pass.</summary>
    public long[] Sizes { get; }

    /// <summary>Sum of each cluster's rows in the exact pass (k x d).</summary>
    public double[] Sums { get; }

    /// <summary>Sum of squared distances to the centre per cluster in the exact pass.</summary>
    public double[] Within { get; }

    /// <summary>Sum of distances (not squared) to the centre per cluster in the exact pass.</summary>
    public double[] Spread { get; }

    public double Inertia { get; private set; }

    /// <summary>Clears the totals before a pass.</summary>
    public void ResetTotals()
    {
        Array.Clear(Sizes);
        Array.Clear(Sums);
        Array.Clear(Within);
        Array.Clear(Spread);
        Inertia = 0;
    }

    /// <summary>The Lloyd update after a pass: each centre with rows moves to their mean; returns the squared movement summed over clusters.</summary>
    public double MoveToMeans()
    {
        var features = Features;
        var shift = 0.0;
        for (var cluster = 0; cluster < ClusterCount; cluster++)
        {
            var size = Sizes[cluster];
            if (size == 0)
            {
                continue;
            }

            var centre = Centres.AsSpan(cluster * features, features);
            var sums = Sums.AsSpan(cluster * features, features);
            for (var j = 0; j < features; j++)
            {
                var mean = sums[j] / size;
                var delta = mean - centre[j];
                shift += delta * delta;
                centre[j] = mean;
            }
        }

        return shift;
    }

    public void BeginEpoch() => Centres.CopyTo(_epochStart, 0);

    /// <summary>The squared movement of the centres since <see cref="BeginEpoch"/>, summed over clusters.</summary>
    public double EpochShift() => StreamingDistance.Squared(Centres, _epochStart);

    /// <summary>One mini-batch update from the rows <paramref name="batch"/> of <paramref name="block"/>.</summary>
    public void Step(ReadOnlySpan<double> block, ReadOnlySpan<int> batch)
    {
        var features = Features;
        Array.Clear(_batchSums);
        Array.Clear(_batchCounts);
        foreach (var row in batch)
        {
            var x = block.Slice(row * features, features);
            var label = StreamingDistance.Nearest(x, Centres, ClusterCount, out _);
            _batchCounts[label]++;
            var sums = _batchSums.AsSpan(label * features, features);
            for (var j = 0; j < features; j++)
            {
                sums[j] += x[j];
            }
        }

        for (var cluster = 0; cluster < ClusterCount; cluster++)
        {
            if (_batchCounts[cluster] == 0)
            {
                continue;
            }

            var previous = _seen[cluster];
            var seen = previous + _batchCounts[cluster];
            _seen[cluster] = seen;
            var centre = Centres.AsSpan(cluster * features, features);
            var sums = _batchSums.AsSpan(cluster * features, features);
            for (var j = 0; j < features; j++)
            {
                centre[j] = ((centre[j] * previous) + sums[j]) / seen;
            }
        }
    }

    /// <summary>Labels rows <paramref name="start"/> .. start + count - 1 of a block against the centres.</summary>
    public void Assign(ReadOnlySpan<double> block, int start, int count, Span<int> labels, Span<double> distances)
    {
        var features = Features;
        for (var row = start; row < start + count; row++)
        {
            labels[row] = StreamingDistance.Nearest(block.Slice(row * features, features), Centres, ClusterCount, out var distance);
            distances[row] = distance;
        }
    }

    /// <summary>Adds a labelled block to the exact-pass totals, in row order.</summary>
    public void Accumulate(ReadOnlySpan<double> block, int rows, ReadOnlySpan<int> labels, ReadOnlySpan<double> distances)
    {
        var features = Features;
        for (var row = 0; row < rows; row++)
        {
            var label = labels[row];
            var distance = distances[row];
            Sizes[label]++;
            Within[label] += distance;
            Spread[label] += Math.Sqrt(distance);
            Inertia += distance;
            var x = block.Slice(row * features, features);
            var sums = Sums.AsSpan(label * features, features);
            for (var j = 0; j < features; j++)
            {
                sums[j] += x[j];
            }
        }
    }
}
