namespace Segmentation.Profiling;

/// <summary>Options of <see cref="SegmentProfiler"/>.</summary>
public sealed class SegmentProfilerOptions
{
    /// <summary>
    /// Gets the columns left out of the profiles, such as customer ids, whose means mean nothing. Default: none.
    /// </summary>
    public IList<string> ExcludedColumns { get; } = new List<string>();

    /// <summary>
    /// Gets or sets the numeric columns segment names may be built from, typically the clustering features.
    /// Default: <see langword="null"/>, meaning every profiled numeric column.
    /// </summary>
    public IList<string>? NamingColumns { get; set; }

    /// <summary>
    /// Gets the words names use for columns ("Annual Income (k$)" -> "income"), overriding
    /// <see cref="FeatureNouns"/>'s built-in rule. Default: empty.
    /// </summary>
    public IDictionary<string, string> DisplayNames { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Gets or sets how many features a name is built from: default <see cref="Defaults.NamingFeatureCount"/> (2).</summary>
    public int NamingFeatureCount { get; set; } = Defaults.NamingFeatureCount;

    /// <summary>
    /// Gets or sets the |effect size| from which a feature is called High or Low rather than Average:
    /// default <see cref="Defaults.NamingEffectThreshold"/> (0.5).
    /// </summary>
    public double NamingEffectThreshold { get; set; } = Defaults.NamingEffectThreshold;

    /// <summary>
    /// Gets or sets which effect size names read levels from: default <see cref="Defaults.NamingScale"/>
    /// (<see cref="NamingScale.Standardized"/>); <see cref="NamingScale.Rank"/> suits skewed columns such as RFM measures.
    /// </summary>
    public NamingScale NamingScale { get; set; } = Defaults.NamingScale;

    /// <summary>
    /// Gets or sets the number of segments. Default: <see langword="null"/>, meaning the largest label + 1.
    /// Set it to the model's cluster count so that trailing empty clusters are reported too.
    /// </summary>
    public int? SegmentCount { get; set; }

    /// <summary>Checks the option values.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is not positive or the threshold is not a finite number > 0.</exception>
    /// <exception cref="ArgumentException">A display name is empty.</exception>
    public void Validate()
    {
        Guard.Positive(NamingFeatureCount);
        Guard.Positive(NamingEffectThreshold);
        Guard.Defined(NamingScale);
        if (SegmentCount is { } count)
        {
            Guard.Positive(count, nameof(SegmentCount));
        }

        foreach (var (column, displayName) in DisplayNames)
        {
            if (string.IsNullOrWhiteSpace(displayName))
            {
                throw new ArgumentException($"DisplayNames['{column}'] must not be empty.", nameof(DisplayNames));
            }
        }
    }
}
