namespace Segmentation.Clustering;

/// <summary>
/// One k-prototypes start (Huang 1998) in batch form: assign every row to its cheapest prototype, then move each
/// prototype to its members' numeric means and categorical modes, until no label changes. The cost of a row against
/// a prototype is the squared Euclidean distance of the numeric parts plus gamma times the number of categorical
/// mismatches. Buffers are allocated once and reused across starts.
/// </summary>
internal sealed class KPrototypesEngine
{
    private readonly MixedData _data;
    private readonly double _gamma;
    private readonly int _clusters;
    private readonly int[] _levelOffsets;
    private readonly int _totalLevels;
    private readonly double[] _centres;
    private readonly int[] _modes;
    private readonly int[] _labels;
    private readonly int[] _previousLabels;
    private readonly double[] _costs;
    private readonly int[] _memberCounts;
    private readonly int[] _categoryCounts;

    public KPrototypesEngine(MixedData data, int clusters, double gamma)
    {
        _data = data;
        _gamma = gamma;
        _clusters = clusters;
        var q = data.CategoricalColumns;
        var maximumCodes = new int[q];
        var codes = data.CategoricalCodes;
        for (var index = 0; index < codes.Length; index++)
        {
            maximumCodes[index % q] = Math.Max(maximumCodes[index % q], codes[index]);
        }

        _levelOffsets = new int[q];
        for (var column = 0; column < q; column++)
        {
            _levelOffsets[column] = _totalLevels;
            _totalLevels += maximumCodes[column] + 1;
        }

        _centres = new double[clusters * data.NumericColumns];
        _modes = new int[clusters * q];
        _labels = new int[data.Rows];
        _previousLabels = new int[data.Rows];
        _costs = new double[data.Rows];
        _memberCounts = new int[clusters];
        _categoryCounts = new int[clusters * _totalLevels];
    }

    public ReadOnlySpan<int> Labels => _labels;

    public ReadOnlySpan<double> Centres => _centres;

    public ReadOnlySpan<int> Modes => _modes;

    /// <summary>Gets the empty clusters relocated during the current start.</summary>
    public int Relocations { get; private set; }

    public double TotalCost
    {
        get
        {
            var total = 0.0;
            foreach (var cost in _costs)
            {
                total += cost;
            }

            return total;
        }
    }

    /// <summary>Squared Euclidean distance of the numeric parts plus gamma times the categorical mismatches.</summary>
    public static double Cost(
        ReadOnlySpan<double> numeric, ReadOnlySpan<int> codes, ReadOnlySpan<double> centre, ReadOnlySpan<int> mode, double gamma)
    {
        var squared = 0.0;
        for (var i = 0; i < numeric.Length; i++)
        {
            var difference = numeric[i] - centre[i];
            squared += difference * difference;
        }

        var mismatches = 0;
        for (var j = 0; j < codes.Length; j++)
        {
            if (codes[j] != mode[j])
            {
                mismatches++;
            }
        }

        return squared + (gamma * mismatches);
    }

    /// <summary>Gets the number of clusters that have members after the last assignment.</summary>
    public int NonEmptyClusters
    {
        get
        {
            Array.Clear(_memberCounts);
            foreach (var label in _labels)
            {
                _memberCounts[label]++;
            }

            return _memberCounts.Count(count => count > 0);
        }
    }

    /// <summary>
    /// Runs one start from fresh prototypes picked with <paramref name="random"/>. It converges when an assignment
    /// gives the same labels as the one before (a relocated row that falls back to its old cluster counts as unchanged,
    /// so duplicate rows cannot make it cycle).
    /// </summary>
    public (int Iterations, bool Converged) Run(
        Random random, KPrototypesInitialization initialization, int maximumIterations, CancellationToken cancellationToken)
    {
        Relocations = 0;
        Array.Fill(_labels, -1);
        Initialize(random, initialization);
        Assign();
        for (var iteration = 1; iteration <= maximumIterations; iteration++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            _labels.CopyTo(_previousLabels, 0);
            Update();
            Assign();
            if (_labels.AsSpan().SequenceEqual(_previousLabels))
            {
                return (iteration, true);
            }
        }

        return (maximumIterations, false);
    }

    /// <summary>The cheapest prototype for one row (the lowest index on a tie) and its cost.</summary>
    public static (int Cluster, double Cost) Nearest(
        ReadOnlySpan<double> numeric, ReadOnlySpan<int> codes, ReadOnlySpan<double> centres, ReadOnlySpan<int> modes, int clusters, double gamma)
    {
        var p = numeric.Length;
        var q = codes.Length;
        var best = 0;
        var bestCost = double.PositiveInfinity;
        for (var cluster = 0; cluster < clusters; cluster++)
        {
            var cost = Cost(numeric, codes, centres.Slice(cluster * p, p), modes.Slice(cluster * q, q), gamma);
            if (cost < bestCost)
            {
                best = cluster;
                bestCost = cost;
            }
        }

        return (best, bestCost);
    }

    private void Initialize(Random random, KPrototypesInitialization initialization)
    {
        var n = _data.Rows;
        if (initialization == KPrototypesInitialization.Random)
        {
            var order = new int[n];
            for (var i = 0; i < n; i++)
            {
                order[i] = i;
            }

            for (var cluster = 0; cluster < _clusters; cluster++)
            {
                var pick = cluster + random.Next(n - cluster);
                (order[cluster], order[pick]) = (order[pick], order[cluster]);
                SetPrototype(cluster, order[cluster]);
            }

            return;
        }

        SetPrototype(0, random.Next(n));
        var nearest = _costs;
        for (var row = 0; row < n; row++)
        {
            nearest[row] = CostTo(row, 0);
        }

        for (var cluster = 1; cluster < _clusters; cluster++)
        {
            var total = 0.0;
            foreach (var cost in nearest)
            {
                total += cost;
            }

            var chosen = total > 0 ? Draw(nearest, random.NextDouble() * total) : random.Next(n);
            SetPrototype(cluster, chosen);
            for (var row = 0; row < n; row++)
            {
                nearest[row] = Math.Min(nearest[row], CostTo(row, cluster));
            }
        }
    }

    private static int Draw(ReadOnlySpan<double> weights, double target)
    {
        var cumulative = 0.0;
        var last = 0;
        for (var row = 0; row < weights.Length; row++)
        {
            if (weights[row] <= 0)
            {
                continue;
            }

            cumulative += weights[row];
            last = row;
            if (cumulative > target)
            {
                return row;
            }
        }

        return last;
    }

    private void SetPrototype(int cluster, int row)
    {
        var p = _data.NumericColumns;
        var q = _data.CategoricalColumns;
        _data.Numeric.Row(row).CopyTo(_centres.AsSpan(cluster * p, p));
        _data.CategoricalRow(row).CopyTo(_modes.AsSpan(cluster * q, q));
    }

    private double CostTo(int row, int cluster)
    {
        var p = _data.NumericColumns;
        var q = _data.CategoricalColumns;
        return Cost(_data.Numeric.Row(row), _data.CategoricalRow(row), _centres.AsSpan(cluster * p, p), _modes.AsSpan(cluster * q, q), _gamma);
    }

    /// <summary>Assigns every row to its cheapest prototype.</summary>
    private void Assign()
    {
        for (var row = 0; row < _data.Rows; row++)
        {
            var (cluster, cost) = Nearest(_data.Numeric.Row(row), _data.CategoricalRow(row), _centres, _modes, _clusters, _gamma);
            _costs[row] = cost;
            _labels[row] = cluster;
        }
    }

    /// <summary>Relocates empty clusters, then moves every prototype to its members' means and modes.</summary>
    private void Update()
    {
        var p = _data.NumericColumns;
        var q = _data.CategoricalColumns;
        Array.Clear(_memberCounts);
        foreach (var label in _labels)
        {
            _memberCounts[label]++;
        }

        RelocateEmptyClusters();
        Array.Clear(_centres);
        Array.Clear(_categoryCounts);
        for (var row = 0; row < _data.Rows; row++)
        {
            var cluster = _labels[row];
            var centre = _centres.AsSpan(cluster * p, p);
            var numeric = _data.Numeric.Row(row);
            for (var i = 0; i < p; i++)
            {
                centre[i] += numeric[i];
            }

            var codes = _data.CategoricalRow(row);
            for (var j = 0; j < q; j++)
            {
                _categoryCounts[(cluster * _totalLevels) + _levelOffsets[j] + codes[j]]++;
            }
        }

        for (var cluster = 0; cluster < _clusters; cluster++)
        {
            var count = _memberCounts[cluster];
            var centre = _centres.AsSpan(cluster * p, p);
            for (var i = 0; i < p; i++)
            {
                centre[i] /= count;
            }

            for (var j = 0; j < q; j++)
            {
                var levels = (j + 1 < q ? _levelOffsets[j + 1] : _totalLevels) - _levelOffsets[j];
                var counts = _categoryCounts.AsSpan((cluster * _totalLevels) + _levelOffsets[j], levels);
                var mode = 0;
                for (var code = 1; code < levels; code++)
                {
                    if (counts[code] > counts[mode])
                    {
                        mode = code;
                    }
                }

                _modes[(cluster * q) + j] = mode;
            }
        }
    }

    /// <summary>
    /// Gives each empty cluster the row that costs most against its own prototype, taken from a cluster with more than
    /// one member (the lowest row on a tie), so that no prototype is left without members.
    /// </summary>
    private void RelocateEmptyClusters()
    {
        for (var cluster = 0; cluster < _clusters; cluster++)
        {
            if (_memberCounts[cluster] > 0)
            {
                continue;
            }

            var farthest = -1;
            for (var row = 0; row < _data.Rows; row++)
            {
                if (_memberCounts[_labels[row]] > 1 && (farthest < 0 || _costs[row] > _costs[farthest]))
                {
                    farthest = row;
                }
            }

            System.Diagnostics.Debug.Assert(farthest >= 0, "rows >= clusters leaves a cluster with two members");
            _memberCounts[_labels[farthest]]--;
            _labels[farthest] = cluster;
            _memberCounts[cluster] = 1;
            _costs[farthest] = 0;
            Relocations++;
        }
    }
}
