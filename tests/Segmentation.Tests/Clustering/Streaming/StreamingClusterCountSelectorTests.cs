using Segmentation.Clustering;
using Segmentation.Clustering.Streaming;
using Segmentation.Data;
using Segmentation.Evaluation;
using Segmentation.Synthetic;
using Segmentation.Tests.Support;

namespace Segmentation.Tests.Clustering.Streaming;

public sealed class StreamingClusterCountSelectorTests
{
    private StreamingTestFiles _files = null!;

    [SetUp]
    public void CreateFolder() => _files = new StreamingTestFiles();

    [TearDown]
    public void DeleteFolder() => _files.Dispose();

    [Test]
    public void The_sweep_recommends_the_true_number_of_blobs()
    {
        var data = SyntheticBlobs.Generate(rows: 20_000, features: 4, centres: 5, seed: 21);
        var source = new CsvRowBlockSource(_files.WriteMatrix("blobs.csv", data), StreamingTestFiles.FeatureNames(4));
        var options = new StreamingClusterCountSelectorOptions
        {
            MinClusters = 2,
            MaxClusters = 8,
            KMeans = new StreamingKMeansOptions { MemoryBudgetBytes = 8L << 20, SampleSize = 2000 },
        };

        var selection = new StreamingClusterCountSelector(options).Select(source);

        Assert.That(selection.BlockRows, Is.LessThan(data.Rows), "the file is read in more than one block");
        Assert.That(selection.RecommendedClusterCount, Is.EqualTo(5), selection.Reason);
        Assert.That(selection.Evaluations.Select(e => e.K), Is.EqualTo(Enumerable.Range(2, 7)));
        Assert.That(selection.Evaluations, Has.All.Matches<ClusterCountEvaluation>(e => e.SilhouetteIsSampled));
        Assert.That(selection.SampleRows, Is.EqualTo(2000));
    }

    [Test]
    public void Inertia_and_Calinski_Harabasz_of_every_k_are_exact_for_the_streamed_centres()
    {
        var data = SyntheticBlobs.Generate(rows: 6000, features: 3, centres: 4, seed: 8);
        var source = new CsvRowBlockSource(_files.WriteMatrix("blobs.csv", data), StreamingTestFiles.FeatureNames(3));

        var selection = new StreamingClusterCountSelector(2, 6).Select(source);

        foreach (var evaluation in selection.Evaluations)
        {
            var model = selection.GetModel(evaluation.K);
            var labels = KMeans.Predict(new KMeansModel(model.Centroids, [], 0, 0, true, []), data);
            Assert.That(evaluation.Inertia, Is.EqualTo(Inertia.Compute(data, labels, model.Centroids)).Within(1e-9).Percent, $"inertia at k={evaluation.K}");
            Assert.That(evaluation.CalinskiHarabasz, Is.EqualTo(CalinskiHarabasz.Score(data, labels)).Within(1e-7).Percent, $"CH at k={evaluation.K}");
            Assert.That(evaluation.DaviesBouldin, Is.EqualTo(DaviesBouldin.Score(data, labels)).Within(5).Percent, $"DB at k={evaluation.K}");
        }
    }

    [Test]
    public void A_k_outside_the_sweep_is_refused_quoting_it()
    {
        var data = SyntheticBlobs.Generate(rows: 300, features: 2, centres: 3, seed: 2);
        var selection = new StreamingClusterCountSelector(2, 4).Select(
            new CsvRowBlockSource(_files.WriteMatrix("blobs.csv", data), StreamingTestFiles.FeatureNames(2)));

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => selection.GetModel(7));

        Assert.That(error.Message, Does.StartWith("k=7 was not in the sweep 2 .. 4."));
    }

    [Test]
    public void A_sweep_past_the_rows_is_a_data_error_quoting_both()
    {
        var path = _files.Write("three.csv", "a\n1\n2\n3\n");

        var error = Assert.Throws<SegmentationDataException>(() => new StreamingClusterCountSelector(2, 4).Select(new CsvRowBlockSource(path, ["a"])));

        Assert.That(error.Message, Is.EqualTo("rows=3 must be >= maxClusters=4."));
    }

    [Test]
    [Category(SharedData.Category)]
    public void On_the_mall_file_the_streamed_sweep_finds_the_five_segments_of_income_and_spending()
    {
        var path = SharedData.DataFile("mall_customers.csv");
        string[] features = ["Annual Income (k$)", "Spending Score (1-100)"];
        var options = new StreamingClusterCountSelectorOptions { KMeans = new StreamingKMeansOptions { Standardize = true } };

        var selection = new StreamingClusterCountSelector(options).Select(new CsvRowBlockSource(path, features));

        var frame = DataFrame.LoadCsv(path);
        var model = selection.GetModel(5);
        var rows = Enumerable.Range(0, frame.Rows.Count)
            .SelectMany(row => features.Select((name, j) => (frame.Columns.GetNumeric(name).Values[row] - model.Scaling!.Means[j]) / model.Scaling.StandardDeviations[j]))
            .ToArray();
        var inMemory = new KMeans(5).Fit(new DenseMatrix(rows, frame.Rows.Count, 2));
        Assert.That(selection.RecommendedClusterCount, Is.EqualTo(5), selection.Reason);
        Assert.That(model.Inertia, Is.LessThanOrEqualTo(inMemory.Inertia * 1.01));
    }
}
