using Segmentation.Clustering;

namespace Segmentation.Evaluation;

/// <summary>Checks shared by the evaluation metrics.</summary>
internal static class EvaluationGuard
{
    /// <summary>Throws a <see cref="SegmentationDataException"/> naming the first value that is not finite.</summary>
    public static void RequireFinite(DenseMatrix data)
    {
        var values = data.Values;
        for (var index = 0; index < values.Length; index++)
        {
            if (!double.IsFinite(values[index]))
            {
                ThrowNotFinite(data, index);
            }
        }
    }

    private static void ThrowNotFinite(DenseMatrix data, int index)
    {
        var row = index / data.Columns;
        var column = index % data.Columns;
        var value = Guard.Format(data.Values[index]);
        Guard.ThrowData($"data[{row}, {column}]={value} is not a finite number.", $"column {column}", row, value);
    }
}
