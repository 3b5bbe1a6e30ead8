namespace Segmentation.Data;

public sealed partial class DataFrame
{
    /// <summary>
    /// Summarizes every column as pandas' <c>describe(include="all")</c> does: count, missing, distinct count; for
    /// numeric columns mean, sample standard deviation (n - 1), minimum, linearly interpolated quartiles and maximum;
    /// for categorical columns the most frequent value and its frequency; for date columns the earliest and latest.
    /// </summary>
    /// <returns>The summaries; <see cref="DataDescription.ToDataFrame"/> turns them into a table.</returns>
    public DataDescription Describe() => new(Columns.Select(DescribeColumn).ToArray());

    private static ColumnDescription DescribeColumn(DataFrameColumn column) => column switch
    {
        NumericColumn numeric => DescribeNumbers(numeric),
        DateColumn dates => DescribeDates(dates),
        _ => DescribeTexts(column),
    };

    private static ColumnDescription DescribeNumbers(NumericColumn column)
    {
        var values = new List<double>(column.Length);
        foreach (var value in column.Values)
        {
            if (!double.IsNaN(value))
            {
                values.Add(value);
            }
        }

        values.Sort();
        var count = values.Count;
        var mean = double.NaN;
        var standardDeviation = double.NaN;
        if (count > 0)
        {
            var sum = 0.0;
            foreach (var value in values)
            {
                sum += value;
            }

            mean = sum / count;
        }

        if (count > 1)
        {
            var squares = 0.0;
            foreach (var value in values)
            {
                squares += (value - mean) * (value - mean);
            }

            standardDeviation = Math.Sqrt(squares / (count - 1));
        }

        var distinct = 0;
        for (var i = 0; i < count; i++)
        {
            if (i == 0 || values[i] != values[i - 1])
            {
                distinct++;
            }
        }

        return new ColumnDescription(
            column.Name, column.Kind, count, column.Length - count, distinct, mean, standardDeviation,
            Quantile(values, 0), Quantile(values, 0.25), Quantile(values, 0.5), Quantile(values, 0.75), Quantile(values, 1),
            Top: null, TopFrequency: 0, Earliest: null, Latest: null);
    }

    private static ColumnDescription DescribeDates(DateColumn column)
    {
        var present = Enumerable.Range(0, column.Length).Where(row => column[row] is not null).Select(row => column[row]!.Value).ToArray();
        return new ColumnDescription(
            column.Name, column.Kind, present.Length, column.Length - present.Length, present.Distinct().Count(),
            double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN,
            Top: null, TopFrequency: 0,
            Earliest: present.Length == 0 ? null : present.Min(),
            Latest: present.Length == 0 ? null : present.Max());
    }

    private static ColumnDescription DescribeTexts(DataFrameColumn column)
    {
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var row = 0; row < column.Length; row++)
        {
            if (!column.IsMissing(row))
            {
                var text = column.FormatValue(row);
                frequencies[text] = frequencies.GetValueOrDefault(text) + 1;
            }
        }

        var count = frequencies.Values.Sum();
        var top = frequencies
            .OrderByDescending(pair => pair.Value)
            .ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => (KeyValuePair<string, int>?)pair)
            .FirstOrDefault();

        return new ColumnDescription(
            column.Name, column.Kind, count, column.Length - count, frequencies.Count,
            double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN,
            top?.Key, top?.Value ?? 0, Earliest: null, Latest: null);
    }

    /// <summary>numpy's default ("linear") percentile of sorted values: position q (n - 1), interpolated.</summary>
    private static double Quantile(List<double> sorted, double q)
    {
        if (sorted.Count == 0)
        {
            return double.NaN;
        }

        var position = q * (sorted.Count - 1);
        var lower = (int)Math.Floor(position);
        var upper = Math.Min(lower + 1, sorted.Count - 1);
        var fraction = position - lower;
        return sorted[lower] + (fraction * (sorted[upper] - sorted[lower]));
    }
}
