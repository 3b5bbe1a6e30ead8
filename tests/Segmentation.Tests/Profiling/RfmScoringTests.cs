using Segmentation.Profiling;

namespace Segmentation.Tests.Profiling;

public class RfmScoringTests
{
    // Expected values from pandas 1.5.3: pd.qcut(pd.Series(x).rank(method="first"), 5, labels=[1, 2, 3, 4, 5]).
    [TestCase(new double[] { 10, 30, 20 }, new[] { 1, 5, 3 })]
    [TestCase(new double[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }, new[] { 1, 1, 2, 2, 3, 3, 4, 4, 5, 5 })]
    [TestCase(new double[] { 5, 5, 5, 5, 5, 5 }, new[] { 1, 1, 2, 3, 4, 5 })]
    [TestCase(new double[] { 3, 1, 2, 2, 1, 3, 1 }, new[] { 5, 1, 3, 4, 1, 5, 2 })]
    public void Scores_match_pandas_qcut_of_first_ranks(double[] values, int[] expected) =>
        Assert.That(RfmScoring.Quantiles(values, 5), Is.EqualTo(expected));
}
