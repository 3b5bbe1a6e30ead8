using Segmentation.Data;

namespace Segmentation.Preprocessing;

/// <summary>Options of <see cref="Normalize"/>.</summary>
public sealed record NormalizationOptions
{
    /// <summary>Gets the scaling method. Default <see cref="Defaults.Normalization"/> (z-score).</summary>
    public Normalization Method { get; init; } = Defaults.Normalization;

    /// <summary>
    /// Gets whether log(1 + x) is applied before scaling (for skewed amounts); a negative value is then an error naming
    /// the value, column and row. Default <see langword="false"/>.
    /// </summary>
    public bool Log1p { get; init; }

    /// <summary>Gets the columns scaled; <see langword="null"/> (the default) scales every numeric column except the id column (<see cref="PreprocessingReport.IdColumnName"/>).</summary>
    public IReadOnlyList<string>? Columns { get; init; }
}

/// <summary>
/// Scales numeric columns with statistics learned on the training frame (missing values skipped, and kept missing).
/// A column that is constant on the training frame cannot be scaled: with any method but <see cref="Normalization.None"/>
/// it is dropped and reported, never divided by zero. For <see cref="Normalization.Robust"/> a non-constant column
/// whose IQR is 0 is scaled by 1 (as scikit-learn), and a note says so.
/// </summary>
public sealed class Normalize : PreprocessingStep
{
    /// <summary>Creates the step for every numeric column.</summary>
    /// <param name="method">The scaling method. Default <see cref="Defaults.Normalization"/> (z-score).</param>
    /// <exception cref="ArgumentOutOfRangeException">The method is undefined.</exception>
    public Normalize(Normalization method = Defaults.Normalization)
        : this(new NormalizationOptions { Method = method })
    {
    }

    /// <summary>Creates the step from options.</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentOutOfRangeException">The method is undefined.</exception>
    /// <exception cref="ArgumentException">The column list is empty or holds a blank or duplicate name.</exception>
    public Normalize(NormalizationOptions options)
    {
        Guard.NotNull(options);
        Guard.Defined(options.Method, "Method");
        Options = options with { Columns = ColumnNames.ValidateOptional(options.Columns, "Columns") };
    }

    /// <summary>Gets the validated options.</summary>
    public NormalizationOptions Options { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Name}({Options.Method}{(Options.Log1p ? ", log1p first" : string.Empty)})";

    private protected override FittedStep FitCore(DataFrame training, PreprocessingReport report)
    {
        var scales = new List<ColumnScale>();
        var dropped = new List<string>();
        foreach (var column in ColumnNames.Numeric(training, Options.Columns, report))
        {
            var values = Options.Log1p ? LogValues(column, report) : column.Values.ToArray();
            var present = Statistics.Present(values);
            if (present.Length == 0)
            {
                Guard.ThrowData($"Column '{column.Name}' has no values to scale (all {column.Length} rows are missing).", column.Name);
            }

            Array.Sort(present);
            if (Options.Method != Normalization.None && present[0] == present[^1])
            {
                dropped.Add(column.Name);
                report.Drop(column.Name, Name, $"constant ({Guard.Format(present[0])}) on the training data; it cannot be scaled");
                continue;
            }

            scales.Add(Options.Method switch
            {
                Normalization.ZScore => ZScore(column.Name, present),
                Normalization.MinMax => new ColumnScale(column.Name, present[0], present[^1] - present[0]),
                Normalization.Robust => Robust(column.Name, present, report),
                _ => new ColumnScale(column.Name, 0, 1),
            });
        }

        return new FittedNormalization(Options.Method, Options.Log1p, scales, dropped);
    }

    private static ColumnScale ZScore(string name, double[] present)
    {
        // scikit-learn's StandardScaler: mean, then the variance with its rounding correction term.
        var mean = Statistics.Mean(present);
        double squares = 0, correction = 0;
        foreach (var value in present)
        {
            var deviation = value - mean;
            squares += deviation * deviation;
            correction += deviation;
        }

        var variance = (squares - (correction * correction / present.Length)) / present.Length;
        return new ColumnScale(name, mean, Math.Sqrt(variance));
    }

    private ColumnScale Robust(string name, double[] sorted, PreprocessingReport report)
    {
        var range = Statistics.Quantile(sorted, 0.75) - Statistics.Quantile(sorted, 0.25);
        if (range == 0)
        {
            report.Note($"{Name}: column '{name}' has an interquartile range of 0; it is centred on its median and scaled by 1.");
            range = 1;
        }

        return new ColumnScale(name, Statistics.Median(sorted), range);
    }

    private static double[] LogValues(NumericColumn column, PreprocessingReport report)
    {
        var values = new double[column.Length];
        for (var row = 0; row < values.Length; row++)
        {
            values[row] = Preprocessing.Log1p.Apply(column[row], column.Name, row, report);
        }

        return values;
    }
}

/// <summary>How one column is scaled: <c>(x - Center) / Scale</c>.</summary>
/// <param name="Column">The column name.</param>
/// <param name="Center">The value subtracted (mean, minimum, median, or 0).</param>
/// <param name="Scale">The divisor (std, range, IQR, or 1); never 0.</param>
public sealed record ColumnScale(string Column, double Center, double Scale);

/// <summary>The fitted <see cref="Normalize"/>: the centre and scale of each column, and the constant columns dropped.</summary>
/// <param name="Method">The scaling method.</param>
/// <param name="Log1p">Whether log(1 + x) is applied before scaling.</param>
/// <param name="Columns">The centre and scale of each scaled column.</param>
/// <param name="DroppedColumns">The columns dropped as constant on the training data.</param>
public sealed record FittedNormalization(
    Normalization Method, bool Log1p, IReadOnlyList<ColumnScale> Columns, IReadOnlyList<string> DroppedColumns) : FittedStep
{
    /// <inheritdoc />
    public override string ToString() => $"Normalize({Method}{(Log1p ? " after log1p" : string.Empty)}: {string.Join(", ", Columns.Select(c => $"'{c.Column}' (x - {Guard.Format(c.Center)}) / {Guard.Format(c.Scale)}"))})";

    /// <summary>Maps scaled values of <paramref name="column"/> back to the data's units (after log1p, when used).</summary>
    /// <param name="column">A scaled column's name.</param>
    /// <param name="scaled">A scaled value.</param>
    /// <returns>The value in the data's units (the log1p units when <see cref="Log1p"/> is set).</returns>
    /// <exception cref="ArgumentException">The column was not scaled by this step.</exception>
    public double InverseTransform(string column, double scaled)
    {
        var scale = Columns.FirstOrDefault(c => c.Column == column)
            ?? throw new ArgumentException($"Column '{column}' was not scaled by this step.", nameof(column));
        return (scaled * scale.Scale) + scale.Center;
    }

    private protected override DataFrame TransformCore(DataFrame frame, PreprocessingReport report, bool training)
    {
        if (DroppedColumns.Count > 0)
        {
            frame = frame.WithoutColumns([.. DroppedColumns.Where(frame.Columns.Contains)]);
        }

        foreach (var scale in Columns)
        {
            var column = frame.Columns.GetNumeric(scale.Column);
            var values = new double[column.Length];
            var minMaxScale = 1 / scale.Scale;
            var minMaxOffset = -scale.Center * minMaxScale;
            for (var row = 0; row < values.Length; row++)
            {
                var value = Log1p ? Preprocessing.Log1p.Apply(column[row], column.Name, row, report) : column[row];

                // MinMax follows scikit-learn's arithmetic (x * scale + min) so the last digits agree.
                values[row] = Method == Normalization.MinMax
                    ? (value * minMaxScale) + minMaxOffset
                    : (value - scale.Center) / scale.Scale;
            }

            frame = frame.WithColumn(NumericColumn.Wrap(scale.Column, values));
        }

        return frame;
    }
}
