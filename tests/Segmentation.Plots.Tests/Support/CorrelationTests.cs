using Segmentation.Clustering;
using Segmentation.Plots.Support;

namespace Segmentation.Plots.Tests.Support;

public sealed class CorrelationTests
{
    [Test]
    public void Pearson_correlation_matches_a_hand_computed_value()
    {
        // x = 1..5, y = 2, 4, 5, 4, 5: r = 6 / sqrt(10 * 6) = 0.7745966692414834 (numpy.corrcoef agrees).
        var data = new DenseMatrix(new double[,] { { 1, 2 }, { 2, 4 }, { 3, 5 }, { 4, 4 }, { 5, 5 } });

        var r = Correlation.Pearson(data);

        Assert.That(r[1], Is.EqualTo(0.7745966692414834).Within(1e-12));
        Assert.That(r[2], Is.EqualTo(r[1]));
        Assert.That(r[0], Is.EqualTo(1).Within(1e-12));
    }

    [Test]
    public void Rows_with_a_missing_value_are_left_out_of_that_pair_only()
    {
        var data = new DenseMatrix(new double[,] { { 1, 2 }, { 2, 4 }, { 3, 5 }, { 4, 4 }, { 5, 5 }, { 6, double.NaN } });

        Assert.That(Correlation.Pearson(data)[1], Is.EqualTo(0.7745966692414834).Within(1e-12));
    }
}
