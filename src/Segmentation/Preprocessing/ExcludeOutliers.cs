using Segmentation.Data;

namespace Segmentation.Preprocessing;

/// <summary>How <see cref="ExcludeOutliers"/> finds outliers.</summary>
public enum OutlierMethod
{
    /// <summary>Outside [Q1 - k IQR, Q3 + k IQR] (Tukey's fences; quartiles by numpy's linear method).</summary>
    Iqr,

    /// <summary>|x - mean| / std above a threshold (population std, ddof = 0).</summary>
    ZScore,
}

/// <summary>Options of <see cref="ExcludeOutliers"/>.</summary>
public sealed record OutlierOptions
{
    /// <summary>Gets the rule. Default <see cref="OutlierMethod.Iqr"/>.</summary>
    public OutlierMethod Method { get; init; } = OutlierMethod.Iqr;

    /// <summary>Gets k of the IQR rule. Default <see cref="Defaults.IqrMultiplier"/> (1.5).</summary>
    public double IqrMultiplier { get; init; } = Defaults.IqrMultiplier;

    /// <summary>Gets the z-score threshold. Default <see cref="Defaults.ZScoreThreshold"/> (3).</summary>
    public double ZScoreThreshold { get; init; } = Defaults.ZScoreThreshold;

    /// <summary>Gets the numeric columns checked; <see langword="null"/> (the default) checks every numeric column except the id column (<see cref="PreprocessingReport.IdColumnName"/>).</summary>
    public IReadOnlyList<string>? Columns { get; init; }
}

/// <summary>
/// Excludes training rows with an outlying value in any checked column. The bounds are learned on the training frame
/// (before any row is removed) and each excluded row is reported by id with the value, column and bound. Missing
/// values are not outliers. At scoring time rows are never dropped: rows outside the learned bounds are listed in
/// <see cref="PreprocessingReport.FlaggedRows"/> and kept.
/// </summary>
public sealed class ExcludeOutliers : PreprocessingStep
{
    /// <summary>Creates the step over every numeric column with the default multiplier or threshold.</summary>
    /// <param name="method">The rule. Default <see cref="OutlierMethod.Iqr"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The method is undefined.</exception>
    public ExcludeOutliers(OutlierMethod method = OutlierMethod.Iqr)
        : this(new OutlierOptions { Method = method })
    {
    }

    /// <summary>Creates the step from options.</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentOutOfRangeException">The method is undefined, or the multiplier or threshold is not a finite number &gt; 0.</exception>
    /// <exception cref="ArgumentException">The column list is empty or holds a blank or duplicate name.</exception>
    public ExcludeOutliers(OutlierOptions options)
    {
        Guard.NotNull(options);
        Guard.Defined(options.Method, "Method");
        Guard.Positive(options.IqrMultiplier, "IqrMultiplier");
        Guard.Positive(options.ZScoreThreshold, "ZScoreThreshold");
        Options = options with { Columns = ColumnNames.ValidateOptional(options.Columns, "Columns") };
    }

    /// <summary>Gets the validated options.</summary>
    public OutlierOptions Options { get; }

    /// <inheritdoc />
    public override string ToString() => Options.Method == OutlierMethod.Iqr
        ? $"{Name}(IQR, k={Guard.Format(Options.IqrMultiplier)})"
        : $"{Name}(z-score, threshold={Guard.Format(Options.ZScoreThreshold)})";

    private protected override FittedStep FitCore(DataFrame training, PreprocessingReport report)
    {
        var bounds = new List<ColumnBounds>();
        foreach (var column in ColumnNames.Numeric(training, Options.Columns, report))
        {
            var present = Statistics.Present(column.Values);
            if (present.Length == 0)
            {
                continue;
            }

            if (Options.Method == OutlierMethod.Iqr)
            {
                Array.Sort(present);
                var lowerQuartile = Statistics.Quantile(present, 0.25);
                var upperQuartile = Statistics.Quantile(present, 0.75);
                var reach = Options.IqrMultiplier * (upperQuartile - lowerQuartile);
                bounds.Add(new ColumnBounds(column.Name, lowerQuartile - reach, upperQuartile + reach));
            }
            else
            {
                var mean = Statistics.Mean(present);
                var reach = Options.ZScoreThreshold * Math.Sqrt(Statistics.PopulationVariance(present, mean));
                bounds.Add(new ColumnBounds(column.Name, mean - reach, mean + reach));
            }
        }

        return new FittedOutlierFilter(ToString(), bounds);
    }
}

/// <summary>The inlier range of one column: values outside [Lower, Upper] are outliers.</summary>
/// <param name="Column">The column name.</param>
/// <param name="Lower">The smallest inlying value.</param>
/// <param name="Upper">The largest inlying value.</param>
public sealed record ColumnBounds(string Column, double Lower, double Upper);

/// <summary>The fitted <see cref="ExcludeOutliers"/>: the inlier range of each checked column.</summary>
/// <param name="Rule">The rule the bounds came from, e.g. "ExcludeOutliers(IQR, k=1.5)".</param>
/// <param name="Columns">The inlier range of each column.</param>
public sealed record FittedOutlierFilter(string Rule, IReadOnlyList<ColumnBounds> Columns) : FittedStep
{
    /// <inheritdoc />
    public override string ToString() => $"{Rule}: {string.Join(", ", Columns.Select(c => $"'{c.Column}' in [{Guard.Format(c.Lower)}, {Guard.Format(c.Upper)}]"))}";

    private protected override DataFrame TransformCore(DataFrame frame, PreprocessingReport report, bool training)
    {
        var reasons = new string?[frame.Rows.Count];
        foreach (var bounds in Columns)
        {
            var values = frame.Columns.GetNumeric(bounds.Column).Values;
            for (var row = 0; row < values.Length; row++)
            {
                var value = values[row];
                if (value < bounds.Lower || value > bounds.Upper)
                {
                    RowExclusion.AddReason(
                        reasons, row, $"'{bounds.Column}'={Guard.Format(value)} is outside [{Guard.Format(bounds.Lower)}, {Guard.Format(bounds.Upper)}] ({Rule})");
                }
            }
        }

        return RowExclusion.Apply(frame, report, nameof(ExcludeOutliers), training, reasons);
    }
}
