using System.Globalization;

namespace Segmentation.Plots.Scales;

/// <summary>Evenly spaced ticks from <see cref="First"/> to <see cref="Last"/> by <see cref="Step"/>.</summary>
/// <param name="First">The first tick (at or below the data minimum).</param>
/// <param name="Last">The last tick (at or above the data maximum).</param>
/// <param name="Step">The distance between ticks: 1, 2 or 5 times a power of ten.</param>
/// <param name="Decimals">Decimal places that show the step exactly.</param>
internal readonly record struct TickSet(double First, double Last, double Step, int Decimals)
{
    /// <summary>The tick values, rounded to <see cref="Decimals"/> so that 0.1 + 0.2 prints as 0.3.</summary>
    public IReadOnlyList<double> Values
    {
        get
        {
            var count = (int)Math.Round((Last - First) / Step) + 1;
            var values = new double[count];
            for (var i = 0; i < count; i++)
            {
                values[i] = Math.Round(First + (i * Step), Math.Min(Decimals + 1, 15));
            }

            return values;
        }
    }

    /// <summary>Formats a tick value with <see cref="Decimals"/> places and thousands separators, invariant culture.</summary>
    public string Format(double value) => TickLabel.Format(value, Decimals);
}

/// <summary>Invariant, fixed-decimal tick labels.</summary>
internal static class TickLabel
{
    public static string Format(double value, int decimals)
    {
        var text = value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return text.StartsWith('-') && text.TrimStart('-').All(c => c is '0' or '.' or ',') ? text[1..] : text;
    }
}
