namespace Segmentation.Clustering.Streaming;

/// <summary>
/// Per-feature standardisation for out-of-core clustering: each value becomes (value - mean) / standard deviation, so
/// that features in different units weigh alike. Fitted in one streaming pass (<see cref="Fit"/>, Welford's update,
/// population standard deviation as scikit-learn's StandardScaler) or given by the caller; a constant feature is
/// divided by 1. Immutable.
/// </summary>
public sealed class FeatureScaling
{
    private readonly double[] _means;
    private readonly double[] _scales;

    /// <summary>Creates a scaling from known means and standard deviations.</summary>
    /// <param name="means">One finite mean per feature.</param>
    /// <param name="standardDeviations">One finite, non-negative standard deviation per feature; 0 is read as 1 (a constant feature is only centred).</param>
    /// <exception cref="ArgumentException">The lists differ in length or are empty, or a value is not finite or is negative.</exception>
    public FeatureScaling(IReadOnlyList<double> means, IReadOnlyList<double> standardDeviations)
    {
        Guard.NotNull(means);
        Guard.NotNull(standardDeviations);
        if (means.Count != standardDeviations.Count || means.Count == 0)
        {
            Guard.ThrowArgument(
                $"means.Count={means.Count} must equal standardDeviations.Count={standardDeviations.Count} and be > 0.", nameof(standardDeviations));
        }

        _means = new double[means.Count];
        _scales = new double[means.Count];
        for (var j = 0; j < _means.Length; j++)
        {
            _means[j] = Guard.Finite(means[j], $"means[{j}]");
            var deviation = Guard.NonNegative(standardDeviations[j], $"standardDeviations[{j}]");
            _scales[j] = deviation == 0 ? 1.0 : deviation;
        }
    }

    /// <summary>Gets the mean subtracted from each feature.</summary>
    public IReadOnlyList<double> Means => _means;

    /// <summary>Gets the divisor of each feature: its standard deviation, or 1 for a constant feature.</summary>
    public IReadOnlyList<double> StandardDeviations => _scales;

    /// <summary>Fits the scaling in one pass over <paramref name="source"/>, holding one block of rows at a time.</summary>
    /// <param name="source">The rows; at least one.</param>
    /// <param name="memoryBudgetBytes">Bytes for the block of rows. Default <see cref="Defaults.StreamingMemoryBudgetBytes"/> (256 MiB).</param>
    /// <param name="cancellationToken">Stops the pass between blocks.</param>
    /// <exception cref="ArgumentOutOfRangeException">The budget cannot hold one row; the message quotes it.</exception>
    /// <exception cref="SegmentationDataException">The source has no rows, or a value that is not a finite number.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static FeatureScaling Fit(
        IRowBlockSource source, long memoryBudgetBytes = Defaults.StreamingMemoryBudgetBytes, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(source);
        var features = source.FeatureNames.Count;
        // One pass of running sums gains nothing from large blocks: the budget only caps a small one.
        var blockRows = Math.Min(StreamingMemoryPlan.BlockRows(memoryBudgetBytes, features, clusterCounts: [], sampleSize: 0), 8192);
        var survey = DataSurvey.Run(source, blockRows, sampleSize: 0, seed: Defaults.Seed, cancellationToken);
        return survey.Scaling();
    }

    /// <summary>Standardises whole rows in place.</summary>
    internal void Apply(Span<double> rows)
    {
        var features = _means.Length;
        for (var start = 0; start < rows.Length; start += features)
        {
            var row = rows.Slice(start, features);
            for (var j = 0; j < features; j++)
            {
                row[j] = (row[j] - _means[j]) / _scales[j];
            }
        }
    }

    /// <summary>Turns standardised rows back into the original units, in place.</summary>
    internal void Invert(Span<double> rows)
    {
        var features = _means.Length;
        for (var start = 0; start < rows.Length; start += features)
        {
            var row = rows.Slice(start, features);
            for (var j = 0; j < features; j++)
            {
                row[j] = (row[j] * _scales[j]) + _means[j];
            }
        }
    }
}
