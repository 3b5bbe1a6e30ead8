namespace Segmentation.Plots.Scales;

/// <summary>
/// "Nice" axis ticks after Heckbert's loose labelling (Graphics Gems, 1990): the step is 1, 2 or 5 times a power of
/// ten, and the axis is widened outward to whole steps so that the first and last ticks bound the data. Unlike
/// Heckbert, the step is rounded from the raw span (as d3 does), not from the span first rounded up to a nice number,
/// which would often halve the tick count (0..137 with 7 ticks: step 20, not 50).
/// </summary>
internal static class NiceTicks
{
    /// <summary>Computes ticks covering [<paramref name="minimum"/>, <paramref name="maximum"/>].</summary>
    /// <param name="minimum">Smallest data value; finite.</param>
    /// <param name="maximum">Largest data value; finite and at least <paramref name="minimum"/>.</param>
    /// <param name="targetCount">About how many ticks to draw; at least 2.</param>
    /// <exception cref="ArgumentOutOfRangeException">A bound is not finite, they are reversed, or targetCount &lt; 2.</exception>
    public static TickSet Compute(double minimum, double maximum, int targetCount)
    {
        Guard.Finite(minimum);
        Guard.Finite(maximum);
        Guard.AtLeast(targetCount, 2);
        if (maximum < minimum)
        {
            throw new ArgumentOutOfRangeException(nameof(maximum), maximum, $"maximum={Guard.Format(maximum)} must be >= minimum={Guard.Format(minimum)}.");
        }

        if (maximum == minimum)
        {
            // A single value still gets an axis: widen by one unit of its own magnitude (or by 1 around zero).
            var half = minimum == 0 ? 1 : Math.Abs(minimum) * 0.1;
            minimum -= half;
            maximum += half;
        }

        var step = NiceNumber((maximum - minimum) / (targetCount - 1), round: true);
        var first = Math.Floor(minimum / step) * step;
        var last = Math.Ceiling(maximum / step) * step;
        var decimals = Math.Max(-(int)Math.Floor(Math.Log10(step)), 0);
        return new TickSet(first, last, step, decimals);
    }

    /// <summary>The nice number (1, 2, 5 or 10 times a power of ten) nearest <paramref name="value"/>.</summary>
    /// <param name="value">A positive number.</param>
    /// <param name="round">Round to the nearest nice number; otherwise take the smallest nice number at least value.</param>
    public static double NiceNumber(double value, bool round)
    {
        var exponent = Math.Floor(Math.Log10(value));
        var power = Math.Pow(10, exponent);
        var fraction = value / power;
        double nice;
        if (round)
        {
            nice = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10;
        }
        else
        {
            nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        }

        return nice * power;
    }
}
