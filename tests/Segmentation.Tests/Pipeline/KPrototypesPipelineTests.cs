using Segmentation.Clustering;
using Segmentation.Data;
using Segmentation.Pipeline;
using Segmentation.Preprocessing;
using Segmentation.Synthetic;
using static Segmentation.Tests.Pipeline.PipelineTestData;

namespace Segmentation.Tests.Pipeline;

public class KPrototypesPipelineTests
{
    private static SegmentationPipeline MallPipeline() =>
        SegmentationPipeline.Create()
            .WithIdColumn("CustomerID")
            .SelectFeatures("Age", Income, Spending, "Gender")
            .Normalize();

    private static SegmentationResult FitMall(int seed = Defaults.Seed) =>
        MallPipeline()
            .KPrototypes(new KPrototypesStepOptions { ClusterCount = 4, CategoricalColumns = ["Gender"], Seed = seed })
            .Fit(SyntheticCustomers.Mall());

    [Test]
    public void K_prototypes_fits_the_synthetic_mall_with_gender_as_a_category()
    {
        var result = FitMall();
        var model = result.Model;

        Assert.Multiple(() =>
        {
            Assert.That(result.Algorithm, Is.EqualTo(SegmentationAlgorithm.KPrototypes));
            Assert.That(result.ChosenClusterCount, Is.EqualTo(4));
            Assert.That(model.FeatureNames, Is.EqualTo(new[] { "Age", Income, Spending }));
            Assert.That(model.CategoricalColumns, Is.EqualTo(new[] { "Gender" }));
            Assert.That(model.Categories[0], Is.EqualTo(new[] { "Female", "Male" }));
            Assert.That(model.CategoricalWeight, Is.EqualTo(result.Prototypes!.Gamma));
            Assert.That(model.CategoricalModes.Select(modes => modes[0]), Is.All.AnyOf("Female", "Male"));
            Assert.That(model.Centroids.Values.ToArray(), Is.EqualTo(result.Prototypes.Prototypes.Numeric.Values.ToArray()));
            Assert.That(result.Labels, Is.EqualTo(result.Prototypes.Labels));
            Assert.That(result.Segments.Sum(segment => segment.Size), Is.EqualTo(200));
            Assert.That(result.Segments.Select(segment => segment.Name).Distinct().Count(), Is.EqualTo(4));
            Assert.That(result.CentroidsInOriginalUnits.Columns.Names,
                Is.EqualTo(new[] { "Segment", "SegmentName", "Size", "Age", Income, Spending }));
        });
    }

    [Test]
    public void Each_segments_gender_profile_counts_its_members_and_its_mode_is_the_majority_gender()
    {
        var customers = SyntheticCustomers.Mall();
        var result = FitMall();
        var genders = customers.Columns.GetCategorical("Gender");

        for (var segment = 0; segment < result.ChosenClusterCount; segment++)
        {
            var members = Enumerable.Range(0, 200).Where(row => result.Labels[row] == segment).ToArray();
            var female = members.Count(row => genders[row] == "Female");
            var male = members.Length - female;
            var profile = result.Segments[segment].CategoricalFeature("Gender");

            Assert.That(profile["Female"].Count, Is.EqualTo(female));
            Assert.That(profile["Male"].Count, Is.EqualTo(male));
            Assert.That(result.Model.CategoricalModes[segment][0], Is.EqualTo(male > female ? "Male" : "Female"), "the lowest code wins a tie");
        }
    }

    [Test]
    public void Without_named_features_the_categorical_columns_are_kept_out_of_the_numeric_ones()
    {
        var result = SegmentationPipeline.Create().WithIdColumn("CustomerID").Normalize().KPrototypes(3, "Gender").Fit(SyntheticCustomers.Mall());

        Assert.That(result.Model.FeatureNames, Is.EqualTo(new[] { "Age", Income, Spending }));
        Assert.That(result.Model.CategoricalColumns, Is.EqualTo(new[] { "Gender" }));
    }

    [Test]
    public void Predicting_the_training_rows_gives_back_their_labels()
    {
        var result = FitMall();

        var predictions = result.Model.Predict(SyntheticCustomers.Mall());

        Assert.That(predictions.Segments, Is.EqualTo(result.Labels));
        Assert.That(predictions.Probabilities, Is.Null);
        Assert.That(predictions.Report.UnknownCategories, Is.Empty);
    }

    [Test]
    public void The_same_seed_gives_the_same_labels()
    {
        var first = FitMall(seed: 11).Labels;

        var second = FitMall(seed: 11).Labels;

        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void A_saved_and_loaded_model_predicts_exactly_as_the_original()
    {
        var model = FitMall().Model;
        var customers = SyntheticCustomers.Mall(seed: 4);

        var loaded = RoundTrip(model);
        var before = model.Predict(customers);
        var after = loaded.Predict(customers);

        Assert.Multiple(() =>
        {
            Assert.That(after.Segments, Is.EqualTo(before.Segments));
            Assert.That(after.Distances, Is.EqualTo(before.Distances));
            Assert.That(after.IsNovel, Is.EqualTo(before.IsNovel));
            Assert.That(loaded.Categories[0], Is.EqualTo(model.Categories[0]));
            Assert.That(loaded.CategoricalModes, Is.EqualTo(model.CategoricalModes));
            Assert.That(loaded.CategoricalWeight, Is.EqualTo(model.CategoricalWeight));
            Assert.That(loaded.NoveltyThresholds, Is.EqualTo(model.NoveltyThresholds));
        });
    }

    [Test]
    public void An_unknown_or_missing_category_matches_no_prototype_and_is_reported()
    {
        var result = FitMall();
        var model = result.Model;
        var customers = Customers(("Other", 35, 60, 50), (null, 35, 60, 50));

        var predictions = model.Predict(customers);

        var scaled = FittedFeatures(model, customers);
        var gamma = model.CategoricalWeight!.Value;
        Assert.Multiple(() =>
        {
            Assert.That(predictions.Report.UnknownCategories.Select(unknown => (unknown.Column, unknown.Category, unknown.RowId)),
                Is.EqualTo(new (string, string?, string)[] { ("Gender", "Other", "1000"), ("Gender", null, "1001") }));
            for (var row = 0; row < 2; row++)
            {
                var numeric = Distance(scaled.Row(row), model.Centroids.Row(predictions.Segments[row]));
                Assert.That(predictions.Distances[row], Is.EqualTo(Math.Sqrt((numeric * numeric) + gamma)).Within(1e-12));
            }
        });
    }

    [Test]
    public void A_far_away_customer_is_flagged_novel()
    {
        var model = FitMall().Model;

        var predictions = model.Predict(Customers(("Female", 35, 1000, 1000)));

        Assert.That(predictions.IsNovel, Is.EqualTo(new[] { true }));
        Assert.That(predictions.Distances[0], Is.GreaterThan(predictions.NoveltyThresholds[0]));
    }

    [Test]
    public void A_categorical_column_that_does_not_exist_is_refused_with_suggestions()
    {
        var pipeline = SegmentationPipeline.Create().KPrototypes(4, "Gendr");

        var error = Assert.Throws<ColumnNotFoundException>(() => pipeline.Fit(SyntheticCustomers.Mall()));

        Assert.That(error!.ColumnName, Is.EqualTo("Gendr"));
        Assert.That(error.Suggestions, Does.Contain("Gender"));
    }

    [Test]
    public void A_numeric_column_named_as_categorical_is_refused()
    {
        var pipeline = SegmentationPipeline.Create().KPrototypes(4, "Gender", "Age");

        var error = Assert.Throws<SegmentationDataException>(() => pipeline.Fit(SyntheticCustomers.Mall()));

        Assert.That(error!.Message, Is.EqualTo("Column 'Age' is Numeric, but k-prototypes reads it as categorical: name only text columns as categorical."));
        Assert.That(error.ColumnName, Is.EqualTo("Age"));
    }

    [Test]
    public void A_categorical_column_left_out_of_the_selected_features_is_refused()
    {
        var pipeline = SegmentationPipeline.Create().SelectFeatures(IncomeAndSpending).KPrototypes(4, "Gender");

        var error = Assert.Throws<SegmentationDataException>(() => pipeline.Fit(SyntheticCustomers.Mall()));

        Assert.That(error!.Message, Is.EqualTo("The categorical column 'Gender' is not in the frame after preprocessing: name it in SelectFeatures too."));
    }

    [Test]
    public void A_categorical_column_that_is_also_one_hot_encoded_is_refused()
    {
        var pipeline = SegmentationPipeline.Create().OneHotEncode("Gender").KPrototypes(4, "Gender");

        var error = Assert.Throws<InvalidOperationException>(() => pipeline.Fit(SyntheticCustomers.Mall()));

        Assert.That(error!.Message, Is.EqualTo(
            "Column 'Gender' is a k-prototypes categorical column and is also one-hot encoded; k-prototypes compares its categories directly: leave it out of OneHotEncode."));
    }

    [Test]
    public void A_missing_category_in_training_names_the_column_and_the_customer()
    {
        var customers = SyntheticCustomers.Mall();
        var genders = customers.Columns.GetCategorical("Gender");
        var withGap = customers.WithColumn(new CategoricalColumn("Gender", Enumerable.Range(0, genders.Length).Select(row => row == 3 ? null : genders[row])));
        var pipeline = SegmentationPipeline.Create().WithIdColumn("CustomerID").KPrototypes(4, "Gender");

        var error = Assert.Throws<SegmentationDataException>(() => pipeline.Fit(withGap));

        Assert.That(error!.Message, Is.EqualTo(
            "Column 'Gender' is missing at row 3 (CustomerID=4); k-prototypes needs every category when fitting: impute it first."));
        Assert.That(error.RowIndex, Is.EqualTo(3));
    }

    [Test]
    public void A_k_prototypes_step_without_categorical_columns_is_refused_when_added()
    {
        var error = Assert.Throws<ArgumentException>(() => SegmentationPipeline.Create().KPrototypes(4));

        Assert.That(error!.Message, Does.StartWith("k-prototypes needs at least one categorical column; without one, use KMeans."));
    }

    [Test]
    public void A_second_clustering_step_after_k_prototypes_is_refused()
    {
        var pipeline = SegmentationPipeline.Create().KPrototypes(4, "Gender");

        var error = Assert.Throws<InvalidOperationException>(() => pipeline.GaussianMixture(2, 5));

        Assert.That(error!.Message, Is.EqualTo(
            "This pipeline already has a clustering step (k-prototypes); a pipeline has exactly one: K-Means, Gaussian mixture or k-prototypes."));
    }

    [Test]
    public void A_model_file_whose_mode_code_has_no_category_is_refused()
    {
        var model = FitMall().Model;
        using var file = Tampered(model, payload => payload["prototypes"]!["modes"]![0]![0] = 7);

        var error = Assert.Throws<ModelFileException>(() => SegmentationModel.Load(file));

        Assert.That(error!.Message, Is.EqualTo("'stream' is inconsistent: prototype 0 has mode code 7 for 'Gender', which has 2 categories."));
    }

    private static DenseMatrix FittedFeatures(SegmentationModel model, DataFrame customers) =>
        FeatureMatrix.Build(model.Preprocessing.Transform(customers, new PreprocessingReport()), model.FeatureNames);
}
