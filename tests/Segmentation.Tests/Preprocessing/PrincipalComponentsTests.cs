using Segmentation.Clustering;
using Segmentation.Preprocessing;
using Segmentation.Tests.Support;

namespace Segmentation.Tests.Preprocessing;

public class PrincipalComponentsTests
{
    [Test]
    public void A_hand_computed_cross_has_its_axes_as_components()
    {
        // Points (±1, 0) and (0, ±2): variances (ddof = 1) 2/3 along x and 8/3 along y, no covariance.
        var data = new DenseMatrix(new double[,] { { 1, 0 }, { -1, 0 }, { 0, 2 }, { 0, -2 } });

        var pca = PrincipalComponents.Fit(data);

        Assert.Multiple(() =>
        {
            Assert.That(pca.ExplainedVariance, Is.EqualTo(new[] { 8.0 / 3, 2.0 / 3 }).Within(1e-15));
            Assert.That(pca.ExplainedVarianceRatio, Is.EqualTo(new[] { 0.8, 0.2 }).Within(1e-15));
            Assert.That(pca.Components.ToArray(), Is.EqualTo(new double[,] { { 0, 1 }, { 1, 0 } }));
            Assert.That(pca.Project(data, 1).Values.ToArray(), Is.EqualTo(new double[] { 0, 0, 2, -2 }));
        });
    }

    [Test]
    public void Each_component_has_its_largest_entry_positive()
    {
        var data = new DenseMatrix(new double[,] { { 1, -2 }, { 2, -4.1 }, { 3, -5.9 }, { 4, -8 } });

        var pca = PrincipalComponents.Fit(data);

        Assert.That(pca.Components[0, 1], Is.GreaterThan(0));
        Assert.That(pca.Components[0, 0], Is.LessThan(0));
    }

    [Test]
    public void Variance_share_counts_components_as_scikit_learn_does()
    {
        var data = new DenseMatrix(new double[,] { { 1, 0 }, { -1, 0 }, { 0, 2 }, { 0, -2 } });
        var pca = PrincipalComponents.Fit(data);

        Assert.Multiple(() =>
        {
            Assert.That(pca.ComponentCountFor(0.5), Is.EqualTo(1));
            Assert.That(pca.ComponentCountFor(0.8), Is.EqualTo(2), "a cumulative ratio equal to the share needs one more component");
            Assert.That(pca.ComponentCountFor(1), Is.EqualTo(2));
            Assert.That(() => pca.ComponentCountFor(0), Throws.InstanceOf<ArgumentOutOfRangeException>().With.Message.StartsWith("varianceShare=0 must be > 0 and <= 1."));
        });
    }

    [Test]
    public void Loadings_are_the_components_scaled_by_the_root_of_their_variance()
    {
        var data = new DenseMatrix(new double[,] { { 1, 0 }, { -1, 0 }, { 0, 2 }, { 0, -2 } });

        var loadings = PrincipalComponents.Fit(data).Loadings;

        Assert.That(loadings.ToArray(), Is.EqualTo(new[,] { { 0, Math.Sqrt(2.0 / 3) }, { Math.Sqrt(8.0 / 3), 0 } }).Within(1e-15));
    }

    [Test]
    public void Too_few_rows_or_constant_data_are_clear_errors()
    {
        Assert.Multiple(() =>
        {
            Assert.That(
                () => PrincipalComponents.Fit(new DenseMatrix(new double[,] { { 1, 2 } })),
                Throws.InstanceOf<SegmentationDataException>().With.Message.EqualTo("PCA needs at least 2 rows and 1 column, but the data has rows=1, columns=2."));
            Assert.That(
                () => PrincipalComponents.Fit(new DenseMatrix(new double[,] { { 1, 2 }, { 1, 2 } })),
                Throws.InstanceOf<SegmentationDataException>().With.Message.EqualTo("PCA needs variance, but all 2 columns are constant."));
        });
    }

    /// <summary>
    /// Expected values: /usr/bin/python3 with scikit-learn 1.2.1,
    /// <c>PCA().fit(X)</c> with X = mall_customers.csv columns Age, Annual Income (k$), Spending Score (1-100);
    /// printed with <c>repr(p.explained_variance_.tolist())</c> etc., and <c>PCA(2).fit(X).transform(X)[:2]</c>.
    /// </summary>
    [Test]
    [Category(SharedData.Category)]
    public void Mall_age_income_spending_matches_scikit_learn()
    {
        var frame = RealData.Mall();
        var data = FeatureMatrix.Build(frame, ["Age", "Annual Income (k$)", "Spending Score (1-100)"]);

        var pca = PrincipalComponents.Fit(data);

        double[] variance = [700.2643548238996, 684.3301363624695, 167.2285238890079];
        double[] ratio = [0.4512527189125917, 0.4409846546380996, 0.10776262644930878];
        double[,] components =
        {
            { -0.1889741999225602, 0.5886410193430777, 0.7859965026069586 },
            { 0.13096520288320954, 0.8083757274411805, -0.573913581402028 },
            { 0.9732095701324497, 0.005516668440725903, 0.22985364685366014 },
        };
        double[] firstScores = [-31.87050780200574, -33.00142530774918, 0.7633969076414004, -56.843865320867934];
        Assert.Multiple(() =>
        {
            for (var k = 0; k < 3; k++)
            {
                Assert.That(pca.ExplainedVariance[k], Is.EqualTo(variance[k]).Within(1e-9 * variance[k]), $"variance {k}");
                Assert.That(pca.ExplainedVarianceRatio[k], Is.EqualTo(ratio[k]).Within(1e-9 * ratio[k]), $"ratio {k}");
            }

            Assert.That(pca.Components.ToArray(), Is.EqualTo(components).Within(1e-9));
            Assert.That(pca.Mean, Is.EqualTo(new[] { 38.85, 60.56, 50.2 }).Within(1e-12));
            Assert.That(pca.Project(data, 2).Values[..4].ToArray(), Is.EqualTo(firstScores).Within(1e-9));
        });
    }
}
