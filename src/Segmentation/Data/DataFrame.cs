namespace Segmentation.Data;

/// <summary>
/// An immutable table of named, typed columns of equal length: the customers a pipeline segments.
/// Names follow Microsoft.Data.Analysis where sensible (<c>Columns["Age"]</c>, <c>Rows.Count</c>); every operation
/// that changes the table returns a new frame and shares the unchanged columns, so a frame is safe to share
/// across threads.
/// </summary>
public sealed partial class DataFrame
{
    /// <summary>Creates a frame from columns of equal length.</summary>
    /// <param name="columns">The columns, in order; names must be unique.</param>
    /// <exception cref="ArgumentNullException"><paramref name="columns"/> or one of its items is <see langword="null"/>.</exception>
    /// <exception cref="SegmentationDataException">Columns differ in length, or two share a name.</exception>
    public DataFrame(IEnumerable<DataFrameColumn> columns)
    {
        var array = Guard.NotNull(columns).ToArray();
        var rowCount = array.Length == 0 ? 0 : Guard.NotNull(array[0]).Length;
        foreach (var column in array)
        {
            Guard.NotNull(column);
            if (column.Length != rowCount)
            {
                throw new SegmentationDataException(
                    $"Column '{column.Name}' has {column.Length} rows but column '{array[0].Name}' has {rowCount}; all columns must have the same length.",
                    column.Name,
                    rowIndex: null,
                    value: null);
            }
        }

        Columns = new DataFrameColumnCollection(array);
        Rows = new DataFrameRowCollection(rowCount);
    }

    /// <summary>Creates a frame from columns of equal length.</summary>
    /// <param name="columns">The columns, in order; names must be unique.</param>
    /// <exception cref="SegmentationDataException">Columns differ in length, or two share a name.</exception>
    public DataFrame(params DataFrameColumn[] columns)
        : this((IEnumerable<DataFrameColumn>)columns)
    {
    }

    /// <summary>Gets the columns, by position or by name.</summary>
    public DataFrameColumnCollection Columns { get; }

    /// <summary>Gets the rows (their count).</summary>
    public DataFrameRowCollection Rows { get; }

    /// <summary>Returns a frame with <paramref name="column"/> added at the end, or replacing the column of the same name in place.</summary>
    /// <param name="column">The column; its length must equal <c>Rows.Count</c> (any length when the frame has no columns).</param>
    /// <exception cref="SegmentationDataException">The length differs.</exception>
    public DataFrame WithColumn(DataFrameColumn column)
    {
        Guard.NotNull(column);
        var columns = Columns.ToList();
        var index = Columns.IndexOf(column.Name);
        if (index >= 0)
        {
            columns[index] = column;
        }
        else
        {
            columns.Add(column);
        }

        return new DataFrame(columns);
    }

    /// <summary>Returns a frame without the named columns.</summary>
    /// <param name="names">Names of columns to remove; each must exist.</param>
    /// <exception cref="ColumnNotFoundException">A name does not exist.</exception>
    public DataFrame WithoutColumns(params string[] names)
    {
        Guard.NotNull(names);
        var removed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            removed.Add(Columns[name].Name);
        }

        return new DataFrame(Columns.Where(c => !removed.Contains(c.Name)));
    }

    /// <summary>Returns a frame with only the named columns, in the order given.</summary>
    /// <param name="names">Names of columns to keep; each must exist.</param>
    /// <exception cref="ColumnNotFoundException">A name does not exist.</exception>
    public DataFrame SelectColumns(params string[] names)
    {
        Guard.NotNull(names);
        return new DataFrame(names.Select(name => Columns[name]));
    }

    /// <summary>Returns a frame holding the given rows, in the order given.</summary>
    /// <param name="rows">Zero-based row indices; may repeat.</param>
    /// <exception cref="ArgumentOutOfRangeException">An index is outside the frame.</exception>
    public DataFrame TakeRows(ReadOnlySpan<int> rows)
    {
        foreach (var row in rows)
        {
            if ((uint)row >= (uint)Rows.Count)
            {
                Guard.ThrowArgumentOutOfRange($"row={row} must be between 0 and {Rows.Count - 1}.", nameof(rows));
            }
        }

        var taken = new DataFrameColumn[Columns.Count];
        for (var i = 0; i < taken.Length; i++)
        {
            taken[i] = Columns[i].Take(rows);
        }

        return taken.Length == 0 ? this : new DataFrame(taken);
    }

    /// <summary>Returns the first <paramref name="count"/> rows (fewer when the frame is shorter).</summary>
    /// <param name="count">How many rows; at least 0.</param>
    public DataFrame Head(int count = 5)
    {
        Guard.NonNegative(count);
        var rows = Enumerable.Range(0, Math.Min(count, Rows.Count)).ToArray();
        return TakeRows(rows);
    }

    /// <inheritdoc />
    public override string ToString() => $"DataFrame: {Rows.Count} rows x {Columns.Count} columns";
}
