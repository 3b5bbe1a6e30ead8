using Segmentation.Data;
using Segmentation.Preprocessing;
using Segmentation.Tests.Support;
using static Segmentation.Tests.Preprocessing.PreprocessingAssert;

namespace Segmentation.Tests.Preprocessing;

public class ReduceDimensionsTests
{
    private static DataFrame Cross() => new(
        Categories("Name", "a", "b", "c", "d"),
        Numbers("X", 1, -1, 0, 0),
        Numbers("Y", 0, 0, 2, -2));

    [Test]
    public void Numeric_columns_are_replaced_by_component_columns_after_the_others()
    {
        var (fitted, frame, report) = FitTransform(new ReduceDimensions(1), Cross());

        Assert.Multiple(() =>
        {
            Assert.That(frame.Columns.Names, Is.EqualTo(new[] { "Name", "PC1" }));
            Assert.That(Values(frame, "PC1"), Is.EqualTo(new double[] { 0, 0, 2, -2 }));
            Assert.That(((FittedPrincipalComponents)fitted).ExplainedVarianceRatio, Is.EqualTo(new[] { 0.8 }).Within(1e-15));
            Assert.That(report.DroppedColumns.Select(d => d.Column), Is.EqualTo(new[] { "X", "Y" }));
        });
    }

    [Test]
    public void More_components_than_the_data_has_is_a_clear_error()
    {
        var error = Assert.Throws<SegmentationDataException>(() => FitTransform(new ReduceDimensions(3), Cross()));

        Assert.That(error!.Message, Is.EqualTo("ComponentCount=3 must be <= min(rows=4, columns=2)=2."));
    }

    [Test]
    public void Options_need_exactly_one_of_count_and_share()
    {
        Assert.Multiple(() =>
        {
            Assert.That(
                () => new ReduceDimensions(new DimensionReductionOptions()),
                Throws.ArgumentException.With.Message.StartsWith("Give exactly one of ComponentCount and VarianceShare."));
            Assert.That(
                () => new ReduceDimensions(0),
                Throws.InstanceOf<ArgumentOutOfRangeException>().With.Message.StartsWith("ComponentCount=0 must be > 0."));
            Assert.That(
                () => new ReduceDimensions(1.5),
                Throws.InstanceOf<ArgumentOutOfRangeException>().With.Message.StartsWith("varianceShare=1.5 must be > 0 and <= 1."));
        });
    }

    [Test]
    public void Round_trips_through_json_and_replays_identically()
    {
        var (fitted, frame, _) = FitTransform(new ReduceDimensions(2), Cross());

        var copy = RoundTrips(fitted, Cross(), "reduceDimensions");

        FramesEqual(copy.Transform(Cross(), new PreprocessingReport()), frame);
    }

    /// <summary>
    /// Expected: scikit-learn 1.2.1 on z-scored mall Age/Income/Spending, explained_variance_ratio_ =
    /// [0.44266167208245055, 0.3330837846152242, 0.2242545433023254]; PCA(n_components=0.8) keeps 3, 0.7 keeps 2.
    /// </summary>
    [TestCase(0.7, 2)]
    [TestCase(0.8, 3)]
    [Category(SharedData.Category)]
    public void A_variance_share_keeps_as_many_components_as_scikit_learn_on_zscored_mall_data(double share, int expected)
    {
        PreprocessingStep[] steps =
        [
            new SelectColumns("Age", "Annual Income (k$)", "Spending Score (1-100)"),
            new Normalize(Normalization.ZScore),
            new ReduceDimensions(share),
        ];

        var (fitted, frame) = Preprocessor.Fit(steps, RealData.Mall(), new PreprocessingReport());

        var pca = (FittedPrincipalComponents)fitted.Steps[^1];
        Assert.Multiple(() =>
        {
            Assert.That(frame.Columns.Names, Has.Count.EqualTo(expected));
            Assert.That(
                pca.ExplainedVarianceRatio,
                Is.EqualTo(new[] { 0.44266167208245055, 0.3330837846152242, 0.2242545433023254 }.Take(expected)).Within(1e-12));
            Assert.That(
                pca.ExplainedVariance,
                Is.EqualTo(new[] { 1.3346583077862821, 1.004272717432836, 0.6761443516653022 }.Take(expected)).Within(1e-12));
        });
    }
}
