using System.Globalization;

namespace Segmentation.Data;

/// <summary>A column of dates and times; <see langword="null"/> marks a missing value.</summary>
public sealed class DateColumn : DataFrameColumn
{
    private readonly DateTime?[] _values;

    /// <summary>Creates a column holding a copy of <paramref name="values"/>.</summary>
    /// <param name="name">The column name.</param>
    /// <param name="values">The values; <see langword="null"/> means missing.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public DateColumn(string name, IEnumerable<DateTime?> values)
        : base(name)
    {
        _values = Guard.NotNull(values).ToArray();
    }

    private DateColumn(string name, DateTime?[] values, bool _)
        : base(name)
    {
        _values = values;
    }

    /// <inheritdoc />
    public override ColumnKind Kind => ColumnKind.Date;

    /// <inheritdoc />
    public override int Length => _values.Length;

    /// <summary>Gets the value in <paramref name="row"/>; <see langword="null"/> when missing.</summary>
    /// <param name="row">Zero-based row index.</param>
    public DateTime? this[int row] => _values[row];

    /// <inheritdoc />
    public override bool IsMissing(int row) => _values[row] is null;

    /// <inheritdoc />
    public override object? GetValue(int row) => _values[row];

    /// <summary>
    /// Formats as ISO 8601: <c>yyyy-MM-dd</c> for a date at midnight, <c>yyyy-MM-dd HH:mm:ss</c> otherwise.
    /// </summary>
    /// <param name="row">Zero-based row index.</param>
    public override string FormatValue(int row)
    {
        if (_values[row] is not { } value)
        {
            return string.Empty;
        }

        return value.TimeOfDay == TimeSpan.Zero
            ? value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : value.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public override DataFrameColumn Rename(string name) => new DateColumn(name, _values, false);

    /// <inheritdoc />
    public override DataFrameColumn Take(ReadOnlySpan<int> rows)
    {
        var taken = new DateTime?[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            taken[i] = _values[rows[i]];
        }

        return new DateColumn(Name, taken, false);
    }

    /// <summary>Wraps an array the caller hands over and will not change again (no copy).</summary>
    internal static DateColumn Wrap(string name, DateTime?[] values) => new(name, values, false);
}
