using Segmentation.Data;

namespace Segmentation.Preprocessing;

/// <summary>Keeps only the named columns, in the order given; every other column is dropped and reported.</summary>
public sealed class SelectColumns : PreprocessingStep
{
    /// <summary>Creates the step.</summary>
    /// <param name="columns">The columns to keep, in order; at least one, no duplicates.</param>
    /// <exception cref="ArgumentException">The list is empty, or holds a blank or duplicate name.</exception>
    public SelectColumns(params string[] columns)
        : this((IEnumerable<string>)columns)
    {
    }

    /// <summary>Creates the step.</summary>
    /// <param name="columns">The columns to keep, in order; at least one, no duplicates.</param>
    /// <exception cref="ArgumentException">The list is empty, or holds a blank or duplicate name.</exception>
    public SelectColumns(IEnumerable<string> columns)
    {
        Columns = ColumnNames.Validate(columns, nameof(columns));
    }

    /// <summary>Gets the columns kept, in order.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Name}({ColumnNames.Quote(Columns)})";

    private protected override FittedStep FitCore(DataFrame training, PreprocessingReport report)
    {
        foreach (var name in Columns)
        {
            _ = training.Columns[name];
        }

        report.Select(Columns);
        var kept = new HashSet<string>(Columns, StringComparer.Ordinal);
        foreach (var column in training.Columns.Names.Where(n => !kept.Contains(n)))
        {
            report.Drop(column, Name, "not selected");
        }

        return new FittedColumnSelection(Columns.ToArray());
    }
}

/// <summary>The fitted <see cref="SelectColumns"/>: keeps the named columns, in order.</summary>
/// <param name="Columns">The columns kept, in order.</param>
public sealed record FittedColumnSelection(IReadOnlyList<string> Columns) : FittedStep
{
    /// <inheritdoc />
    public override string ToString() => $"SelectColumns({ColumnNames.Quote(Columns)})";

    private protected override DataFrame TransformCore(DataFrame frame, PreprocessingReport report, bool training) =>
        frame.SelectColumns([.. Columns]);
}
