using Segmentation.Clustering;
using Segmentation.Pipeline;
using Segmentation.Synthetic;
using static Segmentation.Tests.Pipeline.PipelineTestData;

namespace Segmentation.Tests.Pipeline;

public class NoveltyPipelineTests
{
    private static SegmentationResult FitMall(SegmentationPipeline? pipeline = null) =>
        (pipeline ?? SegmentationPipeline.Create())
            .WithIdColumn("CustomerID")
            .SelectFeatures(IncomeAndSpending)
            .KMeans(5)
            .Fit(SyntheticCustomers.Mall());

    [Test]
    public void A_far_away_customer_is_flagged_novel_with_its_distance_while_training_customers_mostly_are_not()
    {
        var result = FitMall();
        var model = result.Model;

        var far = model.Predict(Customers(("Female", 30, 1000, 1000)));
        var training = model.Predict(SyntheticCustomers.Mall());

        var expectedDistance = Distance([1000, 1000], model.Centroids.Row(far.Segments[0]));
        Assert.Multiple(() =>
        {
            Assert.That(far.IsNovel, Is.EqualTo(new[] { true }));
            Assert.That(far.Distances[0], Is.EqualTo(expectedDistance).Within(1e-9));
            Assert.That(far.Distances[0], Is.GreaterThan(far.NoveltyThresholds[0]));
            Assert.That(far.NoveltyThresholds[0], Is.EqualTo(model.NoveltyThresholds[far.Segments[0]]));
            Assert.That(training.NovelCount, Is.LessThanOrEqualTo(model.SegmentCount), "at most about 1% of each segment");
        });
    }

    [Test]
    public void The_thresholds_are_the_default_quantile_of_each_segments_member_distances()
    {
        var result = FitMall();

        var expected = NoveltyDetector.Fit(result.Model.Centroids, result.Features, result.Labels, 0.99, NoveltyRule.EverySegment).Thresholds;

        Assert.That(result.Model.NoveltyThresholds, Is.EqualTo(expected));
        Assert.That(result.Model.NoveltyQuantile, Is.EqualTo(Defaults.NoveltyQuantile));
        Assert.That(result.Model.NoveltyRule, Is.EqualTo(NoveltyRule.EverySegment));
    }

    [Test]
    public void With_quantile_one_no_training_customer_is_novel()
    {
        var result = FitMall(SegmentationPipeline.Create().DetectNovelty(1.0));

        var training = result.Model.Predict(SyntheticCustomers.Mall());

        Assert.That(training.NovelCount, Is.Zero);
        Assert.That(result.Model.NoveltyQuantile, Is.EqualTo(1.0));
    }

    [Test]
    public void Assign_marks_novel_customers_with_one_and_the_others_with_zero()
    {
        var model = FitMall().Model;

        var assigned = model.Assign(Customers(("Female", 30, 1000, 1000), ("Male", 40, 60, 50)));

        Assert.That(assigned.Columns.GetNumeric("Novel").Values.ToArray(), Is.EqualTo(new[] { 1.0, 0.0 }));
    }

    [Test]
    public void A_saved_and_loaded_model_keeps_the_thresholds_and_flags_the_same_customers()
    {
        var model = FitMall(SegmentationPipeline.Create().DetectNovelty(0.9, NoveltyRule.NearestSegment)).Model;
        var customers = SyntheticCustomers.Mall(seed: 5);

        var loaded = RoundTrip(model);

        Assert.Multiple(() =>
        {
            Assert.That(loaded.NoveltyThresholds, Is.EqualTo(model.NoveltyThresholds));
            Assert.That(loaded.NoveltyQuantile, Is.EqualTo(0.9));
            Assert.That(loaded.NoveltyRule, Is.EqualTo(NoveltyRule.NearestSegment));
            Assert.That(loaded.Predict(customers).IsNovel, Is.EqualTo(model.Predict(customers).IsNovel));
            Assert.That(model.Predict(customers).NovelCount, Is.GreaterThan(0), "a 0.9 quantile flags some customers");
        });
    }

    [Test]
    public void A_model_file_whose_novelty_thresholds_do_not_match_the_centres_is_refused()
    {
        var model = FitMall().Model;
        using var file = Tampered(model, payload => payload["noveltyThresholds"]!.AsArray().RemoveAt(0));

        var error = Assert.Throws<ModelFileException>(() => SegmentationModel.Load(file));

        Assert.That(error!.Message, Is.EqualTo("'stream' is inconsistent: 5 centres but 4 novelty thresholds."));
    }

    [Test]
    public void A_model_file_without_novelty_thresholds_is_refused()
    {
        var model = FitMall().Model;
        using var file = Tampered(model, payload => payload.Remove("noveltyThresholds"));

        var error = Assert.Throws<ModelFileException>(() => SegmentationModel.Load(file));

        Assert.That(error!.Message, Is.EqualTo("'stream' lacks part of the model (novelty thresholds)."));
    }
}
