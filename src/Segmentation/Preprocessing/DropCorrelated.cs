using Segmentation.Data;

namespace Segmentation.Preprocessing;

/// <summary>Options of <see cref="DropCorrelated"/>.</summary>
public sealed record CorrelationFilterOptions
{
    /// <summary>Gets the threshold: of each pair with |Pearson r| above it, one column is dropped. Default <see cref="Defaults.CorrelationThreshold"/> (0.95).</summary>
    public double Threshold { get; init; } = Defaults.CorrelationThreshold;

    /// <summary>Gets the columns examined; <see langword="null"/> (the default) examines every numeric column except the id column (<see cref="PreprocessingReport.IdColumnName"/>).</summary>
    public IReadOnlyList<string>? Columns { get; init; }
}

/// <summary>
/// Drops one column of each pair of numeric columns whose |Pearson r| (over rows where both are present) is above a
/// threshold. Which one: pairs are visited in column order (i &lt; j), and the later column j is dropped, the earlier
/// kept, unless one of the two was already dropped for another pair (then the pair is skipped). So the first column of
/// a correlated group survives. A constant column has no correlation and is never dropped here.
/// </summary>
public sealed class DropCorrelated : PreprocessingStep
{
    /// <summary>Creates the step with a threshold, examining every numeric column.</summary>
    /// <param name="threshold">Between 0 and 1. Default <see cref="Defaults.CorrelationThreshold"/> (0.95).</param>
    /// <exception cref="ArgumentOutOfRangeException">The threshold is outside [0, 1].</exception>
    public DropCorrelated(double threshold = Defaults.CorrelationThreshold)
        : this(new CorrelationFilterOptions { Threshold = threshold })
    {
    }

    /// <summary>Creates the step from options.</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentOutOfRangeException">The threshold is outside [0, 1].</exception>
    /// <exception cref="ArgumentException">The column list is empty or holds a blank or duplicate name.</exception>
    public DropCorrelated(CorrelationFilterOptions options)
    {
        Guard.NotNull(options);
        Guard.InRange(options.Threshold, 0, 1, "Threshold");
        Options = options with { Columns = ColumnNames.ValidateOptional(options.Columns, "Columns") };
    }

    /// <summary>Gets the validated options.</summary>
    public CorrelationFilterOptions Options { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Name}(Threshold={Guard.Format(Options.Threshold)})";

    private protected override FittedStep FitCore(DataFrame training, PreprocessingReport report)
    {
        var columns = ColumnNames.Numeric(training, Options.Columns, report);
        var dropped = new bool[columns.Length];
        for (var i = 0; i < columns.Length; i++)
        {
            for (var j = i + 1; j < columns.Length; j++)
            {
                if (dropped[i] || dropped[j])
                {
                    continue;
                }

                var r = Statistics.Correlation(columns[i].Values, columns[j].Values);
                if (Math.Abs(r) > Options.Threshold)
                {
                    dropped[j] = true;
                    report.Drop(
                        columns[j].Name,
                        Name,
                        $"|r|={Guard.Format(Math.Abs(r))} with '{columns[i].Name}' is above the threshold {Guard.Format(Options.Threshold)}");
                }
            }
        }

        return new FittedColumnDrop(Name, columns.Where((_, index) => dropped[index]).Select(c => c.Name).ToArray());
    }
}
