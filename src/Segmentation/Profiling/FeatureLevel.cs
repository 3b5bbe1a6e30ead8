namespace Segmentation.Profiling;

/// <summary>How a segment compares with the population on one numeric feature, as a name says it.</summary>
public enum FeatureLevel
{
    /// <summary>Within <see cref="Defaults.NamingEffectThreshold"/> population standard deviations of the mean.</summary>
    Average,

    /// <summary>At least <see cref="Defaults.NamingEffectThreshold"/> standard deviations above the mean.</summary>
    High,

    /// <summary>At least <see cref="Defaults.NamingEffectThreshold"/> standard deviations below the mean.</summary>
    Low,
}
