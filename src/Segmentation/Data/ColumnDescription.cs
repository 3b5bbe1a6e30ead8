namespace Segmentation.Data;

/// <summary>
/// Summary statistics of one column, as pandas' <c>describe</c> gives them. Statistics that do not apply to the
/// column's kind are <see cref="double.NaN"/> (numbers) or <see langword="null"/> (text and dates).
/// </summary>
/// <param name="Name">The column name.</param>
/// <param name="Kind">The column kind.</param>
/// <param name="Count">Values present (not missing).</param>
/// <param name="MissingCount">Values missing.</param>
/// <param name="DistinctCount">Distinct values present.</param>
/// <param name="Mean">Numeric: the mean.</param>
/// <param name="StandardDeviation">Numeric: the sample standard deviation (n - 1 in the denominator, as pandas); NaN below 2 values.</param>
/// <param name="Minimum">Numeric: the smallest value.</param>
/// <param name="FirstQuartile">Numeric: the 25th percentile, linearly interpolated (as numpy and pandas).</param>
/// <param name="Median">Numeric: the 50th percentile.</param>
/// <param name="ThirdQuartile">Numeric: the 75th percentile, linearly interpolated.</param>
/// <param name="Maximum">Numeric: the largest value.</param>
/// <param name="Top">Categorical: the most frequent value (ties: the first in ordinal order); otherwise <see langword="null"/>.</param>
/// <param name="TopFrequency">Categorical: how often <paramref name="Top"/> occurs; otherwise 0.</param>
/// <param name="Earliest">Date: the earliest date; otherwise <see langword="null"/>.</param>
/// <param name="Latest">Date: the latest date; otherwise <see langword="null"/>.</param>
public sealed record ColumnDescription(
    string Name,
    ColumnKind Kind,
    int Count,
    int MissingCount,
    int DistinctCount,
    double Mean,
    double StandardDeviation,
    double Minimum,
    double FirstQuartile,
    double Median,
    double ThirdQuartile,
    double Maximum,
    string? Top,
    int TopFrequency,
    DateTime? Earliest,
    DateTime? Latest);
