using Segmentation.Clustering;
using Segmentation.Pipeline;
using Segmentation.Synthetic;
using static Segmentation.Tests.Pipeline.PipelineTestData;

namespace Segmentation.Tests.Pipeline;

public class GaussianMixturePipelineTests
{
    private static SegmentationResult FitMall(GaussianMixtureStepOptions? options = null) =>
        SegmentationPipeline.Create()
            .WithIdColumn("CustomerID")
            .SelectFeatures(IncomeAndSpending)
            .Normalize()
            .GaussianMixture(options ?? new GaussianMixtureStepOptions { ComponentCount = 5 })
            .Fit(SyntheticCustomers.Mall());

    [Test]
    public void A_five_component_mixture_fits_the_synthetic_mall_and_exposes_its_parameters()
    {
        var result = FitMall();
        var mixture = result.Mixture!;

        Assert.Multiple(() =>
        {
            Assert.That(result.Algorithm, Is.EqualTo(SegmentationAlgorithm.GaussianMixture));
            Assert.That(result.ChosenClusterCount, Is.EqualTo(5));
            Assert.That(mixture.ComponentCount, Is.EqualTo(5));
            Assert.That(mixture.Weights.Sum(), Is.EqualTo(1).Within(1e-12));
            Assert.That(mixture.Covariances, Has.Count.EqualTo(5));
            Assert.That(double.IsFinite(mixture.LogLikelihood) && double.IsFinite(mixture.Bic) && double.IsFinite(mixture.Aic), Is.True);
            Assert.That(result.Model.Centroids.Values.ToArray(), Is.EqualTo(mixture.Means.Values.ToArray()));
            Assert.That(result.Labels, Is.EqualTo(mixture.Predict(result.Features)));
            Assert.That(result.Segments.Sum(segment => segment.Size), Is.EqualTo(200));
            Assert.That(result.Segments.Select(segment => segment.Name).Distinct().Count(), Is.EqualTo(5));
            Assert.That(result.MixtureSelection, Is.Null);
        });
    }

    [Test]
    public void Predicting_the_training_rows_gives_back_their_labels_and_membership_probabilities()
    {
        var result = FitMall();

        var predictions = result.Model.Predict(SyntheticCustomers.Mall());

        Assert.That(predictions.Segments, Is.EqualTo(result.Labels));
        Assert.That(predictions.Probabilities!.Rows, Is.EqualTo(200));
        Assert.That(predictions.Probabilities.Columns, Is.EqualTo(5));
        Assert.That(predictions.Probabilities.Values.ToArray(), Is.EqualTo(result.Mixture!.PredictProbabilities(result.Features).Values.ToArray()));
    }

    [TestCase(GaussianMixtureCovarianceType.Full)]
    [TestCase(GaussianMixtureCovarianceType.Diagonal)]
    [TestCase(GaussianMixtureCovarianceType.Tied)]
    [TestCase(GaussianMixtureCovarianceType.Spherical)]
    public void A_saved_and_loaded_mixture_predicts_identical_probabilities(GaussianMixtureCovarianceType covarianceType)
    {
        var model = FitMall(new GaussianMixtureStepOptions { ComponentCount = 4, CovarianceType = covarianceType, Seed = 7 }).Model;
        var customers = SyntheticCustomers.Mall(seed: 9);

        var loaded = RoundTrip(model);
        var before = model.Predict(customers);
        var after = loaded.Predict(customers);

        Assert.Multiple(() =>
        {
            Assert.That(loaded.Algorithm, Is.EqualTo(SegmentationAlgorithm.GaussianMixture));
            Assert.That(loaded.Mixture!.CovarianceType, Is.EqualTo(covarianceType));
            Assert.That(after.Probabilities!.Values.ToArray(), Is.EqualTo(before.Probabilities!.Values.ToArray()));
            Assert.That(after.Segments, Is.EqualTo(before.Segments));
            Assert.That(after.Distances, Is.EqualTo(before.Distances));
            Assert.That(after.IsNovel, Is.EqualTo(before.IsNovel));
            Assert.That(loaded.Mixture.Bic, Is.EqualTo(model.Mixture!.Bic));
            Assert.That(loaded.Mixture.Weights, Is.EqualTo(model.Mixture.Weights));
        });
    }

    [Test]
    public void A_component_range_keeps_the_count_with_the_lowest_bic_and_reports_the_bic_of_every_count()
    {
        var result = FitMall(new GaussianMixtureStepOptions { MinimumComponents = 2, MaximumComponents = 6 });
        var selection = result.MixtureSelection!;

        var lowest = selection.ComponentCounts[selection.Bic.ToList().IndexOf(selection.Bic.Min())];

        Assert.That(selection.ComponentCounts, Is.EqualTo(new[] { 2, 3, 4, 5, 6 }));
        Assert.That(selection.Bic, Has.Count.EqualTo(5));
        Assert.That(result.ChosenClusterCount, Is.EqualTo(lowest));
        Assert.That(result.Mixture, Is.SameAs(selection.BestModel));
    }

    [Test]
    public void The_range_overload_and_the_options_with_the_same_range_agree()
    {
        var viaOverload = SegmentationPipeline.Create().SelectFeatures(IncomeAndSpending).Normalize().GaussianMixture(2, 4).Fit(SyntheticCustomers.Mall());
        var viaOptions = SegmentationPipeline.Create().SelectFeatures(IncomeAndSpending).Normalize()
            .GaussianMixture(new GaussianMixtureStepOptions { MinimumComponents = 2, MaximumComponents = 4 }).Fit(SyntheticCustomers.Mall());

        Assert.That(viaOverload.MixtureSelection!.Bic, Is.EqualTo(viaOptions.MixtureSelection!.Bic));
        Assert.That(viaOverload.Labels, Is.EqualTo(viaOptions.Labels));
    }

    [Test]
    public void K_means_predictions_have_no_probabilities()
    {
        var result = SegmentationPipeline.Create().SelectFeatures(IncomeAndSpending).KMeans(5).Fit(SyntheticCustomers.Mall());

        Assert.That(result.Model.Predict(SyntheticCustomers.Mall()).Probabilities, Is.Null);
        Assert.That(result.Mixture, Is.Null);
        Assert.That(result.Algorithm, Is.EqualTo(SegmentationAlgorithm.KMeans));
    }

    [Test]
    public void Reading_the_k_means_fit_of_a_mixture_result_says_where_to_look()
    {
        var result = FitMall();

        var error = Assert.Throws<InvalidOperationException>(() => _ = result.Clustering);

        Assert.That(error!.Message, Is.EqualTo("The pipeline ran GaussianMixture, not K-Means: read Mixture instead of Clustering."));
    }

    [Test]
    public void A_second_clustering_step_is_refused_naming_the_first()
    {
        var pipeline = SegmentationPipeline.Create().KMeans(5);

        var error = Assert.Throws<InvalidOperationException>(() => pipeline.GaussianMixture(3));

        Assert.That(error!.Message, Is.EqualTo(
            "This pipeline already has a clustering step (K-Means); a pipeline has exactly one: K-Means, Gaussian mixture or k-prototypes."));
    }

    [Test]
    public void A_clustering_step_after_a_mixture_is_refused()
    {
        var pipeline = SegmentationPipeline.Create().GaussianMixture(3);

        var error = Assert.Throws<InvalidOperationException>(() => pipeline.KMeans(5));

        Assert.That(error!.Message, Is.EqualTo(
            "This pipeline already has a clustering step (Gaussian mixture); a pipeline has exactly one: K-Means, Gaussian mixture or k-prototypes."));
    }

    [Test]
    public void An_empty_component_range_is_refused_when_added()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => SegmentationPipeline.Create().GaussianMixture(5, 3));

        Assert.That(error!.Message, Does.StartWith("MaximumComponents=3 must be >= MinimumComponents=5; the range is inclusive."));
    }

    [Test]
    public void A_model_file_whose_mixture_weights_do_not_match_the_centres_is_refused()
    {
        var model = FitMall().Model;
        using var file = Tampered(model, payload => payload["mixture"]!["weights"]!.AsArray().RemoveAt(0));

        var error = Assert.Throws<ModelFileException>(() => SegmentationModel.Load(file));

        Assert.That(error!.Message, Is.EqualTo("'stream' is inconsistent: 5 centres but 4 mixture weights and 5 covariances."));
    }
}
