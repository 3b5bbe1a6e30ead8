namespace Segmentation.Data;

/// <summary>A column of numbers stored as <see cref="double"/>; <see cref="double.NaN"/> marks a missing value.</summary>
public sealed class NumericColumn : DataFrameColumn
{
    private readonly double[] _values;

    /// <summary>Creates a column holding a copy of <paramref name="values"/>.</summary>
    /// <param name="name">The column name.</param>
    /// <param name="values">The values; <see cref="double.NaN"/> means missing.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public NumericColumn(string name, IEnumerable<double> values)
        : base(name)
    {
        _values = Guard.NotNull(values).ToArray();
    }

    private NumericColumn(string name, double[] values, bool _)
        : base(name)
    {
        _values = values;
    }

    /// <inheritdoc />
    public override ColumnKind Kind => ColumnKind.Numeric;

    /// <inheritdoc />
    public override int Length => _values.Length;

    /// <summary>Gets the values, <see cref="double.NaN"/> where missing.</summary>
    public ReadOnlySpan<double> Values => _values;

    /// <summary>Gets the value in <paramref name="row"/>; <see cref="double.NaN"/> when missing.</summary>
    /// <param name="row">Zero-based row index.</param>
    public double this[int row] => _values[row];

    /// <inheritdoc />
    public override bool IsMissing(int row) => double.IsNaN(_values[row]);

    /// <inheritdoc />
    public override object? GetValue(int row) => IsMissing(row) ? null : _values[row];

    /// <inheritdoc />
    public override string FormatValue(int row) => IsMissing(row) ? string.Empty : Guard.Format(_values[row]);

    /// <inheritdoc />
    public override DataFrameColumn Rename(string name) => new NumericColumn(name, _values, false);

    /// <inheritdoc />
    public override DataFrameColumn Take(ReadOnlySpan<int> rows)
    {
        var taken = new double[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            taken[i] = _values[rows[i]];
        }

        return new NumericColumn(Name, taken, false);
    }

    /// <summary>Wraps an array the caller hands over and will not change again (no copy).</summary>
    internal static NumericColumn Wrap(string name, double[] values) => new(name, values, false);
}
