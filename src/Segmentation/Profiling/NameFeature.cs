namespace Segmentation.Profiling;

/// <summary>One part of a generated segment name: a numeric column, the word for it and its level ("High income").</summary>
public sealed class NameFeature
{
    internal NameFeature(string column, string noun, FeatureLevel level, double effectSize)
    {
        Column = column;
        Noun = noun;
        Level = level;
        EffectSize = effectSize;
    }

    /// <summary>Gets the column name.</summary>
    public string Column { get; }

    /// <summary>Gets the word the name uses for the column ("income").</summary>
    public string Noun { get; }

    /// <summary>Gets the level the name gives it.</summary>
    public FeatureLevel Level { get; }

    /// <summary>Gets the standardized effect the level was read from.</summary>
    public double EffectSize { get; }

    /// <summary>Gets the phrase, lowercase: "high income", "average spending", "many children" (see <see cref="FeatureNouns.Phrase"/>).</summary>
    public string Phrase => FeatureNouns.Phrase(Level, Noun);

    /// <inheritdoc />
    public override string ToString() => Phrase;
}
