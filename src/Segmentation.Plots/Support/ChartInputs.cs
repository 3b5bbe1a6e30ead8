using System.Globalization;

namespace Segmentation.Plots.Support;

/// <summary>Checks chart inputs with messages that quote values, as the core library's Guard does.</summary>
internal static class ChartInputs
{
    public static void SameLength(int expected, int actual, string expectedName, string actualName)
    {
        if (expected != actual)
        {
            throw new ArgumentException($"{actualName}.Length={actual} must equal {expectedName}.Length={expected}.", actualName);
        }
    }

    /// <summary>Checks labels are &gt;= 0 and returns the segment count: the names' count if given, else max label + 1.</summary>
    public static int SegmentCount(ReadOnlySpan<int> labels, IReadOnlyList<string>? segmentNames)
    {
        var maximum = -1;
        for (var row = 0; row < labels.Length; row++)
        {
            if (labels[row] < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(labels), labels[row], $"labels[{row}]={labels[row]} must be >= 0.");
            }

            maximum = Math.Max(maximum, labels[row]);
        }

        if (segmentNames is null)
        {
            return maximum + 1;
        }

        if (maximum >= segmentNames.Count)
        {
            throw new ArgumentException(
                $"labels contain segment {maximum} but segmentNames has {segmentNames.Count} names.", nameof(segmentNames));
        }

        return segmentNames.Count;
    }

    /// <summary>"Segment 1", "Segment 2", ... when no names are given.</summary>
    public static IReadOnlyList<string> SegmentNames(IReadOnlyList<string>? names, int count) =>
        names ?? [.. Enumerable.Range(1, count).Select(i => string.Create(CultureInfo.InvariantCulture, $"Segment {i}"))];

    /// <summary>Throws a <see cref="SegmentationDataException"/> naming the row when a value is not finite.</summary>
    public static void Finite(ReadOnlySpan<double> values, string columnName)
    {
        for (var row = 0; row < values.Length; row++)
        {
            if (!double.IsFinite(values[row]))
            {
                throw new SegmentationDataException(
                    $"Column '{columnName}' has value {Guard.Format(values[row])} at row {row}; charts need finite values.",
                    columnName, row, Guard.Format(values[row]));
            }
        }
    }

    /// <summary>Smallest and largest finite value, or (0, 1) when there is none.</summary>
    public static (double Minimum, double Maximum) Range(ReadOnlySpan<double> values)
    {
        var minimum = double.PositiveInfinity;
        var maximum = double.NegativeInfinity;
        foreach (var value in values)
        {
            if (double.IsFinite(value))
            {
                minimum = Math.Min(minimum, value);
                maximum = Math.Max(maximum, value);
            }
        }

        return minimum > maximum ? (0, 1) : (minimum, maximum);
    }

    public static double[] Column(Segmentation.Clustering.DenseMatrix matrix, int column)
    {
        Guard.InRange(column, 0, matrix.Columns - 1, nameof(column));
        var values = new double[matrix.Rows];
        for (var row = 0; row < matrix.Rows; row++)
        {
            values[row] = matrix[row, column];
        }

        return values;
    }

    public static string FormatCount(int count) => count.ToString("N0", CultureInfo.InvariantCulture);
}
