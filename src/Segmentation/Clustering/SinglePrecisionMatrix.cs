using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Segmentation.Clustering;

/// <summary>
/// A dense, row-major matrix of <see cref="float"/> values: half the memory of a <see cref="DenseMatrix"/> for data large
/// enough that it matters. <see cref="KMeans"/> fits it in place, computing every distance and sum in double, so only
/// the stored values are rounded to float. Public members only read it.
/// </summary>
public sealed class SinglePrecisionMatrix
{
    /// <summary>Creates a matrix from row-major <paramref name="values"/>, copying them.</summary>
    /// <param name="values">rows x columns values, row after row.</param>
    /// <param name="rows">The number of rows, at least 0.</param>
    /// <param name="columns">The number of columns, at least 0.</param>
    /// <exception cref="ArgumentException">The length of <paramref name="values"/> is not rows x columns.</exception>
    public SinglePrecisionMatrix(ReadOnlySpan<float> values, int rows, int columns)
        : this(rows, columns)
    {
        if ((long)rows * columns != values.Length)
        {
            Guard.ThrowArgument($"values.Length={values.Length} must equal rows={rows} x columns={columns}.", nameof(values));
        }

        values.CopyTo(Buffer);
    }

    private SinglePrecisionMatrix(int rows, int columns)
    {
        Guard.NonNegative(rows);
        Guard.NonNegative(columns);
        if ((long)rows * columns > Array.MaxLength)
        {
            Guard.ThrowArgument($"rows={rows} x columns={columns} is more values than one array can hold.", nameof(rows));
        }

        Rows = rows;
        Columns = columns;
        Buffer = new float[rows * columns];
    }

    /// <summary>Gets the number of rows.</summary>
    public int Rows { get; }

    /// <summary>Gets the number of columns.</summary>
    public int Columns { get; }

    /// <summary>Gets all values, row after row.</summary>
    public ReadOnlySpan<float> Values => Buffer;

    /// <summary>Gets the value at <paramref name="row"/>, <paramref name="column"/>.</summary>
    /// <param name="row">Zero-based row.</param>
    /// <param name="column">Zero-based column.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="column"/> is outside 0 .. Columns - 1.</exception>
    public float this[int row, int column]
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

    internal float[] Buffer { get; }

    /// <summary>Gets one row.</summary>
    /// <param name="row">Zero-based row.</param>
    public ReadOnlySpan<float> Row(int row) => Buffer.AsSpan(row * Columns, Columns);

    /// <summary>
    /// Reads <paramref name="rows"/> x <paramref name="columns"/> raw little-endian float32 values, row after row with no
    /// header (the layout of numpy's <c>tofile</c>), straight into a new matrix without an intermediate copy.
    /// </summary>
    /// <param name="stream">The source, positioned at the first value.</param>
    /// <param name="rows">The number of rows, at least 0.</param>
    /// <param name="columns">The number of columns, at least 0.</param>
    /// <exception cref="EndOfStreamException">The stream ends before rows x columns values.</exception>
    public static SinglePrecisionMatrix ReadRaw(Stream stream, int rows, int columns)
    {
        Guard.NotNull(stream);
        var matrix = new SinglePrecisionMatrix(rows, columns);
        var bytes = MemoryMarshal.AsBytes(matrix.Buffer.AsSpan());
        var read = 0;
        while (read < bytes.Length)
        {
            var count = stream.Read(bytes[read..]);
            if (count == 0)
            {
                throw new EndOfStreamException(
                    $"The stream ended after {read} bytes; rows={rows} x columns={columns} float32 values need {bytes.Length}.");
            }

            read += count;
        }

        if (!BitConverter.IsLittleEndian)
        {
            var raw = MemoryMarshal.Cast<float, int>(matrix.Buffer.AsSpan());
            BinaryPrimitives.ReverseEndianness(raw, raw);
        }

        return matrix;
    }

    /// <inheritdoc />
    public override string ToString() => $"SinglePrecisionMatrix {Rows} x {Columns}";
}
