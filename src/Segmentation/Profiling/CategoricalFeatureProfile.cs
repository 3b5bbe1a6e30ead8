namespace Segmentation.Profiling;

/// <summary>One categorical column seen in one segment: the share of each level and its lift over the population.</summary>
public sealed class CategoricalFeatureProfile
{
    internal CategoricalFeatureProfile(string column, int count, int missingCount, IReadOnlyList<CategoryShare> levels)
    {
        Column = column;
        Count = count;
        MissingCount = missingCount;
        Levels = levels;
    }

    /// <summary>Gets the column name, as in the frame.</summary>
    public string Column { get; }

    /// <summary>Gets the number of segment rows with a value.</summary>
    public int Count { get; }

    /// <summary>Gets the number of segment rows without a value.</summary>
    public int MissingCount { get; }

    /// <summary>Gets every level seen in the population, in descending order of the segment share (ties: ordinal order of the level).</summary>
    public IReadOnlyList<CategoryShare> Levels { get; }

    /// <summary>Gets the share of <paramref name="level"/> in the segment (0 when the level does not occur there).</summary>
    /// <param name="level">The level, compared ordinally.</param>
    /// <exception cref="ArgumentException">The level does not occur in the population.</exception>
    public CategoryShare this[string level] =>
        Levels.FirstOrDefault(l => string.Equals(l.Level, level, StringComparison.Ordinal))
        ?? throw new ArgumentException(
            $"Level '{level}' does not occur in column '{Column}'; levels are {string.Join(", ", Levels.Select(l => $"'{l.Level}'").Order(StringComparer.Ordinal))}.",
            nameof(level));

    /// <summary>
    /// Gets the level whose share differs most from the population's (largest |share difference|; ties: ordinal
    /// order), or <see langword="null"/> when the column has no levels.
    /// </summary>
    public CategoryShare? MostDistinctive =>
        Levels.Where(l => !double.IsNaN(l.Difference))
            .OrderByDescending(l => Math.Abs(l.Difference))
            .ThenBy(l => l.Level, StringComparer.Ordinal)
            .FirstOrDefault();
}
