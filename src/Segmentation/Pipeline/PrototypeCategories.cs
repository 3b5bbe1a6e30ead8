using Segmentation.Clustering;
using Segmentation.Data;
using Segmentation.Preprocessing;

namespace Segmentation.Pipeline;

/// <summary>
/// The categorical side of a k-prototypes step: each column's training categories in sorted ordinal order, their
/// codes (the index in that order), and the code that matches no prototype (the category count) for a category unseen
/// in training or a missing value at scoring time.
/// </summary>
internal sealed class PrototypeCategories
{
    private readonly Dictionary<string, int>[] _codes;

    public PrototypeCategories(IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<string>> categories)
    {
        System.Diagnostics.Debug.Assert(columns.Count == categories.Count, "one category list per column");
        Columns = columns;
        Categories = categories;
        _codes = categories
            .Select(list => list.Select((category, code) => (category, code)).ToDictionary(pair => pair.category, pair => pair.code, StringComparer.Ordinal))
            .ToArray();
    }

    public IReadOnlyList<string> Columns { get; }

    public IReadOnlyList<IReadOnlyList<string>> Categories { get; }

    /// <summary>Learns the categories of the training rows; a missing value is a data error naming the column and row.</summary>
    /// <exception cref="SegmentationDataException">A column is not in the preprocessed frame, is not categorical, or has a missing value.</exception>
    public static PrototypeCategories Learn(DataFrame prepared, IReadOnlyList<string> columns, PreprocessingReport report)
    {
        var categories = new IReadOnlyList<string>[columns.Count];
        for (var index = 0; index < columns.Count; index++)
        {
            var column = Column(prepared, columns[index]);
            for (var row = 0; row < column.Length; row++)
            {
                if (column[row] is null)
                {
                    Guard.ThrowData(
                        $"Column '{column.Name}' is missing at {report.DescribeRow(row)}; k-prototypes needs every category when fitting: impute it first.",
                        column.Name,
                        report.OriginalRow(row));
                }
            }

            categories[index] = Enumerable.Range(0, column.Length)
                .Select(row => column[row]!)
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .ToArray();
        }

        return new PrototypeCategories(columns, categories);
    }

    /// <summary>
    /// Codes every row, rows x columns, row after row. An unknown or missing category gets the column's category count,
    /// which matches no prototype, and is reported when <paramref name="report"/> is given.
    /// </summary>
    /// <exception cref="SegmentationDataException">A column is not in the preprocessed frame or is not categorical.</exception>
    public int[] Encode(DataFrame prepared, PreprocessingReport? report)
    {
        var rows = prepared.Rows.Count;
        var width = Columns.Count;
        var codes = new int[rows * width];
        for (var index = 0; index < width; index++)
        {
            var column = Column(prepared, Columns[index]);
            for (var row = 0; row < rows; row++)
            {
                var value = column[row];
                if (value is null || !_codes[index].TryGetValue(value, out var code))
                {
                    code = Categories[index].Count;
                    report?.Unknown(column.Name, value, row);
                }

                codes[(row * width) + index] = code;
            }
        }

        return codes;
    }

    /// <summary>
    /// Maps mixed rows into a Euclidean space where the distance is the square root of the k-prototypes cost: the
    /// numeric values, then per categorical column a one-hot block (one slot per category plus one for "matches none")
    /// scaled by sqrt(gamma / 2), so two different categories are gamma apart in squared distance.
    /// </summary>
    public DenseMatrix Embed(DenseMatrix numeric, ReadOnlySpan<int> codes, double gamma)
    {
        var width = Columns.Count;
        var numericWidth = numeric.Columns;
        var embeddedWidth = numericWidth + Categories.Sum(list => list.Count + 1);
        var scale = Math.Sqrt(gamma / 2);
        var buffer = new double[numeric.Rows * embeddedWidth];
        for (var row = 0; row < numeric.Rows; row++)
        {
            var target = buffer.AsSpan(row * embeddedWidth, embeddedWidth);
            numeric.Row(row).CopyTo(target);
            var offset = numericWidth;
            for (var index = 0; index < width; index++)
            {
                target[offset + codes[(row * width) + index]] = scale;
                offset += Categories[index].Count + 1;
            }
        }

        return DenseMatrix.Wrap(buffer, numeric.Rows, embeddedWidth);
    }

    private static CategoricalColumn Column(DataFrame prepared, string name)
    {
        if (!prepared.Columns.TryGetColumn(name, out var column))
        {
            return Guard.ThrowData<CategoricalColumn>(
                $"The categorical column '{name}' is not in the frame after preprocessing: name it in SelectFeatures too.", name);
        }

        return column as CategoricalColumn ?? Guard.ThrowData<CategoricalColumn>(
            $"Column '{name}' is {column.Kind}, but k-prototypes reads it as categorical: name only text columns as categorical.", name);
    }
}
