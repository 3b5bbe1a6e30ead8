namespace Segmentation.Clustering;

/// <summary>
/// Rows with numeric and categorical attributes side by side, the input of <see cref="KPrototypes"/>: a dense numeric
/// matrix (rows x numeric columns) and a row-major matrix of category codes (rows x categorical columns). A code is
/// any integer >= 0 naming a category of that column; only equality of codes matters. Immutable.
/// </summary>
public sealed class MixedData
{
    private readonly int[] _codes;

    /// <summary>Creates the data, copying the codes.</summary>
    /// <param name="numeric">rows x numeric columns; every value finite. May have 0 columns.</param>
    /// <param name="categoricalCodes">rows x <paramref name="categoricalColumns"/> codes, row after row; each >= 0.</param>
    /// <param name="categoricalColumns">The number of categorical columns, at least 0.</param>
    /// <exception cref="ArgumentException">The code count is not rows x categorical columns.</exception>
    /// <exception cref="SegmentationDataException">A numeric value is not finite, or a code is negative.</exception>
    public MixedData(DenseMatrix numeric, ReadOnlySpan<int> categoricalCodes, int categoricalColumns)
        : this(Guard.NotNull(numeric), categoricalCodes.ToArray(), Guard.NonNegative(categoricalColumns), validate: true)
    {
    }

    /// <summary>Creates the data from a rectangular array of codes, indexed [row, column], copying them.</summary>
    /// <param name="numeric">rows x numeric columns; every value finite. May have 0 columns.</param>
    /// <param name="categoricalCodes">rows x categorical columns codes; each >= 0.</param>
    /// <exception cref="ArgumentException">The code rows differ from the numeric rows.</exception>
    /// <exception cref="SegmentationDataException">A numeric value is not finite, or a code is negative.</exception>
    public MixedData(DenseMatrix numeric, int[,] categoricalCodes)
        : this(Guard.NotNull(numeric), Flatten(Guard.NotNull(categoricalCodes)), categoricalCodes.GetLength(1), validate: true)
    {
    }

    private MixedData(DenseMatrix numeric, int[] codes, int categoricalColumns, bool validate)
    {
        Numeric = numeric;
        _codes = codes;
        CategoricalColumns = categoricalColumns;
        if (validate)
        {
            Validate();
        }
    }

    /// <summary>Gets the number of rows.</summary>
    public int Rows => Numeric.Rows;

    /// <summary>Gets the number of numeric columns.</summary>
    public int NumericColumns => Numeric.Columns;

    /// <summary>Gets the number of categorical columns.</summary>
    public int CategoricalColumns { get; }

    /// <summary>Gets the numeric part, rows x numeric columns.</summary>
    public DenseMatrix Numeric { get; }

    /// <summary>Gets every category code, rows x categorical columns, row after row.</summary>
    public ReadOnlySpan<int> CategoricalCodes => _codes;

    internal int[] CodesBuffer => _codes;

    /// <summary>Gets the category codes of one row.</summary>
    /// <param name="row">Zero-based row.</param>
    public ReadOnlySpan<int> CategoricalRow(int row) => _codes.AsSpan(row * CategoricalColumns, CategoricalColumns);

    /// <summary>Gets the category code at <paramref name="row"/>, <paramref name="column"/>.</summary>
    /// <param name="row">Zero-based row.</param>
    /// <param name="column">Zero-based categorical column.</param>
    public int Category(int row, int column)
    {
        if ((uint)column >= (uint)CategoricalColumns)
        {
            Guard.ThrowArgumentOutOfRange($"column={column} must be between 0 and {CategoricalColumns - 1}.", nameof(column));
        }

        return _codes[(row * CategoricalColumns) + column];
    }

    /// <inheritdoc />
    public override string ToString() => $"MixedData {Rows} rows x ({NumericColumns} numeric + {CategoricalColumns} categorical)";

    /// <summary>Wraps buffers the library hands over and will not change again (no copy, no checks).</summary>
    internal static MixedData Wrap(DenseMatrix numeric, int[] codes, int categoricalColumns) =>
        new(numeric, codes, categoricalColumns, validate: false);

    private static int[] Flatten(int[,] codes)
    {
        var result = new int[codes.Length];
        var columns = codes.GetLength(1);
        for (var row = 0; row < codes.GetLength(0); row++)
        {
            for (var column = 0; column < columns; column++)
            {
                result[(row * columns) + column] = codes[row, column];
            }
        }

        return result;
    }

    private void Validate()
    {
        if ((long)Rows * CategoricalColumns != _codes.Length)
        {
            Guard.ThrowArgument(
                $"categoricalCodes has {_codes.Length} codes but must have rows={Rows} x categoricalColumns={CategoricalColumns}.", "categoricalCodes");
        }

        var values = Numeric.Values;
        for (var index = 0; index < values.Length; index++)
        {
            if (!double.IsFinite(values[index]))
            {
                var row = index / NumericColumns;
                var column = index % NumericColumns;
                Guard.ThrowData(
                    $"numeric[{row}, {column}]={Guard.Format(values[index])} is not a finite number.", $"numeric column {column}", row, Guard.Format(values[index]));
            }
        }

        for (var index = 0; index < _codes.Length; index++)
        {
            if (_codes[index] < 0)
            {
                var row = index / CategoricalColumns;
                var column = index % CategoricalColumns;
                Guard.ThrowData(
                    $"categorical[{row}, {column}]={_codes[index]} must be a code >= 0; give missing values a code of their own.",
                    $"categorical column {column}",
                    row,
                    _codes[index].ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }
}
