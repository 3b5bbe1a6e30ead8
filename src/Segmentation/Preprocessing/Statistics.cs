namespace Segmentation.Preprocessing;

/// <summary>
/// Column statistics that skip missing values (NaN), computed the way numpy and scikit-learn compute them, so that
/// fitted values agree with theirs to the last digits.
/// </summary>
internal static class Statistics
{
    /// <summary>Copies the non-missing values.</summary>
    public static double[] Present(ReadOnlySpan<double> values)
    {
        var count = 0;
        foreach (var value in values)
        {
            if (!double.IsNaN(value))
            {
                count++;
            }
        }

        var present = new double[count];
        var index = 0;
        foreach (var value in values)
        {
            if (!double.IsNaN(value))
            {
                present[index++] = value;
            }
        }

        return present;
    }

    public static double Mean(ReadOnlySpan<double> present)
    {
        var sum = 0.0;
        foreach (var value in present)
        {
            sum += value;
        }

        return sum / present.Length;
    }

    /// <summary>Population variance (ddof = 0), two-pass.</summary>
    public static double PopulationVariance(ReadOnlySpan<double> present, double mean)
    {
        var sum = 0.0;
        foreach (var value in present)
        {
            var deviation = value - mean;
            sum += deviation * deviation;
        }

        return sum / present.Length;
    }

    public static double Median(double[] sorted)
    {
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>numpy's default ("linear") quantile of sorted values, including its interpolation formula.</summary>
    public static double Quantile(double[] sorted, double probability)
    {
        var position = probability * (sorted.Length - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Length - 1);
        var fraction = position - below;
        var lower = sorted[below];
        var upper = sorted[above];
        var difference = upper - lower;

        // numpy's _lerp interpolates from the nearer end, which changes the last bit.
        return fraction >= 0.5 ? upper - (difference * (1 - fraction)) : lower + (difference * fraction);
    }

    /// <summary>The most frequent value; ties go to the smallest value (as scikit-learn's SimpleImputer).</summary>
    public static double MostFrequent(double[] sorted)
    {
        var best = sorted[0];
        var bestCount = 0;
        var start = 0;
        while (start < sorted.Length)
        {
            var end = start;
            while (end < sorted.Length && sorted[end].Equals(sorted[start]))
            {
                end++;
            }

            if (end - start > bestCount)
            {
                best = sorted[start];
                bestCount = end - start;
            }

            start = end;
        }

        return best;
    }

    /// <summary>Pearson correlation over the rows where both values are present; NaN when either side is constant.</summary>
    public static double Correlation(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        double sumX = 0, sumY = 0;
        var count = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if (!double.IsNaN(x[i]) && !double.IsNaN(y[i]))
            {
                sumX += x[i];
                sumY += y[i];
                count++;
            }
        }

        if (count < 2)
        {
            return double.NaN;
        }

        double meanX = sumX / count, meanY = sumY / count;
        double xy = 0, xx = 0, yy = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if (!double.IsNaN(x[i]) && !double.IsNaN(y[i]))
            {
                var dx = x[i] - meanX;
                var dy = y[i] - meanY;
                xy += dx * dy;
                xx += dx * dx;
                yy += dy * dy;
            }
        }

        return xx == 0 || yy == 0 ? double.NaN : xy / Math.Sqrt(xx * yy);
    }
}
