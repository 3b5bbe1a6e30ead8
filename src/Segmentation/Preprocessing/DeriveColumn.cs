using Segmentation.Data;

namespace Segmentation.Preprocessing;

/// <summary>Options of <see cref="DeriveColumn"/>.</summary>
public sealed record DeriveColumnOptions
{
    /// <summary>Gets the name of the derived column. Required.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the formula. Required.</summary>
    public required Derivation Derivation { get; init; }

    /// <summary>Gets whether the source columns are dropped after deriving (reported). Default <see langword="false"/>.</summary>
    public bool DropSourceColumns { get; init; }

    /// <summary>
    /// Gets whether an existing column of the same name may be replaced (e.g. a column by its own log1p).
    /// Default <see langword="false"/>: an existing name is an error.
    /// </summary>
    public bool ReplaceExisting { get; init; }
}

/// <summary>
/// Adds a numeric column computed from others by a named <see cref="Preprocessing.Derivation"/> (age from birth year,
/// sum, difference, ratio, days since a date, year of a date, log1p). The formula has no learned state and replays
/// as is on new data.
/// </summary>
public sealed class DeriveColumn : PreprocessingStep
{
    /// <summary>Creates the step.</summary>
    /// <param name="name">The name of the new column.</param>
    /// <param name="derivation">The formula, e.g. <c>new AgeFromBirthYear("Year_Birth", 2014)</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="derivation"/> is <see langword="null"/>.</exception>
    public DeriveColumn(string name, Derivation derivation)
        : this(new DeriveColumnOptions { Name = name, Derivation = derivation })
    {
    }

    /// <summary>Creates the step from options.</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentException">The name is blank.</exception>
    /// <exception cref="ArgumentNullException">The derivation is <see langword="null"/>.</exception>
    public DeriveColumn(DeriveColumnOptions options)
    {
        Guard.NotNull(options);
        Guard.NotNullOrWhiteSpace(options.Name, "Name");
        Guard.NotNull(options.Derivation, "Derivation");
        Options = options;
    }

    /// <summary>Gets the validated options.</summary>
    public DeriveColumnOptions Options { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Name}('{Options.Name}' = {Options.Derivation})";

    private protected override FittedStep FitCore(DataFrame training, PreprocessingReport report)
    {
        if (!Options.ReplaceExisting && training.Columns.Contains(Options.Name)
            && !(Options.DropSourceColumns && Options.Derivation.SourceColumns.Contains(Options.Name)))
        {
            Guard.ThrowData(
                $"Column '{Options.Name}' already exists; choose another name for the derived column or set ReplaceExisting.", Options.Name);
        }

        foreach (var source in Options.Derivation.SourceColumns)
        {
            _ = training.Columns[source];
        }

        if (Options.DropSourceColumns)
        {
            foreach (var source in Options.Derivation.SourceColumns.Where(s => s != Options.Name))
            {
                report.Drop(source, Name, $"source of derived column '{Options.Name}'");
            }
        }

        return new FittedDerivedColumn(Options.Name, Options.Derivation, Options.DropSourceColumns);
    }
}

/// <summary>The fitted <see cref="DeriveColumn"/>: the formula, replayed as is.</summary>
/// <param name="Name">The derived column's name.</param>
/// <param name="Derivation">The formula.</param>
/// <param name="DropSourceColumns">Whether the source columns are dropped after deriving.</param>
public sealed record FittedDerivedColumn(string Name, Derivation Derivation, bool DropSourceColumns) : FittedStep
{
    /// <inheritdoc />
    public override string ToString() => $"DeriveColumn('{Name}' = {Derivation})";

    private protected override DataFrame TransformCore(DataFrame frame, PreprocessingReport report, bool training)
    {
        var values = Derivation.Evaluate(frame, Name, report);
        if (DropSourceColumns)
        {
            frame = frame.WithoutColumns([.. Derivation.SourceColumns.Where(s => s != Name)]);
        }

        return frame.WithColumn(NumericColumn.Wrap(Name, values));
    }
}
