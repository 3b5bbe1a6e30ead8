namespace Segmentation.Profiling;

/// <summary>
/// One numeric column seen in one segment, set against the whole population (every row of the frame).
/// </summary>
public sealed class NumericFeatureProfile
{
    internal NumericFeatureProfile(string column, NumericSummary segment, NumericSummary population, double rankEffectSize)
    {
        Column = column;
        Segment = segment;
        Population = population;
        RankEffectSize = rankEffectSize;
    }

    /// <summary>Gets the column name, as in the frame.</summary>
    public string Column { get; }

    /// <summary>Gets the statistics of the segment's rows.</summary>
    public NumericSummary Segment { get; }

    /// <summary>Gets the statistics of all rows.</summary>
    public NumericSummary Population { get; }

    /// <summary>Gets the segment mean minus the population mean, in the column's units.</summary>
    public double Difference => Segment.Mean - Population.Mean;

    /// <summary>
    /// Gets the segment mean divided by the population mean (1.2 = 20% above average); <see cref="double.NaN"/>
    /// when the population mean is 0.
    /// </summary>
    public double Ratio => Population.Mean == 0 ? double.NaN : Segment.Mean / Population.Mean;

    /// <summary>
    /// Gets the standardized effect size: (segment mean - population mean) / population standard deviation, where
    /// the standard deviation is <see cref="NumericSummary.PopulationStandardDeviation"/> of all rows (n in the
    /// denominator, as scikit-learn's StandardScaler). For a column clustered after z-scoring, it therefore equals
    /// the segment centroid's coordinate. 0 when the column is constant; <see cref="double.NaN"/> for an empty segment.
    /// </summary>
    public double EffectSize
    {
        get
        {
            var spread = Population.PopulationStandardDeviation;
            if (Segment.Count == 0 || double.IsNaN(spread))
            {
                return double.NaN;
            }

            return spread == 0 ? 0 : Difference / spread;
        }
    }

    /// <summary>
    /// Gets the rank effect size: <see cref="EffectSize"/>'s formula applied to the column's percentile ranks
    /// ((mid-rank - 0.5) / n over the non-missing population values, ties sharing their average rank), so a few huge
    /// values (a 77,000 order, an income of 666,666) cannot dominate it. About +1.7 when every segment value is above
    /// every other value; 0 when the segment's values sit where the population's do. Names use it under
    /// <see cref="NamingScale.Rank"/>. 0 when the column is constant; <see cref="double.NaN"/> for an empty segment.
    /// </summary>
    public double RankEffectSize { get; }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Column}: mean {ProfileFormat.Number(Segment.Mean)} vs {ProfileFormat.Number(Population.Mean)} overall (effect {ProfileFormat.Effect(EffectSize)})";
}
