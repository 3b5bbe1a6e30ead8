using Segmentation.Data;
using Segmentation.Pipeline;

namespace Segmentation.Cli.Output;

/// <summary>
/// The within-segment sum of squares of the final segments measured on the features' original values (before any
/// scaling), so that it reads in the data's units and compares across scalings. Defined only when every feature is a
/// numeric column of the input without missing values in the training rows; otherwise <see langword="null"/>.
/// </summary>
internal static class OriginalUnitsInertia
{
    public static double? Compute(SegmentationResult result, DataFrame frame)
    {
        var rows = result.TrainingRows;
        var labels = result.Labels;
        var k = result.ChosenClusterCount;
        double total = 0;
        foreach (var feature in result.Model.FeatureNames)
        {
            if (!frame.Columns.TryGetColumn(feature, out var column) || column is not NumericColumn numeric)
            {
                return null;
            }

            var values = numeric.Values;
            var sums = new double[k];
            var counts = new int[k];
            for (var i = 0; i < rows.Count; i++)
            {
                var value = values[rows[i]];
                if (double.IsNaN(value))
                {
                    return null;
                }

                sums[labels[i]] += value;
                counts[labels[i]]++;
            }

            for (var i = 0; i < rows.Count; i++)
            {
                var deviation = values[rows[i]] - (sums[labels[i]] / counts[labels[i]]);
                total += deviation * deviation;
            }
        }

        return total;
    }
}
