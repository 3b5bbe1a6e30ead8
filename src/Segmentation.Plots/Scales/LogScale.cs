namespace Segmentation.Plots.Scales;

/// <summary>
/// A base-10 logarithmic scale over positive values. The domain widens to whole decades; ticks sit on the decades,
/// and on 2 and 5 times them when the axis spans fewer than three decades.
/// </summary>
internal sealed class LogScale : IScale
{
    private readonly double _rangeStart;
    private readonly double _rangeEnd;
    private readonly double _logMinimum;
    private readonly double _logMaximum;

    /// <summary>Creates a log scale.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A bound is not a finite number &gt; 0, or they are reversed.</exception>
    public LogScale(double dataMinimum, double dataMaximum, double rangeStart, double rangeEnd)
    {
        Guard.Positive(dataMinimum);
        Guard.Positive(dataMaximum);
        if (dataMaximum < dataMinimum)
        {
            throw new ArgumentOutOfRangeException(
                nameof(dataMaximum), dataMaximum, $"dataMaximum={Guard.Format(dataMaximum)} must be >= dataMinimum={Guard.Format(dataMinimum)}.");
        }

        _rangeStart = rangeStart;
        _rangeEnd = rangeEnd;
        _logMinimum = Math.Floor(Math.Log10(dataMinimum) + 1e-12);
        _logMaximum = Math.Ceiling(Math.Log10(dataMaximum) - 1e-12);
        if (_logMaximum == _logMinimum)
        {
            _logMaximum += 1;
        }

        DomainMinimum = Math.Pow(10, _logMinimum);
        DomainMaximum = Math.Pow(10, _logMaximum);

        var multipliers = _logMaximum - _logMinimum < 3 ? new[] { 1.0, 2.0, 5.0 } : [1.0];
        var ticks = new List<Tick>();
        for (var exponent = (int)_logMinimum; exponent <= (int)_logMaximum; exponent++)
        {
            foreach (var multiplier in multipliers)
            {
                var value = multiplier * Math.Pow(10, exponent);
                if (value <= DomainMaximum * (1 + 1e-12))
                {
                    ticks.Add(new Tick(value, FormatLabel(value, exponent)));
                }
            }
        }

        Ticks = ticks;
    }

    /// <inheritdoc />
    public double DomainMinimum { get; }

    /// <inheritdoc />
    public double DomainMaximum { get; }

    /// <inheritdoc />
    public IReadOnlyList<Tick> Ticks { get; }

    /// <inheritdoc />
    public double Map(double value) =>
        _rangeStart + ((Math.Log10(value) - _logMinimum) / (_logMaximum - _logMinimum) * (_rangeEnd - _rangeStart));

    private static string FormatLabel(double value, int exponent) =>
        exponent is >= -3 and <= 6
            ? TickLabel.Format(value, Math.Max(-exponent, 0))
            : value.ToString("0E0", System.Globalization.CultureInfo.InvariantCulture);
}
