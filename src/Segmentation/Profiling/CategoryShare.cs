namespace Segmentation.Profiling;

/// <summary>
/// One level of a categorical column in one segment: its share there and in the whole population
/// (64% female in the segment against 56% overall is a lift of 1.14).
/// Shares are of the rows whose value is not missing.
/// </summary>
public sealed class CategoryShare
{
    internal CategoryShare(string level, int count, double share, int populationCount, double populationShare)
    {
        Level = level;
        Count = count;
        Share = share;
        PopulationCount = populationCount;
        PopulationShare = populationShare;
    }

    /// <summary>Gets the level (category value).</summary>
    public string Level { get; }

    /// <summary>Gets the number of segment rows with this level.</summary>
    public int Count { get; }

    /// <summary>Gets the level's share of the segment's non-missing values (0..1); <see cref="double.NaN"/> when there are none.</summary>
    public double Share { get; }

    /// <summary>Gets the number of rows in the whole population with this level.</summary>
    public int PopulationCount { get; }

    /// <summary>Gets the level's share of the population's non-missing values (0..1).</summary>
    public double PopulationShare { get; }

    /// <summary>Gets the segment share minus the population share (0.08 = 8 percentage points more).</summary>
    public double Difference => Share - PopulationShare;

    /// <summary>Gets the segment share divided by the population share (1.14 = 14% more common than overall).</summary>
    public double Lift => PopulationShare == 0 ? double.NaN : Share / PopulationShare;

    /// <summary>
    /// Gets the standardized effect of the level's 0/1 indicator: (segment share - population share) /
    /// sqrt(p (1 - p)) with p the population share, the same formula as <see cref="NumericFeatureProfile.EffectSize"/>
    /// applied to a one-hot column, so categorical and numeric contrasts can be ranked together.
    /// </summary>
    public double EffectSize
    {
        get
        {
            var spread = Math.Sqrt(PopulationShare * (1 - PopulationShare));
            return double.IsNaN(Share) ? double.NaN : spread == 0 ? 0 : Difference / spread;
        }
    }

    /// <inheritdoc />
    public override string ToString() =>
        FormattableString.Invariant($"{Level}: {ProfileFormat.Percent(Share)} vs {ProfileFormat.Percent(PopulationShare)} overall (lift {ProfileFormat.Number(Lift)})");
}
