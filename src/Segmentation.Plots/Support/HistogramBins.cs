namespace Segmentation.Plots.Support;

/// <summary>
/// Equal-width histogram bins by the Freedman-Diaconis rule: width = 2 IQR / n^(1/3), capped at a maximum bin count.
/// When the IQR is 0 (more than half the values equal) or there are fewer than 4 values it falls back to Sturges'
/// rule, ceil(log2 n) + 1 bins. Missing (NaN) values are skipped.
/// </summary>
internal sealed class HistogramBins
{
    private HistogramBins(double minimum, double width, int[] counts)
    {
        Minimum = minimum;
        BinWidth = width;
        Counts = counts;
    }

    public double Minimum { get; }

    public double BinWidth { get; }

    public int[] Counts { get; }

    public int BinCount => Counts.Length;

    public double Maximum => Minimum + (BinWidth * Counts.Length);

    public double Edge(int bin) => Minimum + (bin * BinWidth);

    /// <summary>Chooses the bin count for <paramref name="values"/>.</summary>
    public static int ChooseBinCount(ReadOnlySpan<double> values, int maximumBins)
    {
        var finite = Finite(values);
        if (finite.Length < 2)
        {
            return 1;
        }

        Array.Sort(finite);
        var range = finite[^1] - finite[0];
        if (range == 0)
        {
            return 1;
        }

        var sturges = (int)Math.Ceiling(Math.Log2(finite.Length)) + 1;
        var interquartile = Quantile(finite, 0.75) - Quantile(finite, 0.25);
        if (finite.Length < 4 || interquartile <= 0)
        {
            return Math.Clamp(sturges, 1, maximumBins);
        }

        var width = 2 * interquartile / Math.Cbrt(finite.Length);
        return Math.Clamp((int)Math.Ceiling(range / width), 1, maximumBins);
    }

    /// <summary>Counts values into <paramref name="binCount"/> bins spanning [minimum, maximum].</summary>
    public static HistogramBins Compute(ReadOnlySpan<double> values, int binCount, double minimum, double maximum)
    {
        var width = maximum > minimum ? (maximum - minimum) / binCount : 1;
        if (maximum <= minimum)
        {
            minimum -= 0.5;
        }

        var counts = new int[binCount];
        foreach (var value in values)
        {
            if (double.IsFinite(value))
            {
                counts[Math.Clamp((int)((value - minimum) / width), 0, binCount - 1)]++;
            }
        }

        return new HistogramBins(minimum, width, counts);
    }

    /// <summary>Freedman-Diaconis bins over the values' own range.</summary>
    public static HistogramBins Compute(ReadOnlySpan<double> values, int maximumBins)
    {
        var (minimum, maximum) = ChartInputs.Range(values);
        return Compute(values, ChooseBinCount(values, maximumBins), minimum, maximum);
    }

    /// <summary>Linear-interpolation quantile of sorted values (numpy's default, type 7).</summary>
    internal static double Quantile(double[] sorted, double probability)
    {
        var position = probability * (sorted.Length - 1);
        var lower = (int)Math.Floor(position);
        var upper = Math.Min(lower + 1, sorted.Length - 1);
        return sorted[lower] + ((position - lower) * (sorted[upper] - sorted[lower]));
    }

    private static double[] Finite(ReadOnlySpan<double> values)
    {
        var list = new List<double>(values.Length);
        foreach (var value in values)
        {
            if (double.IsFinite(value))
            {
                list.Add(value);
            }
        }

        return [.. list];
    }
}
