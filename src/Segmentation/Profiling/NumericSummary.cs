namespace Segmentation.Profiling;

/// <summary>
/// Descriptive statistics of one numeric column over a group of rows, in the column's own units, the way
/// pandas' <c>describe()</c> reports them: missing values are skipped, the standard deviation is the sample one
/// (n - 1 in the denominator) and quartiles interpolate linearly between order statistics (numpy's and R's
/// default, type 7). Every statistic is <see cref="double.NaN"/> when the group has no non-missing value
/// (and the standard deviation also when it has just one).
/// </summary>
public sealed class NumericSummary
{
    private NumericSummary(int count, int missingCount, double sum, double mean, double standardDeviation,
        double populationStandardDeviation, double minimum, double lowerQuartile, double median, double upperQuartile, double maximum)
    {
        Count = count;
        MissingCount = missingCount;
        Sum = sum;
        Mean = mean;
        StandardDeviation = standardDeviation;
        PopulationStandardDeviation = populationStandardDeviation;
        Minimum = minimum;
        LowerQuartile = lowerQuartile;
        Median = median;
        UpperQuartile = upperQuartile;
        Maximum = maximum;
    }

    /// <summary>Gets the number of non-missing values.</summary>
    public int Count { get; }

    /// <summary>Gets the number of missing values.</summary>
    public int MissingCount { get; }

    /// <summary>Gets the sum of the non-missing values (0 when there are none).</summary>
    public double Sum { get; }

    /// <summary>Gets the mean.</summary>
    public double Mean { get; }

    /// <summary>Gets the sample standard deviation (n - 1 in the denominator, as pandas and R report it).</summary>
    public double StandardDeviation { get; }

    /// <summary>
    /// Gets the population standard deviation (n in the denominator, as scikit-learn's StandardScaler uses it);
    /// effect sizes divide by this value of the whole population.
    /// </summary>
    public double PopulationStandardDeviation { get; }

    /// <summary>Gets the smallest value.</summary>
    public double Minimum { get; }

    /// <summary>Gets the first quartile (25th percentile, linear interpolation).</summary>
    public double LowerQuartile { get; }

    /// <summary>Gets the median.</summary>
    public double Median { get; }

    /// <summary>Gets the third quartile (75th percentile, linear interpolation).</summary>
    public double UpperQuartile { get; }

    /// <summary>Gets the largest value.</summary>
    public double Maximum { get; }

    /// <summary>Summarises the given values; <see cref="double.NaN"/> entries count as missing.</summary>
    /// <param name="values">The values of one group.</param>
    /// <returns>The summary.</returns>
    public static NumericSummary Of(ReadOnlySpan<double> values)
    {
        var present = new double[values.Length];
        var count = 0;
        foreach (var value in values)
        {
            if (!double.IsNaN(value))
            {
                present[count++] = value;
            }
        }

        return FromPresent(present.AsSpan(0, count), values.Length - count);
    }

    /// <summary>Summarises values already stripped of missing ones; sorts <paramref name="present"/> in place.</summary>
    internal static NumericSummary FromPresent(Span<double> present, int missingCount)
    {
        var count = present.Length;
        if (count == 0)
        {
            return new NumericSummary(0, missingCount, 0, double.NaN, double.NaN, double.NaN,
                double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        }

        present.Sort();
        var sum = 0.0;
        foreach (var value in present)
        {
            sum += value;
        }

        var mean = sum / count;
        var squares = 0.0;
        foreach (var value in present)
        {
            var deviation = value - mean;
            squares += deviation * deviation;
        }

        return new NumericSummary(
            count,
            missingCount,
            sum,
            mean,
            count > 1 ? Math.Sqrt(squares / (count - 1)) : double.NaN,
            Math.Sqrt(squares / count),
            present[0],
            Quantile(present, 0.25),
            Quantile(present, 0.5),
            Quantile(present, 0.75),
            present[^1]);
    }

    /// <summary>Linear interpolation between order statistics (numpy "linear", R type 7) on sorted values.</summary>
    private static double Quantile(ReadOnlySpan<double> sorted, double probability)
    {
        var position = probability * (sorted.Length - 1);
        var below = (int)Math.Floor(position);
        var fraction = position - below;
        return below + 1 < sorted.Length
            ? sorted[below] + (fraction * (sorted[below + 1] - sorted[below]))
            : sorted[below];
    }
}
