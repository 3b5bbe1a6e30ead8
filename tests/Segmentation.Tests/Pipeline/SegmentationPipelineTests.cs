using Segmentation.Data;
using Segmentation.Pipeline;
using Segmentation.Preprocessing;
using Segmentation.Synthetic;

namespace Segmentation.Tests.Pipeline;

public class SegmentationPipelineTests
{
    private static readonly string[] IncomeAndSpending = ["Annual Income (k$)", "Spending Score (1-100)"];

    private static SegmentationResult FitMall(DataFrame? customers = null, int clusterCount = 5) =>
        SegmentationPipeline.Create()
            .WithIdColumn("CustomerID")
            .SelectFeatures(IncomeAndSpending)
            .KMeans(clusterCount)
            .Fit(customers ?? SyntheticCustomers.Mall());

    [Test]
    public void Fitting_the_synthetic_mall_gives_five_named_segments_covering_every_customer()
    {
        var result = FitMall();

        Assert.Multiple(() =>
        {
            Assert.That(result.ChosenClusterCount, Is.EqualTo(5));
            Assert.That(result.Labels, Has.Count.EqualTo(200));
            Assert.That(result.Segments.Sum(segment => segment.Size), Is.EqualTo(200));
            Assert.That(result.Segments.Select(segment => segment.Name).Distinct().Count(), Is.EqualTo(5));
            Assert.That(result.Quality.Silhouette, Is.GreaterThan(0.5));
            Assert.That(result.CentroidsInOriginalUnits.Columns.Names,
                Is.EqualTo(new[] { "Segment", "SegmentName", "Size", "Annual Income (k$)", "Spending Score (1-100)" }));
        });
    }

    [Test]
    public void Centroids_in_original_units_are_the_centres_mapped_back_through_the_scaling()
    {
        var result = SegmentationPipeline.Create()
            .SelectFeatures(IncomeAndSpending)
            .Normalize(Normalization.ZScore)
            .KMeans(5)
            .Fit(SyntheticCustomers.Mall());
        var income = result.Model.Preprocessing.Steps.OfType<FittedNormalization>().Single().Columns[0];

        var table = result.CentroidsInOriginalUnits.Columns.GetNumeric("Annual Income (k$)");
        for (var segment = 0; segment < 5; segment++)
        {
            var mappedBack = (result.Model.Centroids[segment, 0] * income.Scale) + income.Center;
            Assert.That(table[segment], Is.EqualTo(mappedBack).Within(1e-9));
        }
    }

    [Test]
    public void The_result_keeps_the_exact_silhouette_of_every_customer_once_computed()
    {
        var result = FitMall();

        var expected = Segmentation.Evaluation.Silhouette.Compute(result.Features, result.Labels);

        Assert.That(result.Silhouette!.Samples, Is.EqualTo(expected.Samples));
        Assert.That(result.Quality.Silhouette, Is.EqualTo(expected.Mean));
    }

    [Test]
    public void The_same_seed_gives_the_same_labels()
    {
        var first = FitMall().Labels;
        var second = FitMall().Labels;

        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void Predicting_the_training_rows_reproduces_the_labels()
    {
        var customers = SyntheticCustomers.Mall();
        var result = FitMall(customers);

        Assert.That(result.Model.Predict(customers).Segments, Is.EqualTo(result.Labels));
    }

    [Test]
    public void A_saved_and_loaded_model_predicts_exactly_as_the_original()
    {
        var customers = SyntheticCustomers.Mall(seed: 3);
        var model = SegmentationPipeline.Create()
            .SelectFeatures(IncomeAndSpending)
            .ImputeMissing(Imputation.Median)
            .Normalize(Normalization.ZScore)
            .KMeans(5)
            .Fit(customers).Model;
        using var stream = new MemoryStream();

        model.Save(stream);
        var loaded = SegmentationModel.Load(new MemoryStream(stream.ToArray()));

        Assert.That(loaded.Predict(customers).Segments, Is.EqualTo(model.Predict(customers).Segments));
        Assert.That(loaded.Predict(customers).Distances, Is.EqualTo(model.Predict(customers).Distances));
        Assert.That(loaded.SegmentNames, Is.EqualTo(model.SegmentNames));
    }

    [Test]
    public void Assign_adds_the_segment_its_name_and_the_novelty_flag_to_every_row()
    {
        var customers = SyntheticCustomers.Mall();
        var result = FitMall(customers);

        var assigned = result.Assign(customers);

        Assert.That(assigned.Columns.Names, Is.EqualTo(customers.Columns.Names.Concat(["Segment", "SegmentName", "Novel"])));
        Assert.That(assigned.Columns.GetCategorical("SegmentName")[0], Is.EqualTo(result.Segments[result.Labels[0]].Name));
    }

    [Test]
    public void Predicting_without_a_feature_column_names_the_missing_column()
    {
        var model = FitMall().Model;
        var withoutIncome = SyntheticCustomers.Mall().WithoutColumns("Annual Income (k$)");

        var error = Assert.Throws<ColumnNotFoundException>(() => model.Predict(withoutIncome));

        Assert.That(error!.ColumnName, Is.EqualTo("Annual Income (k$)"));
    }

    [Test]
    public void Fitting_without_a_clustering_step_is_refused()
    {
        var pipeline = SegmentationPipeline.Create().SelectFeatures(IncomeAndSpending);

        var error = Assert.Throws<InvalidOperationException>(() => pipeline.Fit(SyntheticCustomers.Mall()));

        Assert.That(error!.Message, Is.EqualTo(
            "The pipeline has no clustering step: add .KMeans(k), .GaussianMixture(componentCount) or .KPrototypes(k, categoricalColumns) before Fit."));
    }

    [Test]
    public void A_pipeline_is_fitted_once()
    {
        var pipeline = SegmentationPipeline.Create().SelectFeatures(IncomeAndSpending).KMeans(3);
        pipeline.Fit(SyntheticCustomers.Mall());

        var error = Assert.Throws<InvalidOperationException>(() => pipeline.Fit(SyntheticCustomers.Mall()));

        Assert.That(error!.Message, Does.StartWith("This pipeline was already fitted"));
    }

    [Test]
    public void A_mistyped_feature_name_suggests_the_closest_columns()
    {
        var pipeline = SegmentationPipeline.Create().SelectFeatures("Annual Income", "Spending Score (1-100)").KMeans(5);

        var error = Assert.Throws<ColumnNotFoundException>(() => pipeline.Fit(SyntheticCustomers.Mall()));

        Assert.That(error!.Message, Is.EqualTo("Column 'Annual Income' was not found. Did you mean 'Annual Income (k$)'?"));
    }

    [Test]
    public void More_clusters_than_customers_is_a_data_error_quoting_both_numbers()
    {
        var pipeline = SegmentationPipeline.Create().SelectFeatures(IncomeAndSpending).KMeans(6);

        var error = Assert.Throws<SegmentationDataException>(() => pipeline.Fit(SyntheticCustomers.Mall().Head(5)));

        Assert.That(error!.Message, Is.EqualTo(
            "rows=5 must be >= clusterCount=6: there are fewer customers than segments asked for."));
    }

    [Test]
    public void A_missing_feature_value_left_unimputed_names_the_column_and_the_customer()
    {
        var customers = SyntheticCustomers.Mall();
        var incomes = customers.Columns.GetNumeric("Annual Income (k$)").Values.ToArray();
        incomes[7] = double.NaN;
        var withGap = customers.WithColumn(new NumericColumn("Annual Income (k$)", incomes));

        var error = Assert.Throws<SegmentationDataException>(() => FitMall(withGap));

        Assert.That(error!.ColumnName, Is.EqualTo("Annual Income (k$)"));
        Assert.That(error.RowIndex, Is.EqualTo(7));
        Assert.That(error.Message, Does.Contain("CustomerID=8").And.Contain("ImputeMissing"));
    }

    [Test]
    public void An_empty_cluster_range_is_refused_when_added()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => SegmentationPipeline.Create().KMeans(5, 3));

        Assert.That(error!.Message, Does.StartWith("MaximumClusters=3 must be >= MinimumClusters=5; the range is inclusive."));
    }

    [Test]
    public void Without_named_features_ids_constants_and_categories_are_left_out_and_reported()
    {
        var customers = SyntheticCustomers.Mall().WithColumn(new NumericColumn("Z_CostContact", Enumerable.Repeat(3.0, 200)));

        var result = SegmentationPipeline.Create().KMeans(3).Fit(customers);

        Assert.That(result.Model.FeatureNames, Is.EqualTo(new[] { "Age", "Annual Income (k$)", "Spending Score (1-100)" }));
        Assert.That(result.Report.DroppedColumns.Select(d => (d.Column, d.Reason)), Is.SupersetOf(new[]
        {
            ("CustomerID", "ID-like (distinct whole numbers under an id name)"),
            ("Gender", "categorical (one-hot encode it to use it as a feature)"),
            ("Z_CostContact", "constant"),
        }));
    }

    [Test]
    public void Progress_is_reported_for_every_stage_of_a_sweep()
    {
        var stages = new List<string>();
        var progress = new SynchronousProgress<SegmentationProgress>(p => stages.Add(p.Stage));

        SegmentationPipeline.Create().SelectFeatures(IncomeAndSpending).KMeans(2, 4).Fit(SyntheticCustomers.Mall(), progress);

        Assert.That(stages.Distinct(), Is.EqualTo(new[] { "Preprocessing", "Choosing k", "Profiling" }));
    }

    [Test]
    public void Progress_is_reported_for_every_stage_of_a_fixed_k()
    {
        var stages = new List<string>();
        var progress = new SynchronousProgress<SegmentationProgress>(p => stages.Add(p.Stage));

        FitMallWith(progress);

        Assert.That(stages.Distinct(), Is.EqualTo(new[] { "Preprocessing", "Clustering", "Profiling" }));
    }

    private static void FitMallWith(IProgress<SegmentationProgress> progress) =>
        SegmentationPipeline.Create().SelectFeatures(IncomeAndSpending).KMeans(5).Fit(SyntheticCustomers.Mall(), progress);

    [Test]
    public void A_cancelled_token_stops_the_fit()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        var pipeline = SegmentationPipeline.Create().SelectFeatures(IncomeAndSpending).KMeans(2, 6);

        Assert.That(() => pipeline.Fit(SyntheticCustomers.Mall(), cancellationToken: cancellation.Token),
            Throws.InstanceOf<OperationCanceledException>());
    }

    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
