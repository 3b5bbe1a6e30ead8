namespace Segmentation.Evaluation;

/// <summary>The gap statistic over a range of k.</summary>
public sealed class GapStatisticResult
{
    internal GapStatisticResult(int[] clusterCounts, double[] logW, double[] expectedLogW, double[] gap, double[] standardError, int referenceSets)
    {
        ClusterCounts = clusterCounts;
        LogWithinDispersion = logW;
        ExpectedLogWithinDispersion = expectedLogW;
        Gap = gap;
        StandardError = standardError;
        ReferenceSets = referenceSets;
    }

    /// <summary>Gets the k values, ascending and consecutive.</summary>
    public IReadOnlyList<int> ClusterCounts { get; }

    /// <summary>Gets log W(k): W(k) is the within-cluster sum of squares (the inertia) of the fit on the data.</summary>
    public IReadOnlyList<double> LogWithinDispersion { get; }

    /// <summary>Gets the mean of log W*(k) over the reference sets.</summary>
    public IReadOnlyList<double> ExpectedLogWithinDispersion { get; }

    /// <summary>Gets Gap(k) = mean log W*(k) - log W(k).</summary>
    public IReadOnlyList<double> Gap { get; }

    /// <summary>Gets s(k) = sd(log W*(k)) x sqrt(1 + 1/B), sd with denominator B - 1.</summary>
    public IReadOnlyList<double> StandardError { get; }

    /// <summary>Gets B, the number of reference sets.</summary>
    public int ReferenceSets { get; }

    /// <summary>Returns the k that <paramref name="rule"/> chooses.</summary>
    /// <param name="rule">The rule, as R's <c>cluster::maxSE</c>.</param>
    public int ChooseClusterCount(GapRule rule) => ClusterCounts[GapStatistic.MaxSE(Gap, StandardError, rule)];
}
