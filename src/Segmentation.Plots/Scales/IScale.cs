namespace Segmentation.Plots.Scales;

/// <summary>Maps data values to pixels along one axis and says where its ticks go.</summary>
internal interface IScale
{
    /// <summary>Gets the lowest data value the axis shows.</summary>
    double DomainMinimum { get; }

    /// <summary>Gets the highest data value the axis shows.</summary>
    double DomainMaximum { get; }

    /// <summary>Maps a data value to a pixel coordinate.</summary>
    double Map(double value);

    /// <summary>Gets the ticks with their labels.</summary>
    IReadOnlyList<Tick> Ticks { get; }
}

/// <summary>One labelled tick.</summary>
/// <param name="Value">The data value.</param>
/// <param name="Label">The formatted label.</param>
internal readonly record struct Tick(double Value, string Label);
