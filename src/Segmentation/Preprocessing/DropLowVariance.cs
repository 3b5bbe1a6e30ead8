using System.Globalization;
using Segmentation.Data;

namespace Segmentation.Preprocessing;

/// <summary>Options of <see cref="DropLowVariance"/>.</summary>
public sealed record LowVarianceOptions
{
    /// <summary>Gets the threshold: a column whose population variance is at most this is dropped. Default <see cref="Defaults.VarianceThreshold"/> (0).</summary>
    public double Threshold { get; init; } = Defaults.VarianceThreshold;

    /// <summary>Gets the columns examined; <see langword="null"/> (the default) examines every numeric column except the id column (<see cref="PreprocessingReport.IdColumnName"/>).</summary>
    public IReadOnlyList<string>? Columns { get; init; }
}

/// <summary>
/// Drops numeric columns whose population variance (ddof = 0, missing values skipped) is at most a threshold, as
/// scikit-learn's VarianceThreshold; with the default threshold 0 it drops constant columns. Each drop is reported
/// with the variance.
/// </summary>
public sealed class DropLowVariance : PreprocessingStep
{
    /// <summary>Creates the step with a threshold, examining every numeric column.</summary>
    /// <param name="threshold">A finite number &gt;= 0. Default <see cref="Defaults.VarianceThreshold"/> (0).</param>
    /// <exception cref="ArgumentOutOfRangeException">The threshold is negative or not finite.</exception>
    public DropLowVariance(double threshold = Defaults.VarianceThreshold)
        : this(new LowVarianceOptions { Threshold = threshold })
    {
    }

    /// <summary>Creates the step from options.</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentOutOfRangeException">The threshold is negative or not finite.</exception>
    /// <exception cref="ArgumentException">The column list is empty or holds a blank or duplicate name.</exception>
    public DropLowVariance(LowVarianceOptions options)
    {
        Guard.NotNull(options);
        Guard.NonNegative(options.Threshold, "Threshold");
        Options = options with { Columns = ColumnNames.ValidateOptional(options.Columns, "Columns") };
    }

    /// <summary>Gets the validated options.</summary>
    public LowVarianceOptions Options { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Name}(Threshold={Guard.Format(Options.Threshold)})";

    private protected override FittedStep FitCore(DataFrame training, PreprocessingReport report)
    {
        var dropped = new List<string>();
        foreach (var column in ColumnNames.Numeric(training, Options.Columns, report))
        {
            var present = Statistics.Present(column.Values);
            if (present.Length == 0)
            {
                continue;
            }

            var variance = Statistics.PopulationVariance(present, Statistics.Mean(present));
            if (variance <= Options.Threshold)
            {
                dropped.Add(column.Name);
                report.Drop(
                    column.Name,
                    Name,
                    string.Create(CultureInfo.InvariantCulture, $"variance {Guard.Format(variance)} is at most the threshold {Guard.Format(Options.Threshold)}"));
            }
        }

        return new FittedColumnDrop(Name, dropped);
    }
}
