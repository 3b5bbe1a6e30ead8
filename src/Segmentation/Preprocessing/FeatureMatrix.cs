using Segmentation.Clustering;
using Segmentation.Data;

namespace Segmentation.Preprocessing;

/// <summary>Builds the dense row-major feature matrix that clustering works on from a preprocessed frame.</summary>
public static class FeatureMatrix
{
    /// <summary>Builds the matrix from every column of <paramref name="frame"/>, in order.</summary>
    /// <param name="frame">The preprocessed frame: numeric columns only, no missing or infinite value.</param>
    /// <param name="report">The report of the preprocessing, to name rows by id in errors; optional.</param>
    /// <returns>A rows x columns matrix.</returns>
    /// <exception cref="SegmentationDataException">A column is not numeric, or a value is missing (NaN) or infinite.</exception>
    public static DenseMatrix Build(DataFrame frame, PreprocessingReport? report = null) =>
        Build(frame, Guard.NotNull(frame).Columns.Names, report);

    /// <summary>Builds the matrix from the named columns, in the order given.</summary>
    /// <param name="frame">The preprocessed frame.</param>
    /// <param name="featureColumns">The feature columns, in order; each numeric, with no missing or infinite value.</param>
    /// <param name="report">The report of the preprocessing, to name rows by id in errors; optional.</param>
    /// <returns>A rows x features matrix.</returns>
    /// <exception cref="ColumnNotFoundException">A feature column does not exist.</exception>
    /// <exception cref="SegmentationDataException">
    /// A feature column is categorical (one-hot encode it) or a date (derive a number from it), or holds a missing (NaN)
    /// or infinite value (the message names the column, row, id and value and suggests ImputeMissing).
    /// </exception>
    public static DenseMatrix Build(DataFrame frame, IReadOnlyList<string> featureColumns, PreprocessingReport? report = null)
    {
        Guard.NotNull(frame);
        Guard.NotNull(featureColumns);
        var columns = featureColumns.Select(name => Numeric(frame.Columns[name])).ToArray();
        var rows = frame.Rows.Count;
        var width = columns.Length;
        var buffer = new double[rows * width];
        for (var feature = 0; feature < width; feature++)
        {
            var values = columns[feature].Values;
            for (var row = 0; row < rows; row++)
            {
                var value = values[row];
                if (!double.IsFinite(value))
                {
                    ThrowNotFinite(columns[feature].Name, row, value, report);
                }

                buffer[(row * width) + feature] = value;
            }
        }

        return DenseMatrix.Wrap(buffer, rows, width);
    }

    private static NumericColumn Numeric(DataFrameColumn column) => column switch
    {
        NumericColumn numeric => numeric,
        CategoricalColumn => Guard.ThrowData<NumericColumn>(
            $"Column '{column.Name}' is categorical and cannot be a feature as it is; one-hot encode it (OneHotEncode) or leave it out of the features.",
            column.Name),
        _ => Guard.ThrowData<NumericColumn>(
            $"Column '{column.Name}' is {column.Kind} and cannot be a feature as it is; derive a number from it (DeriveColumn with DaysSince or YearOf) or leave it out of the features.",
            column.Name),
    };

    private static void ThrowNotFinite(string column, int row, double value, PreprocessingReport? report)
    {
        var where = report?.DescribeRow(row) ?? $"row {row}";
        var originalRow = report?.OriginalRow(row) ?? row;
        if (double.IsNaN(value))
        {
            Guard.ThrowData(
                $"Column '{column}' has a missing value (NaN) in {where}; fill missing values with ImputeMissing (or exclude the row) before clustering.",
                column,
                originalRow,
                "NaN");
        }

        Guard.ThrowData(
            $"Column '{column}' has the value {Guard.Format(value)} in {where}; features must be finite numbers. Check the derivation that produced it, or exclude the row.",
            column,
            originalRow,
            Guard.Format(value));
    }
}
