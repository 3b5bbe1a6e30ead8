namespace Segmentation.Clustering;

/// <summary>
/// Flags new rows that fit no segment. Fitted from a clustering (centres, training rows and their labels), it keeps
/// each segment's sorted distances from its members to its centre; a segment's threshold is a quantile of them
/// (default <see cref="Defaults.NoveltyQuantile"/>, 0.99; linear interpolation between order statistics, as numpy's
/// default). A new row is novel when it is farther than the threshold from every segment's centre
/// (<see cref="NoveltyRule.EverySegment"/>, the default) or from its nearest centre (<see cref="NoveltyRule.NearestSegment"/>).
/// Distances are Euclidean, in the units of the matrix the clustering saw. Immutable and safe to share across threads.
/// </summary>
public sealed class NoveltyDetector
{
    private readonly double[][] _memberDistances;
    private readonly double[] _thresholds;

    private NoveltyDetector(DenseMatrix centroids, double[][] memberDistances, double quantile, NoveltyRule rule)
    {
        Centroids = centroids;
        _memberDistances = memberDistances;
        Quantile = quantile;
        Rule = rule;
        _thresholds = memberDistances.Select(distances => QuantileOfSorted(distances, quantile)).ToArray();
    }

    /// <summary>Gets the segment centres, one row per segment.</summary>
    public DenseMatrix Centroids { get; }

    /// <summary>Gets the number of segments.</summary>
    public int SegmentCount => Centroids.Rows;

    /// <summary>Gets the quantile of member distances that is each segment's threshold.</summary>
    public double Quantile { get; }

    /// <summary>Gets which segments a row must be too far from to be novel.</summary>
    public NoveltyRule Rule { get; }

    /// <summary>Gets each segment's threshold distance. A segment without training members has threshold 0.</summary>
    public IReadOnlyList<double> Thresholds => _thresholds;

    /// <summary>
    /// Fits the detector to a clustering.
    /// </summary>
    /// <param name="centroids">The segment centres, segments x features.</param>
    /// <param name="trainingData">The rows that were clustered, rows x features; every value finite.</param>
    /// <param name="labels">The segment of each training row, 0 .. segments - 1.</param>
    /// <param name="quantile">The quantile of member distances used as threshold, between 0 and 1. Default 0.99.</param>
    /// <param name="rule">Which segments a row must be too far from. Default <see cref="NoveltyRule.EverySegment"/>.</param>
    /// <exception cref="ArgumentException">Shapes or counts differ, or a label or the quantile is out of range.</exception>
    /// <exception cref="SegmentationDataException">A value is not finite.</exception>
    public static NoveltyDetector Fit(
        DenseMatrix centroids,
        DenseMatrix trainingData,
        IReadOnlyList<int> labels,
        double quantile = Defaults.NoveltyQuantile,
        NoveltyRule rule = Defaults.NoveltyRule)
    {
        Guard.NotNull(centroids);
        Guard.NotNull(trainingData);
        Guard.NotNull(labels);
        Guard.InRange(quantile, 0.0, 1.0);
        Guard.Defined(rule);
        Guard.Positive(centroids.Rows, "centroids.Rows");
        CheckColumns(centroids, trainingData, nameof(trainingData));
        CheckFinite(centroids, nameof(centroids));
        CheckFinite(trainingData, nameof(trainingData));
        if (labels.Count != trainingData.Rows)
        {
            Guard.ThrowArgument($"labels.Count={labels.Count} must equal trainingData.Rows={trainingData.Rows}.", nameof(labels));
        }

        var distances = new List<double>[centroids.Rows];
        for (var segment = 0; segment < distances.Length; segment++)
        {
            distances[segment] = [];
        }

        for (var row = 0; row < trainingData.Rows; row++)
        {
            var label = labels[row];
            if ((uint)label >= (uint)centroids.Rows)
            {
                Guard.ThrowArgumentOutOfRange($"labels[{row}]={label} must be between 0 and {centroids.Rows - 1}.", nameof(labels));
            }

            distances[label].Add(Distance(trainingData.Row(row), centroids.Row(label)));
        }

        var sorted = distances.Select(list => list.Order().ToArray()).ToArray();
        return new NoveltyDetector(DenseMatrix.Wrap(centroids.Values.ToArray(), centroids.Rows, centroids.Columns), sorted, quantile, rule);
    }

    /// <summary>Fits the detector to a fitted K-Means and the rows it was fitted on.</summary>
    /// <param name="model">The fitted model; its centres and labels are used.</param>
    /// <param name="trainingData">The rows the model was fitted on.</param>
    /// <param name="quantile">The quantile of member distances used as threshold, between 0 and 1. Default 0.99.</param>
    /// <param name="rule">Which segments a row must be too far from. Default <see cref="NoveltyRule.EverySegment"/>.</param>
    /// <exception cref="ArgumentException">Shapes or counts differ, or the quantile is out of range.</exception>
    /// <exception cref="SegmentationDataException">A value is not finite.</exception>
    public static NoveltyDetector Fit(
        KMeansModel model, DenseMatrix trainingData, double quantile = Defaults.NoveltyQuantile, NoveltyRule rule = Defaults.NoveltyRule)
    {
        Guard.NotNull(model);
        return Fit(model.Centroids, trainingData, model.Labels, quantile, rule);
    }

    /// <summary>Gets the distances of a segment's training members to its centre, in increasing order.</summary>
    /// <param name="segment">Zero-based segment.</param>
    /// <exception cref="ArgumentOutOfRangeException">The segment does not exist.</exception>
    public IReadOnlyList<double> MemberDistances(int segment)
    {
        Guard.InRange(segment, 0, SegmentCount - 1);
        return _memberDistances[segment];
    }

    /// <summary>Scores each row: its nearest segment, distance, that segment's threshold, and whether it is novel.</summary>
    /// <param name="data">rows x the centres' features; every value finite.</param>
    /// <exception cref="ArgumentException">The column count differs.</exception>
    /// <exception cref="SegmentationDataException">A value is not finite.</exception>
    public NoveltyScore[] Score(DenseMatrix data)
    {
        Guard.NotNull(data);
        CheckColumns(Centroids, data, nameof(data));
        CheckFinite(data, nameof(data));
        var scores = new NoveltyScore[data.Rows];
        for (var row = 0; row < data.Rows; row++)
        {
            scores[row] = ScoreRow(data.Row(row));
        }

        return scores;
    }

    private NoveltyScore ScoreRow(ReadOnlySpan<double> row)
    {
        var nearest = 0;
        var nearestDistance = double.PositiveInfinity;
        var fitsSomewhere = false;
        for (var segment = 0; segment < SegmentCount; segment++)
        {
            var distance = Distance(row, Centroids.Row(segment));
            fitsSomewhere |= distance <= _thresholds[segment];
            if (distance < nearestDistance)
            {
                nearest = segment;
                nearestDistance = distance;
            }
        }

        var threshold = _thresholds[nearest];
        var isNovel = Rule == NoveltyRule.EverySegment ? !fitsSomewhere : nearestDistance > threshold;
        return new NoveltyScore(nearest, nearestDistance, threshold, isNovel);
    }

    /// <summary>The quantile of sorted values with linear interpolation between order statistics; 0 when empty.</summary>
    internal static double QuantileOfSorted(IReadOnlyList<double> sorted, double quantile)
    {
        if (sorted.Count == 0)
        {
            return 0;
        }

        var position = (sorted.Count - 1) * quantile;
        var lower = (int)Math.Floor(position);
        var upper = Math.Min(lower + 1, sorted.Count - 1);
        return sorted[lower] + ((position - lower) * (sorted[upper] - sorted[lower]));
    }

    private static double Distance(ReadOnlySpan<double> row, ReadOnlySpan<double> centre)
    {
        var sum = 0.0;
        for (var i = 0; i < row.Length; i++)
        {
            var difference = row[i] - centre[i];
            sum += difference * difference;
        }

        return Math.Sqrt(sum);
    }

    private static void CheckColumns(DenseMatrix centroids, DenseMatrix data, string name)
    {
        if (data.Columns != centroids.Columns)
        {
            Guard.ThrowArgument($"{name}.Columns={data.Columns} must equal centroids.Columns={centroids.Columns}.", name);
        }
    }

    private static void CheckFinite(DenseMatrix data, string name)
    {
        var values = data.Values;
        for (var index = 0; index < values.Length; index++)
        {
            if (!double.IsFinite(values[index]))
            {
                var row = index / data.Columns;
                var column = index % data.Columns;
                Guard.ThrowData(
                    $"{name}[{row}, {column}]={Guard.Format(values[index])} is not a finite number.", $"column {column}", row, Guard.Format(values[index]));
            }
        }
    }
}
