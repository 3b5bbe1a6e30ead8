namespace Segmentation.Data;

/// <summary>
/// A column of text or categories; <see langword="null"/> marks a missing value. Values are kept exactly as read
/// (no trimming or case folding), so "Married" and "married" are two categories.
/// </summary>
public sealed class CategoricalColumn : DataFrameColumn
{
    private readonly string?[] _values;
    private IReadOnlyList<string>? _categories;

    /// <summary>Creates a column holding a copy of <paramref name="values"/>.</summary>
    /// <param name="name">The column name.</param>
    /// <param name="values">The values; <see langword="null"/> means missing.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public CategoricalColumn(string name, IEnumerable<string?> values)
        : base(name)
    {
        _values = Guard.NotNull(values).ToArray();
    }

    private CategoricalColumn(string name, string?[] values, bool _)
        : base(name)
    {
        _values = values;
    }

    /// <inheritdoc />
    public override ColumnKind Kind => ColumnKind.Categorical;

    /// <inheritdoc />
    public override int Length => _values.Length;

    /// <summary>Gets the value in <paramref name="row"/>; <see langword="null"/> when missing.</summary>
    /// <param name="row">Zero-based row index.</param>
    public string? this[int row] => _values[row];

    /// <summary>Gets the distinct non-missing values, sorted with ordinal comparison.</summary>
    public IReadOnlyList<string> Categories =>
        _categories ??= _values.Where(v => v is not null).Select(v => v!).Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal).ToArray();

    /// <inheritdoc />
    public override bool IsMissing(int row) => _values[row] is null;

    /// <inheritdoc />
    public override object? GetValue(int row) => _values[row];

    /// <inheritdoc />
    public override string FormatValue(int row) => _values[row] ?? string.Empty;

    /// <inheritdoc />
    public override DataFrameColumn Rename(string name) => new CategoricalColumn(name, _values, false);

    /// <inheritdoc />
    public override DataFrameColumn Take(ReadOnlySpan<int> rows)
    {
        var taken = new string?[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            taken[i] = _values[rows[i]];
        }

        return new CategoricalColumn(Name, taken, false);
    }

    /// <summary>Wraps an array the caller hands over and will not change again (no copy).</summary>
    internal static CategoricalColumn Wrap(string name, string?[] values) => new(name, values, false);
}
