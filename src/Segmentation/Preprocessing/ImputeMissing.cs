using Segmentation.Data;

namespace Segmentation.Preprocessing;

/// <summary>Options of <see cref="ImputeMissing"/>.</summary>
public sealed record ImputationOptions
{
    /// <summary>Gets how numeric columns are filled. Default <see cref="Defaults.NumericImputation"/> (median).</summary>
    public Imputation Strategy { get; init; } = Defaults.NumericImputation;

    /// <summary>
    /// Gets how categorical columns are filled: <see cref="Imputation.MostFrequent"/> or <see cref="Imputation.Constant"/>.
    /// Default <see cref="Defaults.CategoricalImputation"/> (most frequent).
    /// </summary>
    public Imputation CategoricalStrategy { get; init; } = Defaults.CategoricalImputation;

    /// <summary>Gets the numeric fill value used with <see cref="Imputation.Constant"/>; required then, finite.</summary>
    public double? FillValue { get; init; }

    /// <summary>Gets the categorical fill value used with <see cref="Imputation.Constant"/>; required then.</summary>
    public string? CategoricalFillValue { get; init; }

    /// <summary>
    /// Gets the columns imputed; <see langword="null"/> (the default) imputes every numeric and categorical column of the
    /// training frame except the id column (<see cref="PreprocessingReport.IdColumnName"/>). Date columns are never imputed.
    /// </summary>
    public IReadOnlyList<string>? Columns { get; init; }
}

/// <summary>
/// Fills missing values with a value learned from the training frame (mean, median, most frequent) or a constant, and
/// replays the same fill values on new data. Each column's fill value and count are reported.
/// </summary>
public sealed class ImputeMissing : PreprocessingStep
{
    /// <summary>Creates the step for every numeric and categorical column; categorical columns use the most frequent value.</summary>
    /// <param name="strategy">How numeric columns are filled; <see cref="Imputation.Constant"/> needs the options form.</param>
    /// <exception cref="ArgumentException">The strategy is <see cref="Imputation.Constant"/> (no value given) or undefined.</exception>
    public ImputeMissing(Imputation strategy = Defaults.NumericImputation)
        : this(new ImputationOptions { Strategy = strategy })
    {
    }

    /// <summary>Creates the step from options.</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentException">
    /// A strategy is undefined, the categorical strategy is mean or median, a constant strategy has no fill value,
    /// or the column list is empty or holds a blank or duplicate name.
    /// </exception>
    public ImputeMissing(ImputationOptions options)
    {
        Guard.NotNull(options);
        Guard.Defined(options.Strategy, "Strategy");
        Guard.Defined(options.CategoricalStrategy, "CategoricalStrategy");
        if (options.CategoricalStrategy is Imputation.Mean or Imputation.Median)
        {
            Guard.ThrowArgument(
                $"CategoricalStrategy={options.CategoricalStrategy} is not possible for categories; use MostFrequent or Constant.", nameof(options));
        }

        if (options.Strategy == Imputation.Constant)
        {
            if (options.FillValue is not { } fill)
            {
                throw new ArgumentException(
                    "Strategy=Constant needs a FillValue; use new ImputeMissing(new ImputationOptions { Strategy = Imputation.Constant, FillValue = ... }).",
                    nameof(options));
            }

            Guard.Finite(fill, "FillValue");
        }

        if (options.CategoricalStrategy == Imputation.Constant && options.CategoricalFillValue is null)
        {
            Guard.ThrowArgument("CategoricalStrategy=Constant needs a CategoricalFillValue.", nameof(options));
        }

        Options = options with { Columns = ColumnNames.ValidateOptional(options.Columns, "Columns") };
    }

    /// <summary>Gets the validated options.</summary>
    public ImputationOptions Options { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Name}({Options.Strategy}, categorical {Options.CategoricalStrategy})";

    private protected override FittedStep FitCore(DataFrame training, PreprocessingReport report)
    {
        var columns = Options.Columns is null
            ? ColumnNames.Default(training, report).Where(c => c.Kind != ColumnKind.Date).ToArray()
            : Options.Columns.Select(name => training.Columns[name]).ToArray();
        var fills = new List<ColumnFill>(columns.Length);
        foreach (var column in columns)
        {
            fills.Add(column switch
            {
                NumericColumn numeric => new ColumnFill(column.Name, NumericFill(numeric), null),
                CategoricalColumn categorical => new ColumnFill(column.Name, null, CategoricalFill(categorical)),
                _ => Guard.ThrowData<ColumnFill>(
                    $"Column '{column.Name}' is {column.Kind}; ImputeMissing fills numeric and categorical columns only.", column.Name),
            });
        }

        return new FittedImputation(fills);
    }

    private double NumericFill(NumericColumn column)
    {
        if (Options.Strategy == Imputation.Constant)
        {
            return Options.FillValue!.Value;
        }

        var present = Statistics.Present(column.Values);
        if (present.Length == 0)
        {
            Guard.ThrowData($"Column '{column.Name}' has no values to compute the {Options.Strategy} from (all {column.Length} rows are missing).", column.Name);
        }

        if (Options.Strategy == Imputation.Mean)
        {
            return Statistics.Mean(present);
        }

        Array.Sort(present);
        return Options.Strategy == Imputation.Median ? Statistics.Median(present) : Statistics.MostFrequent(present);
    }

    private string CategoricalFill(CategoricalColumn column)
    {
        if (Options.CategoricalStrategy == Imputation.Constant)
        {
            return Options.CategoricalFillValue!;
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var row = 0; row < column.Length; row++)
        {
            if (column[row] is { } value)
            {
                counts[value] = counts.GetValueOrDefault(value) + 1;
            }
        }

        if (counts.Count == 0)
        {
            Guard.ThrowData($"Column '{column.Name}' has no values to compute the MostFrequent from (all {column.Length} rows are missing).", column.Name);
        }

        return counts.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal).First().Key;
    }
}

/// <summary>The fill value of one column: numeric or categorical.</summary>
/// <param name="Column">The column name.</param>
/// <param name="NumericValue">The numeric fill value, for a numeric column.</param>
/// <param name="CategoricalValue">The categorical fill value, for a categorical column.</param>
public sealed record ColumnFill(string Column, double? NumericValue, string? CategoricalValue);

/// <summary>The fitted <see cref="ImputeMissing"/>: the fill value of each column.</summary>
/// <param name="Columns">The fill values, one per imputed column.</param>
public sealed record FittedImputation(IReadOnlyList<ColumnFill> Columns) : FittedStep
{
    /// <inheritdoc />
    public override string ToString() => $"ImputeMissing({string.Join(", ", Columns.Select(c => $"'{c.Column}' <- {(c.NumericValue is { } v ? Guard.Format(v) : $"'{c.CategoricalValue}'")}"))})";

    private protected override DataFrame TransformCore(DataFrame frame, PreprocessingReport report, bool training)
    {
        foreach (var fill in Columns)
        {
            var column = frame.Columns[fill.Column];
            if (column.MissingCount == 0)
            {
                continue;
            }

            DataFrameColumn filled;
            string fillText;
            if (fill.NumericValue is { } number)
            {
                var numeric = frame.Columns.GetNumeric(fill.Column);
                var values = numeric.Values.ToArray();
                for (var row = 0; row < values.Length; row++)
                {
                    if (double.IsNaN(values[row]))
                    {
                        values[row] = number;
                    }
                }

                filled = NumericColumn.Wrap(fill.Column, values);
                fillText = Guard.Format(number);
            }
            else
            {
                var categorical = frame.Columns.GetCategorical(fill.Column);
                var values = new string?[categorical.Length];
                for (var row = 0; row < values.Length; row++)
                {
                    values[row] = categorical[row] ?? fill.CategoricalValue;
                }

                filled = CategoricalColumn.Wrap(fill.Column, values);
                fillText = fill.CategoricalValue!;
            }

            report.Imputed(fill.Column, fillText, column.MissingCount);
            frame = frame.WithColumn(filled);
        }

        return frame;
    }
}
