using Segmentation.Data;

namespace Segmentation.Preprocessing;

/// <summary>
/// Keeps the training rows a predicate accepts; the others are excluded and reported by id with the description as the
/// reason. Fit time only: a delegate cannot be saved, so the fitted step does nothing at scoring time (rows are never
/// dropped when scoring) and adds a note saying the predicate was not replayed.
/// </summary>
public sealed class FilterRows : PreprocessingStep
{
    /// <summary>Creates the step.</summary>
    /// <param name="keep">Returns <see langword="true"/> to keep row <c>row</c> of <c>frame</c>.</param>
    /// <param name="description">Why rows are excluded, for the report, e.g. "customers who joined before 2013".</param>
    /// <exception cref="ArgumentNullException"><paramref name="keep"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="description"/> is blank.</exception>
    public FilterRows(Func<DataFrame, int, bool> keep, string description)
    {
        Keep = Guard.NotNull(keep);
        Description = Guard.NotNullOrWhiteSpace(description);
    }

    /// <summary>Gets the predicate: <see langword="true"/> keeps the row.</summary>
    public Func<DataFrame, int, bool> Keep { get; }

    /// <summary>Gets the description, used as the reason for each excluded row.</summary>
    public string Description { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Name}({Description})";

    private protected override FittedStep FitCore(DataFrame training, PreprocessingReport report)
    {
        var excluded = new List<int>();
        for (var row = 0; row < training.Rows.Count; row++)
        {
            if (!Keep(training, row))
            {
                excluded.Add(row);
            }
        }

        return new FittedPredicateFilter(Description) { ExcludedAtFit = excluded };
    }
}

/// <summary>
/// The fitted <see cref="FilterRows"/>: only its description survives (a delegate cannot be saved). It excludes the
/// rows it was fitted on that the predicate rejected, and does nothing at scoring time.
/// </summary>
/// <param name="Description">Why rows were excluded.</param>
public sealed record FittedPredicateFilter(string Description) : FittedStep
{
    /// <inheritdoc />
    public override string ToString() => $"FilterRows({Description}; fit time only)";

    internal IReadOnlyList<int> ExcludedAtFit { get; init; } = [];

    private protected override DataFrame TransformCore(DataFrame frame, PreprocessingReport report, bool training)
    {
        if (!training)
        {
            report.Note($"FilterRows({Description}) applies at fit time only; it was not replayed on these rows.");
            return frame;
        }

        var reasons = new string?[frame.Rows.Count];
        foreach (var row in ExcludedAtFit)
        {
            reasons[row] = Description;
        }

        return RowExclusion.Apply(frame, report, nameof(FilterRows), training: true, reasons);
    }
}
