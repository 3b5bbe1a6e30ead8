namespace Segmentation.Data;

/// <summary>
/// One named, immutable column of a <see cref="DataFrame"/>. Values are read by row index; a missing value is
/// <see cref="double.NaN"/> in a <see cref="NumericColumn"/> and <see langword="null"/> in the other kinds.
/// </summary>
public abstract class DataFrameColumn
{
    private int _missingCount = -1;

    /// <summary>Initializes the column's name.</summary>
    /// <param name="name">The column name, kept exactly as given (spaces, parentheses and symbols included).</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    private protected DataFrameColumn(string name)
    {
        Name = Guard.NotNull(name);
    }

    /// <summary>Gets the column name exactly as it was given or read from a header.</summary>
    public string Name { get; }

    /// <summary>Gets what the column holds.</summary>
    public abstract ColumnKind Kind { get; }

    /// <summary>Gets the number of rows.</summary>
    public abstract int Length { get; }

    /// <summary>Gets the number of missing values.</summary>
    public int MissingCount
    {
        get
        {
            if (_missingCount < 0)
            {
                var count = 0;
                for (var row = 0; row < Length; row++)
                {
                    if (IsMissing(row))
                    {
                        count++;
                    }
                }

                _missingCount = count;
            }

            return _missingCount;
        }
    }

    /// <summary>Returns whether the value in <paramref name="row"/> is missing.</summary>
    /// <param name="row">Zero-based row index.</param>
    /// <exception cref="IndexOutOfRangeException"><paramref name="row"/> is outside the column.</exception>
    public abstract bool IsMissing(int row);

    /// <summary>Returns the value in <paramref name="row"/> boxed, or <see langword="null"/> when it is missing.</summary>
    /// <param name="row">Zero-based row index.</param>
    public abstract object? GetValue(int row);

    /// <summary>
    /// Returns the value in <paramref name="row"/> as invariant-culture text, or an empty string when it is missing:
    /// the text the CSV writer writes and error messages quote.
    /// </summary>
    /// <param name="row">Zero-based row index.</param>
    public abstract string FormatValue(int row);

    /// <summary>Returns the same values under another name.</summary>
    /// <param name="name">The new name.</param>
    public abstract DataFrameColumn Rename(string name);

    /// <summary>Returns a column holding the given rows of this one, in the order given.</summary>
    /// <param name="rows">Zero-based row indices; may repeat.</param>
    public abstract DataFrameColumn Take(ReadOnlySpan<int> rows);

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Kind}, {Length} rows, {MissingCount} missing)";
}
