namespace Segmentation;

/// <summary>
/// Every default value the library uses, in one place. XML docs of the options name the same values.
/// </summary>
/// <remarks>
/// The class is partial: each area of the library keeps its defaults in its own file
/// (<c>Defaults.Clustering.cs</c>, <c>Defaults.Data.cs</c>, ...), and they all read as <c>Defaults.Name</c>.
/// </remarks>
public static partial class Defaults
{
    /// <summary>The seed used when a caller gives none: 42, so that two runs without a seed agree.</summary>
    public const int Seed = 42;
}
