namespace Segmentation.Plots.Scales;

/// <summary>A linear scale whose domain is widened to nice ticks (<see cref="NiceTicks"/>).</summary>
internal sealed class LinearScale : IScale
{
    private readonly double _rangeStart;
    private readonly double _rangeEnd;

    /// <summary>Creates a scale over the data range, mapping it to pixels <paramref name="rangeStart"/>..<paramref name="rangeEnd"/>.</summary>
    /// <param name="dataMinimum">Smallest data value.</param>
    /// <param name="dataMaximum">Largest data value.</param>
    /// <param name="rangeStart">Pixel of the domain minimum (for a y axis, the bottom).</param>
    /// <param name="rangeEnd">Pixel of the domain maximum.</param>
    /// <param name="targetTickCount">About how many ticks to draw.</param>
    /// <param name="nice">Widen the domain to whole tick steps; otherwise keep it exactly and draw the ticks inside.</param>
    /// <param name="integerTicks">Keep only whole-number ticks (for counts such as k), labelled without decimals.</param>
    public LinearScale(
        double dataMinimum, double dataMaximum, double rangeStart, double rangeEnd, int targetTickCount, bool nice = true, bool integerTicks = false)
    {
        var ticks = NiceTicks.Compute(dataMinimum, dataMaximum, Math.Max(targetTickCount, 2));
        _rangeStart = rangeStart;
        _rangeEnd = rangeEnd;
        if (nice || dataMaximum == dataMinimum)
        {
            DomainMinimum = ticks.First;
            DomainMaximum = ticks.Last;
        }
        else
        {
            DomainMinimum = dataMinimum;
            DomainMaximum = dataMaximum;
        }

        const double Slack = 1e-9;
        var span = DomainMaximum - DomainMinimum;
        Ticks = [.. ticks.Values
            .Where(value => value >= DomainMinimum - (Slack * span) && value <= DomainMaximum + (Slack * span))
            .Where(value => !integerTicks || value == Math.Round(value))
            .Select(value => new Tick(value, integerTicks ? TickLabel.Format(value, 0) : ticks.Format(value)))];
    }

    /// <inheritdoc />
    public double DomainMinimum { get; }

    /// <inheritdoc />
    public double DomainMaximum { get; }

    /// <inheritdoc />
    public IReadOnlyList<Tick> Ticks { get; }

    /// <inheritdoc />
    public double Map(double value) =>
        _rangeStart + ((value - DomainMinimum) / (DomainMaximum - DomainMinimum) * (_rangeEnd - _rangeStart));
}
