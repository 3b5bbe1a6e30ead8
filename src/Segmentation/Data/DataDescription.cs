namespace Segmentation.Data;

/// <summary>The result of <see cref="DataFrame.Describe"/>: one <see cref="ColumnDescription"/> per column, in frame order.</summary>
public sealed class DataDescription
{
    internal DataDescription(IReadOnlyList<ColumnDescription> columns)
    {
        Columns = columns;
    }

    /// <summary>Gets the column summaries, in the order of the described frame.</summary>
    public IReadOnlyList<ColumnDescription> Columns { get; }

    /// <summary>Gets the summary of the column named <paramref name="name"/>.</summary>
    /// <param name="name">The exact column name.</param>
    /// <exception cref="ColumnNotFoundException">No column has that name.</exception>
    public ColumnDescription this[string name] =>
        Columns.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.Ordinal))
        ?? throw new ColumnNotFoundException(name, ColumnNameSuggestions.Closest(name, Columns.Select(c => c.Name).ToArray()));

    /// <summary>
    /// Returns the summaries as a frame with one row per described column and the columns Column, Kind, Count,
    /// Missing, Distinct, Mean, Std, Min, 25%, 50%, 75%, Max, Top, Frequency, Earliest, Latest (missing where a
    /// statistic does not apply).
    /// </summary>
    /// <returns>The table.</returns>
    public DataFrame ToDataFrame() => new(
        new CategoricalColumn("Column", Columns.Select(c => c.Name)),
        new CategoricalColumn("Kind", Columns.Select(c => c.Kind.ToString())),
        new NumericColumn("Count", Columns.Select(c => (double)c.Count)),
        new NumericColumn("Missing", Columns.Select(c => (double)c.MissingCount)),
        new NumericColumn("Distinct", Columns.Select(c => (double)c.DistinctCount)),
        new NumericColumn("Mean", Columns.Select(c => c.Mean)),
        new NumericColumn("Std", Columns.Select(c => c.StandardDeviation)),
        new NumericColumn("Min", Columns.Select(c => c.Minimum)),
        new NumericColumn("25%", Columns.Select(c => c.FirstQuartile)),
        new NumericColumn("50%", Columns.Select(c => c.Median)),
        new NumericColumn("75%", Columns.Select(c => c.ThirdQuartile)),
        new NumericColumn("Max", Columns.Select(c => c.Maximum)),
        new CategoricalColumn("Top", Columns.Select(c => c.Top)),
        new NumericColumn("Frequency", Columns.Select(c => c.Kind == ColumnKind.Categorical ? c.TopFrequency : double.NaN)),
        new DateColumn("Earliest", Columns.Select(c => c.Earliest)),
        new DateColumn("Latest", Columns.Select(c => c.Latest)));

    /// <inheritdoc />
    public override string ToString() => $"DataDescription: {Columns.Count} columns";
}
