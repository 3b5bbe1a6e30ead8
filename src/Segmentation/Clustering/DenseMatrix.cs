namespace Segmentation.Clustering;

/// <summary>
/// A dense, row-major matrix of doubles (rows x columns): the feature matrix the clustering and evaluation code
/// works on. Public members only read it; the library fills it through internal members, so a matrix handed out
/// in a result never changes.
/// </summary>
public sealed class DenseMatrix
{
    /// <summary>Creates a matrix from row-major <paramref name="values"/>, copying them.</summary>
    /// <param name="values">rows x columns values, row after row.</param>
    /// <param name="rows">The number of rows, at least 0.</param>
    /// <param name="columns">The number of columns, at least 0.</param>
    /// <exception cref="ArgumentException">The length of <paramref name="values"/> is not rows x columns.</exception>
    public DenseMatrix(ReadOnlySpan<double> values, int rows, int columns)
        : this(rows, columns)
    {
        if ((long)rows * columns != values.Length)
        {
            Guard.ThrowArgument($"values.Length={values.Length} must equal rows={rows} x columns={columns}.", nameof(values));
        }

        values.CopyTo(Buffer);
    }

    /// <summary>Creates a matrix from a rectangular array, copying it.</summary>
    /// <param name="values">The values, indexed [row, column].</param>
    public DenseMatrix(double[,] values)
        : this(Guard.NotNull(values).GetLength(0), values.GetLength(1))
    {
        for (var row = 0; row < Rows; row++)
        {
            for (var column = 0; column < Columns; column++)
            {
                Buffer[(row * Columns) + column] = values[row, column];
            }
        }
    }

    internal DenseMatrix(int rows, int columns)
    {
        Guard.NonNegative(rows);
        Guard.NonNegative(columns);
        if ((long)rows * columns > Array.MaxLength)
        {
            Guard.ThrowArgument($"rows={rows} x columns={columns} is more values than one array can hold.", nameof(rows));
        }

        Rows = rows;
        Columns = columns;
        Buffer = new double[rows * columns];
    }

    private DenseMatrix(double[] buffer, int rows, int columns)
    {
        Rows = rows;
        Columns = columns;
        Buffer = buffer;
    }

    /// <summary>Gets the number of rows.</summary>
    public int Rows { get; }

    /// <summary>Gets the number of columns.</summary>
    public int Columns { get; }

    /// <summary>Gets all values, row after row.</summary>
    public ReadOnlySpan<double> Values => Buffer;

    /// <summary>Gets the value at <paramref name="row"/>, <paramref name="column"/>.</summary>
    /// <param name="row">Zero-based row.</param>
    /// <param name="column">Zero-based column.</param>
    public double this[int row, int column]
    {
        get
        {
            if ((uint)column >= (uint)Columns)
            {
                Guard.ThrowArgumentOutOfRange($"column={column} must be between 0 and {Columns - 1}.", nameof(column));
            }

            return Buffer[(row * Columns) + column];
        }
    }

    /// <summary>The backing row-major array; only the library writes it, and only before handing the matrix out.</summary>
    internal double[] Buffer { get; }

    /// <summary>Gets one row.</summary>
    /// <param name="row">Zero-based row.</param>
    public ReadOnlySpan<double> Row(int row) => Buffer.AsSpan(row * Columns, Columns);

    /// <summary>Returns a copy as a rectangular array, indexed [row, column].</summary>
    public double[,] ToArray()
    {
        var result = new double[Rows, Columns];
        for (var row = 0; row < Rows; row++)
        {
            for (var column = 0; column < Columns; column++)
            {
                result[row, column] = Buffer[(row * Columns) + column];
            }
        }

        return result;
    }

    /// <summary>Returns a copy of the given rows, in the order given.</summary>
    /// <param name="rows">Zero-based rows; may repeat.</param>
    public DenseMatrix TakeRows(ReadOnlySpan<int> rows)
    {
        var result = new DenseMatrix(rows.Length, Columns);
        for (var i = 0; i < rows.Length; i++)
        {
            Row(rows[i]).CopyTo(result.MutableRow(i));
        }

        return result;
    }

    /// <summary>Wraps an array the caller hands over and will not change again (no copy).</summary>
    internal static DenseMatrix Wrap(double[] buffer, int rows, int columns)
    {
        System.Diagnostics.Debug.Assert(buffer.Length == rows * columns, "buffer length must be rows x columns");
        return new DenseMatrix(buffer, rows, columns);
    }

    internal Span<double> MutableRow(int row) => Buffer.AsSpan(row * Columns, Columns);

    /// <summary>
    /// Throws a <see cref="SegmentationDataException"/> naming the first value that is not finite, e.g.
    /// "data[3, 1]=NaN is not a finite number.", with the row and the column.
    /// </summary>
    /// <param name="name">How the message names this matrix.</param>
    internal void RequireFinite(string name = "data")
    {
        var values = Buffer;
        for (var index = 0; index < values.Length; index++)
        {
            if (!double.IsFinite(values[index]))
            {
                ThrowNotFinite(name, index);
            }
        }
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private void ThrowNotFinite(string name, int index)
    {
        var row = index / Columns;
        var column = index % Columns;
        var value = Guard.Format(Buffer[index]);
        Guard.ThrowData($"{name}[{row}, {column}]={value} is not a finite number.", $"column {column}", row, value);
    }

    /// <inheritdoc />
    public override string ToString() => $"DenseMatrix {Rows} x {Columns}";
}
