namespace Segmentation.Evaluation;

/// <summary>
/// Kneedle (Satopaa, Albrecht, Irwin and Raghavan 2011), offline, for a convex decreasing curve such as inertia
/// against k; it gives the same knee and difference curve as the Python package <c>kneed</c>
/// (<c>KneeLocator(x, y, S, curve="convex", direction="decreasing", online=False)</c>).
/// </summary>
/// <remarks>
/// x and y are min-max normalised to [0, 1]; y is flipped (1 - y) so the curve becomes concave increasing; the
/// difference curve is flipped y minus x. Its local maxima are knee candidates, each with the threshold
/// max - S x the mean step of normalised x. Walking right from the first maximum, the first candidate whose
/// difference curve later drops below its threshold (before a local minimum resets the threshold to 0) is the knee.
/// </remarks>
public static class Kneedle
{
    /// <summary>Finds the knee of a convex decreasing curve.</summary>
    /// <param name="x">Strictly increasing, finite x values (e.g. k), at least 2.</param>
    /// <param name="y">One finite y value per x (e.g. inertia).</param>
    /// <param name="sensitivity">S, at least 0; larger waits for a deeper drop. Default <see cref="Defaults.KneedleSensitivity"/> (1).</param>
    /// <returns>The knee, or none when the curve has no knee (e.g. it is flat or a straight line).</returns>
    /// <exception cref="ArgumentException">x and y differ in length, x is not strictly increasing, or a value is not finite.</exception>
    public static KneedleResult FindKnee(IReadOnlyList<double> x, IReadOnlyList<double> y, double sensitivity = Defaults.KneedleSensitivity)
    {
        Guard.NotNull(x);
        Guard.NotNull(y);
        Guard.NonNegative(sensitivity);
        if (x.Count != y.Count)
        {
            Guard.ThrowArgument($"x.Count={x.Count} must equal y.Count={y.Count}.", nameof(y));
        }

        Guard.AtLeast(x.Count, 2, "x.Count");
        for (var i = 0; i < x.Count; i++)
        {
            Guard.Finite(x[i], $"x[{i}]");
            Guard.Finite(y[i], $"y[{i}]");
            if (i > 0 && !(x[i] > x[i - 1]))
            {
                Guard.ThrowArgument($"x must be strictly increasing, but x[{i}]={Guard.Format(x[i])} <= x[{i - 1}]={Guard.Format(x[i - 1])}.", nameof(x));
            }
        }

        var count = x.Count;
        var xNormalised = Normalise(x);
        var yNormalised = Normalise(y);
        var difference = new double[count];
        for (var i = 0; i < count; i++)
        {
            difference[i] = (1 - yNormalised[i]) - xNormalised[i];
        }

        if (y.Max() == y.Min())
        {
            return new KneedleResult(null, null, new double[count]);
        }

        var kneeIndex = Walk(difference, xNormalised, sensitivity);
        return new KneedleResult(kneeIndex, kneeIndex is { } index ? x[index] : null, difference);
    }

    private static int? Walk(double[] difference, double[] xNormalised, double sensitivity)
    {
        var count = difference.Length;

        // scipy's argrelextrema with mode "clip": the ends compare with themselves on their outer side.
        bool IsMaximum(int i) => difference[i] >= difference[Math.Max(i - 1, 0)] && difference[i] >= difference[Math.Min(i + 1, count - 1)];
        bool IsMinimum(int i) => difference[i] <= difference[Math.Max(i - 1, 0)] && difference[i] <= difference[Math.Min(i + 1, count - 1)];

        var meanStep = Math.Abs((xNormalised[count - 1] - xNormalised[0]) / (count - 1));
        var first = Enumerable.Range(0, count).Where(IsMaximum).DefaultIfEmpty(-1).First();
        if (first < 0)
        {
            return null;
        }

        var threshold = 0.0;
        var thresholdIndex = first;
        for (var i = first; i < count - 1; i++)
        {
            if (IsMaximum(i))
            {
                threshold = difference[i] - (sensitivity * meanStep);
                thresholdIndex = i;
            }

            if (IsMinimum(i))
            {
                threshold = 0.0;
            }

            if (difference[i + 1] < threshold)
            {
                return thresholdIndex;
            }
        }

        return null;
    }

    private static double[] Normalise(IReadOnlyList<double> values)
    {
        var minimum = values.Min();
        var range = values.Max() - minimum;
        return values.Select(v => range == 0 ? 0 : (v - minimum) / range).ToArray();
    }
}
