using Segmentation.Data;

namespace Segmentation.Preprocessing;

/// <summary>Options of <see cref="ExcludeInvalidValues"/>.</summary>
public sealed record InvalidValueOptions
{
    /// <summary>Gets the numeric columns checked. Required, at least one.</summary>
    public required IReadOnlyList<string> Columns { get; init; }

    /// <summary>Gets the smallest valid value, or <see langword="null"/> for no lower bound. Default <see cref="Defaults.InvalidValueMinimum"/> (0).</summary>
    public double? Minimum { get; init; } = Defaults.InvalidValueMinimum;

    /// <summary>Gets the largest valid value, or <see langword="null"/> (the default) for no upper bound.</summary>
    public double? Maximum { get; init; }

    /// <summary>Gets whether a missing value is invalid too. Default <see langword="false"/> (impute it instead).</summary>
    public bool ExcludeMissing { get; init; }
}

/// <summary>
/// Excludes training rows with an invalid value (by default a negative amount) in any of the named numeric columns,
/// each reported by id with the value, column and bound. At scoring time rows are never dropped: rows with invalid
/// values are listed in <see cref="PreprocessingReport.FlaggedRows"/> and kept.
/// </summary>
public sealed class ExcludeInvalidValues : PreprocessingStep
{
    /// <summary>Creates the step: values below 0 in the named columns are invalid.</summary>
    /// <param name="columns">The numeric columns checked.</param>
    /// <exception cref="ArgumentException">No column is named, or a name is blank or repeated.</exception>
    public ExcludeInvalidValues(params string[] columns)
        : this(new InvalidValueOptions { Columns = columns })
    {
    }

    /// <summary>Creates the step from options.</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentException">No column is named, a name is blank or repeated, a bound is not finite, or Minimum &gt; Maximum.</exception>
    public ExcludeInvalidValues(InvalidValueOptions options)
    {
        Guard.NotNull(options);
        if (options.Minimum is { } minimum)
        {
            Guard.Finite(minimum, "Minimum");
        }

        if (options.Maximum is { } maximum)
        {
            Guard.Finite(maximum, "Maximum");
        }

        if (options.Minimum > options.Maximum)
        {
            Guard.ThrowArgument($"Minimum={Guard.Format(options.Minimum!.Value)} must be <= Maximum={Guard.Format(options.Maximum!.Value)}.", nameof(options));
        }

        Options = options with { Columns = ColumnNames.Validate(options.Columns, "Columns") };
    }

    /// <summary>Gets the validated options.</summary>
    public InvalidValueOptions Options { get; }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Name}({ColumnNames.Quote(Options.Columns)}: valid in [{(Options.Minimum is { } min ? Guard.Format(min) : "-inf")}, {(Options.Maximum is { } max ? Guard.Format(max) : "inf")}])";

    private protected override FittedStep FitCore(DataFrame training, PreprocessingReport report)
    {
        foreach (var name in Options.Columns)
        {
            _ = training.Columns.GetNumeric(name);
        }

        return new FittedInvalidValueFilter(Options.Columns, Options.Minimum, Options.Maximum, Options.ExcludeMissing);
    }
}

/// <summary>The fitted <see cref="ExcludeInvalidValues"/>: the columns and the valid range.</summary>
/// <param name="Columns">The numeric columns checked.</param>
/// <param name="Minimum">The smallest valid value, or <see langword="null"/>.</param>
/// <param name="Maximum">The largest valid value, or <see langword="null"/>.</param>
/// <param name="ExcludeMissing">Whether a missing value is invalid.</param>
public sealed record FittedInvalidValueFilter(IReadOnlyList<string> Columns, double? Minimum, double? Maximum, bool ExcludeMissing) : FittedStep
{
    /// <inheritdoc />
    public override string ToString() => $"ExcludeInvalidValues({ColumnNames.Quote(Columns)}: valid in [{(Minimum is { } min ? Guard.Format(min) : "-inf")}, {(Maximum is { } max ? Guard.Format(max) : "inf")}]{(ExcludeMissing ? ", missing invalid" : string.Empty)})";

    private protected override DataFrame TransformCore(DataFrame frame, PreprocessingReport report, bool training)
    {
        var reasons = new string?[frame.Rows.Count];
        foreach (var name in Columns)
        {
            var values = frame.Columns.GetNumeric(name).Values;
            for (var row = 0; row < values.Length; row++)
            {
                var value = values[row];
                if (double.IsNaN(value))
                {
                    if (ExcludeMissing)
                    {
                        RowExclusion.AddReason(reasons, row, $"'{name}' is missing");
                    }
                }
                else if (value < Minimum)
                {
                    RowExclusion.AddReason(reasons, row, $"'{name}'={Guard.Format(value)} is below the minimum {Guard.Format(Minimum.Value)}");
                }
                else if (value > Maximum)
                {
                    RowExclusion.AddReason(reasons, row, $"'{name}'={Guard.Format(value)} is above the maximum {Guard.Format(Maximum.Value)}");
                }
            }
        }

        return RowExclusion.Apply(frame, report, nameof(ExcludeInvalidValues), training, reasons);
    }
}
