using System.Globalization;
using Segmentation.Clustering;
using Segmentation.Plots.Layout;
using Segmentation.Plots.Support;

namespace Segmentation.Plots;

public static partial class Charts
{
    /// <summary>The standardized contrast at which the profile heatmap's colours saturate: 2 (two standard deviations).</summary>
    public const double ProfileContrastLimit = 2;

    /// <summary>
    /// Segment profile heatmap: one row per segment, one column per feature, coloured by the standardized contrast
    /// (segment mean minus overall mean, in overall standard deviations; blue below, red above, saturating at
    /// ±<see cref="ProfileContrastLimit"/>), each cell labelled with its value in the data's units when given, else its contrast.
    /// </summary>
    /// <param name="contrasts">Segments x features standardized contrasts; NaN draws a grey cell.</param>
    /// <param name="segmentNames">One name per segment (row).</param>
    /// <param name="featureNames">One name per feature (column).</param>
    /// <param name="cellValues">Segments x features values to print in the cells (e.g. segment means in original units), or null to print the contrasts.</param>
    /// <param name="options">Size and title; null for defaults.</param>
    /// <exception cref="ArgumentException">Name counts or <paramref name="cellValues"/>' shape do not match <paramref name="contrasts"/>.</exception>
    public static SvgChart ProfileHeatmap(
        DenseMatrix contrasts, IReadOnlyList<string> segmentNames, IReadOnlyList<string> featureNames,
        DenseMatrix? cellValues = null, ChartOptions? options = null)
    {
        Guard.NotNull(contrasts);
        Guard.NotNull(segmentNames);
        Guard.NotNull(featureNames);
        ChartInputs.SameLength(contrasts.Rows, segmentNames.Count, "contrasts.Rows", "segmentNames.Count");
        ChartInputs.SameLength(contrasts.Columns, featureNames.Count, "contrasts.Columns", "featureNames.Count");
        if (cellValues is not null)
        {
            ChartInputs.SameLength(contrasts.Rows, cellValues.Rows, "contrasts.Rows", "cellValues.Rows");
            ChartInputs.SameLength(contrasts.Columns, cellValues.Columns, "contrasts.Columns", "cellValues.Columns");
        }

        var count = contrasts.Rows * contrasts.Columns;
        var colors = new double[count];
        var texts = new string[count];
        var tooltips = new string[count];
        for (var row = 0; row < contrasts.Rows; row++)
        {
            for (var column = 0; column < contrasts.Columns; column++)
            {
                var index = (row * contrasts.Columns) + column;
                var contrast = contrasts[row, column];
                colors[index] = contrast / ProfileContrastLimit;
                var contrastText = CellFormat.Signed(contrast);
                texts[index] = cellValues is null ? contrastText : CellFormat.Value(cellValues[row, column]);
                tooltips[index] = cellValues is null
                    ? $"{segmentNames[row]}, {featureNames[column]}: {contrastText} SD from the overall mean"
                    : $"{segmentNames[row]}, {featureNames[column]}: {CellFormat.Value(cellValues[row, column])} ({contrastText} SD from the overall mean)";
            }
        }

        var canvas = new ChartCanvas(options ?? new ChartOptions(), "Segment profiles", "profile-heatmap");
        canvas.AddNote(cellValues is null
            ? "Cells: standardized difference from the overall mean (SD). Blue below average, red above."
            : "Cells: segment value; colour: standardized difference from the overall mean (SD). Blue below average, red above.");
        Heatmap.Draw(canvas, segmentNames, featureNames, colors, texts, tooltips, ProfileContrastLimit, "SD from overall mean");
        return canvas.Finish();
    }

    /// <summary>
    /// Correlation heatmap of the columns of <paramref name="data"/>: Pearson correlation over the rows where both columns
    /// are present (NaN = missing), cells labelled with two decimals; a constant column's correlations are "n/a".
    /// </summary>
    /// <param name="data">Rows x columns; NaN marks a missing value.</param>
    /// <param name="columnNames">One name per column.</param>
    /// <param name="options">Size and title; null for defaults.</param>
    /// <exception cref="ArgumentException">The name count differs from the column count, or there are no columns.</exception>
    public static SvgChart CorrelationHeatmap(DenseMatrix data, IReadOnlyList<string> columnNames, ChartOptions? options = null)
    {
        Guard.NotNull(data);
        Guard.NotNull(columnNames);
        ChartInputs.SameLength(data.Columns, columnNames.Count, "data.Columns", "columnNames.Count");
        Guard.Positive(data.Columns, "data.Columns");
        var correlations = Correlation.Pearson(data);
        var count = data.Columns * data.Columns;
        var texts = new string[count];
        var tooltips = new string[count];
        for (var row = 0; row < data.Columns; row++)
        {
            for (var column = 0; column < data.Columns; column++)
            {
                var index = (row * data.Columns) + column;
                var value = correlations[index];
                texts[index] = double.IsFinite(value) ? value.ToString("0.00", CultureInfo.InvariantCulture) : "n/a";
                tooltips[index] = $"{columnNames[row]} and {columnNames[column]}: r = {texts[index]}";
            }
        }

        var canvas = new ChartCanvas(options ?? new ChartOptions(), "Correlations between numeric columns", "correlation-heatmap");
        canvas.AddNote("Pearson correlation over rows where both values are present.");
        Heatmap.Draw(canvas, columnNames, columnNames, correlations, texts, tooltips, 1, "Pearson r");
        return canvas.Finish();
    }
}
