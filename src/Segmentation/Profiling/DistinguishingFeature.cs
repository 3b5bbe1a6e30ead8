using Segmentation.Data;

namespace Segmentation.Profiling;

/// <summary>
/// One contrast that sets a segment apart: a numeric column (its mean against the population's) or one level of a
/// categorical column (its share against the population's). <see cref="SegmentProfile.DistinguishingFeatures"/>
/// ranks them by |<see cref="EffectSize"/>|.
/// </summary>
public sealed class DistinguishingFeature
{
    internal DistinguishingFeature(string column, ColumnKind kind, string? level, double effectSize, double segmentValue, double populationValue)
    {
        Column = column;
        Kind = kind;
        Level = level;
        EffectSize = effectSize;
        SegmentValue = segmentValue;
        PopulationValue = populationValue;
    }

    /// <summary>Gets the column name.</summary>
    public string Column { get; }

    /// <summary>Gets <see cref="ColumnKind.Numeric"/> or <see cref="ColumnKind.Categorical"/>.</summary>
    public ColumnKind Kind { get; }

    /// <summary>Gets the categorical level, or <see langword="null"/> for a numeric column.</summary>
    public string? Level { get; }

    /// <summary>
    /// Gets the standardized effect: <see cref="NumericFeatureProfile.EffectSize"/> for a numeric column,
    /// <see cref="CategoryShare.EffectSize"/> for a level.
    /// </summary>
    public double EffectSize { get; }

    /// <summary>Gets the segment mean (numeric) or the segment share of the level (categorical).</summary>
    public double SegmentValue { get; }

    /// <summary>Gets the population mean (numeric) or the population share of the level (categorical).</summary>
    public double PopulationValue { get; }

    /// <inheritdoc />
    public override string ToString() => Level is null
        ? FormattableString.Invariant($"{Column}: {SegmentValue:0.##} vs {PopulationValue:0.##} (effect {EffectSize:+0.00;-0.00})")
        : FormattableString.Invariant($"{Column} = {Level}: {ProfileFormat.Percent(SegmentValue)} vs {ProfileFormat.Percent(PopulationValue)} (effect {EffectSize:+0.00;-0.00})");
}
