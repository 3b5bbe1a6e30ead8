using System.Globalization;
using Segmentation.Clustering;
using Segmentation.Clustering.Streaming;
using Segmentation.Evaluation;
using Segmentation.Synthetic;

namespace Segmentation.Tests.Clustering.Streaming;

public sealed class StreamingKMeansTests
{
    /// <summary>20,000 rows x 4 features: at this budget a block holds about 10,000 rows, so every pass reads two blocks.</summary>
    private const long TwoBlockBudget = 2L << 20;

    private StreamingTestFiles _files = null!;

    [SetUp]
    public void CreateFolder() => _files = new StreamingTestFiles();

    [TearDown]
    public void DeleteFolder() => _files.Dispose();

    [Test]
    public void The_streamed_fit_recovers_separated_blobs_with_the_inertia_of_in_memory_KMeans()
    {
        var data = SyntheticBlobs.Generate(rows: 20_000, features: 4, centres: 5, seed: 3);
        var source = new CsvRowBlockSource(_files.WriteMatrix("blobs.csv", data), StreamingTestFiles.FeatureNames(4));
        var labels = new int[data.Rows];

        var model = new StreamingKMeans(new StreamingKMeansOptions { ClusterCount = 5, MemoryBudgetBytes = TwoBlockBudget })
            .Fit(source, (first, block) => block.CopyTo(labels.AsSpan((int)first)));
        var inMemory = new KMeans(5).Fit(data);

        Assert.That(model.BlockRows, Is.LessThan(data.Rows), "the file is read in more than one block");
        Assert.That(model.Rows, Is.EqualTo(data.Rows));
        Assert.That(LabelAgreement.AdjustedRandIndex(labels, BlobTruth(data, centres: 5, seed: 3)), Is.GreaterThan(0.99));
        Assert.That(model.Inertia, Is.LessThanOrEqualTo(inMemory.Inertia * 1.01));
        Assert.That(model.Inertia, Is.EqualTo(Inertia.Compute(data, labels, model.Centroids)).Within(1e-9).Percent);
        Assert.That(model.ClusterSizes.Sum(), Is.EqualTo(data.Rows));
        Assert.That(model.Converged, Is.True);
    }

    [Test]
    public void The_labels_file_holds_what_in_memory_Predict_gives_with_the_streamed_centres()
    {
        var data = SyntheticBlobs.Generate(rows: 20_000, features: 4, centres: 5, seed: 3);
        var source = new CsvRowBlockSource(_files.WriteMatrix("blobs.csv", data), StreamingTestFiles.FeatureNames(4));
        var labelsPath = Path.Combine(_files.Folder, "labels.csv");

        StreamingKMeansModel model;
        using (var writer = new LabelFileWriter(labelsPath))
        {
            model = new StreamingKMeans(new StreamingKMeansOptions { ClusterCount = 5, MemoryBudgetBytes = TwoBlockBudget }).Fit(source, writer.Write);
            Assert.That(writer.Count, Is.EqualTo(data.Rows));
        }

        var written = File.ReadLines(labelsPath).Skip(1).Select(line => int.Parse(line, CultureInfo.InvariantCulture)).ToArray();
        var predicted = KMeans.Predict(new KMeansModel(model.Centroids, [], 0, 0, true, []), data);

        Assert.That(File.ReadLines(labelsPath).First(), Is.EqualTo("Segment"));
        Assert.That(written, Is.EqualTo(predicted));
        Assert.That(Enumerable.Range(0, model.ClusterCount).Select(c => (long)written.Count(l => l == c)), Is.EqualTo(model.ClusterSizes));
    }

    [Test]
    public void Assigning_a_file_with_a_fitted_model_gives_the_labels_and_inertia_of_the_fit()
    {
        var data = SyntheticBlobs.Generate(rows: 20_000, features: 3, centres: 4, seed: 6);
        var source = new CsvRowBlockSource(_files.WriteMatrix("blobs.csv", data), StreamingTestFiles.FeatureNames(3));
        var fitted = new int[data.Rows];
        var assigned = new int[data.Rows];
        var model = new StreamingKMeans(new StreamingKMeansOptions { ClusterCount = 4, Standardize = true })
            .Fit(source, (first, block) => block.CopyTo(fitted.AsSpan((int)first)));

        var inertia = model.Assign(source, (first, block) => block.CopyTo(assigned.AsSpan((int)first)), memoryBudgetBytes: 1L << 21);

        Assert.That(assigned, Is.EqualTo(fitted));
        Assert.That(inertia, Is.EqualTo(model.Inertia).Within(1e-9).Percent);
        var other = new CsvRowBlockSource(_files.Write("other.csv", "x0,x2,x1\n1,2,3\n"), ["x0", "x2", "x1"]);
        var error = Assert.Throws<ArgumentException>(() => model.Assign(other, (_, _) => { }));
        Assert.That(error.Message, Does.StartWith("The source's features 'x0', 'x2', 'x1' differ from the model's 'x0', 'x1', 'x2'."));
    }

    [Test]
    public void Same_seed_gives_the_same_model_and_labels_at_one_and_two_threads()
    {
        var data = SyntheticBlobs.Generate(rows: 20_000, features: 5, centres: 6, seed: 11);
        var source = new CsvRowBlockSource(_files.WriteMatrix("blobs.csv", data), StreamingTestFiles.FeatureNames(5));
        (StreamingKMeansModel Model, int[] Labels) Fit(int threads)
        {
            var labels = new int[data.Rows];
            var options = new StreamingKMeansOptions { ClusterCount = 6, MemoryBudgetBytes = TwoBlockBudget, BatchSize = 500, MaxDegreeOfParallelism = threads };
            var model = new StreamingKMeans(options).Fit(source, (first, block) => block.CopyTo(labels.AsSpan((int)first)));
            return (model, labels);
        }

        var one = Fit(1);
        var two = Fit(2);

        Assert.That(two.Model.Centroids.Values.ToArray(), Is.EqualTo(one.Model.Centroids.Values.ToArray()));
        Assert.That(two.Model.Inertia, Is.EqualTo(one.Model.Inertia));
        Assert.That(two.Labels, Is.EqualTo(one.Labels));
    }

    [Test]
    public void Lloyd_passes_end_at_a_fixed_point_of_exact_KMeans_where_every_centre_is_the_mean_of_its_rows()
    {
        var data = SyntheticBlobs.Generate(rows: 20_000, features: 3, centres: 6, seed: 4);
        var source = new CsvRowBlockSource(_files.WriteMatrix("blobs.csv", data), StreamingTestFiles.FeatureNames(3));
        var labels = new int[data.Rows];
        var options = new StreamingKMeansOptions { ClusterCount = 6, MaximumEpochs = 1, MaximumLloydPasses = 100, Tolerance = 0, MemoryBudgetBytes = TwoBlockBudget };

        var model = new StreamingKMeans(options).Fit(source, (first, block) => block.CopyTo(labels.AsSpan((int)first)));

        Assert.That(model.Converged, Is.True);
        Assert.That(model.LloydPasses, Is.InRange(1, 100));
        for (var cluster = 0; cluster < 6; cluster++)
        {
            var rows = Enumerable.Range(0, data.Rows).Where(row => labels[row] == cluster).ToArray();
            for (var j = 0; j < 3; j++)
            {
                Assert.That(model.Centroids[cluster, j], Is.EqualTo(rows.Average(row => data[row, j])).Within(1e-9), $"centre {cluster}, feature {j}");
            }
        }

        Assert.That(model.Inertia, Is.LessThanOrEqualTo(new KMeans(6).Fit(data).Inertia * 1.001));
    }

    [Test]
    public void A_gzip_file_gives_the_same_model_as_the_plain_file()
    {
        var data = SyntheticBlobs.Generate(rows: 3000, features: 3, centres: 4, seed: 7);
        var plain = new CsvRowBlockSource(_files.WriteMatrix("blobs.csv", data), StreamingTestFiles.FeatureNames(3));
        var gzip = new CsvRowBlockSource(_files.WriteMatrix("blobs.csv.gz", data), StreamingTestFiles.FeatureNames(3));
        var estimator = new StreamingKMeans(4);

        var fromPlain = estimator.Fit(plain);
        var fromGzip = estimator.Fit(gzip);

        Assert.That(fromGzip.Centroids.Values.ToArray(), Is.EqualTo(fromPlain.Centroids.Values.ToArray()));
        Assert.That(fromGzip.Inertia, Is.EqualTo(fromPlain.Inertia));
    }

    [Test]
    public void Standardised_features_in_different_units_are_clustered_alike_and_centres_come_back_in_the_units_of_the_file()
    {
        var blobs = SyntheticBlobs.Generate(rows: 5000, features: 3, centres: 4, seed: 5);
        var values = blobs.Values.ToArray();
        for (var row = 0; row < blobs.Rows; row++)
        {
            values[row * 3] *= 1000;
        }

        var data = new DenseMatrix(values, blobs.Rows, 3);
        var source = new CsvRowBlockSource(_files.WriteMatrix("units.csv", data), StreamingTestFiles.FeatureNames(3));
        var labels = new int[data.Rows];

        var model = new StreamingKMeans(new StreamingKMeansOptions { ClusterCount = 4, Standardize = true })
            .Fit(source, (first, block) => block.CopyTo(labels.AsSpan((int)first)));

        var column = Enumerable.Range(0, data.Rows).Select(row => data[row, 0]).ToArray();
        var mean = column.Average();
        var deviation = Math.Sqrt(column.Sum(v => (v - mean) * (v - mean)) / column.Length);
        Assert.That(model.Scaling!.Means[0], Is.EqualTo(mean).Within(1e-9).Percent);
        Assert.That(model.Scaling.StandardDeviations[0], Is.EqualTo(deviation).Within(1e-9).Percent);
        Assert.That(LabelAgreement.AdjustedRandIndex(labels, BlobTruth(blobs, centres: 4, seed: 5)), Is.GreaterThan(0.99));
        var original = model.CentroidsInOriginalUnits();
        for (var cluster = 0; cluster < 4; cluster++)
        {
            Assert.That(model.Predict(original.Row(cluster)), Is.EqualTo(cluster), "a centre in file units is nearest to itself");
        }
    }

    [Test]
    public void A_budget_too_small_for_one_row_is_refused_quoting_what_it_needs()
    {
        var data = SyntheticBlobs.Generate(rows: 100, features: 4, centres: 2, seed: 1);
        var source = new CsvRowBlockSource(_files.WriteMatrix("small.csv", data), StreamingTestFiles.FeatureNames(4));
        var estimator = new StreamingKMeans(new StreamingKMeansOptions { ClusterCount = 5, MemoryBudgetBytes = 1000 });

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => estimator.Fit(source));

        // fixed = 1 MiB + 5000 x (24 x 4 + 8 + 4) + 5 x (32 x 4 + 48) = 1,589,456; per row = 8 x 4 + 4 + 12 = 48.
        Assert.That(error.Message, Does.StartWith(
            "MemoryBudgetBytes=1000 is too small: features=4, k=5 and sample size=5000 need 1589456 bytes besides the row block "
            + "and 48 bytes per row of it, so at least 1589504 bytes."));
    }

    [Test]
    public void Fewer_rows_than_clusters_is_a_data_error()
    {
        var path = _files.Write("three.csv", "a\n1\n2\n3\n");

        var error = Assert.Throws<SegmentationDataException>(() => new StreamingKMeans(5).Fit(new CsvRowBlockSource(path, ["a"])));

        Assert.That(error.Message, Is.EqualTo("rows=3 must be >= clusterCount=5."));
    }

    [Test]
    public void A_bad_value_deep_in_the_file_stops_the_fit_naming_it()
    {
        var data = SyntheticBlobs.Generate(rows: 50, features: 2, centres: 2, seed: 1);
        var path = _files.WriteMatrix("bad.csv", data);
        File.AppendAllText(path, "c50,1.0,oops\n");

        var error = Assert.Throws<SegmentationDataException>(() => new StreamingKMeans(2).Fit(new CsvRowBlockSource(path, ["x0", "x1"])));

        Assert.That(error.Message, Is.EqualTo("CSV file 'bad.csv' line 52 (row index 50), column 'x1': value 'oops' is not a number."));
    }

    [Test]
    public void A_cancelled_token_stops_the_fit()
    {
        var data = SyntheticBlobs.Generate(rows: 1000, features: 2, centres: 2, seed: 1);
        var source = new CsvRowBlockSource(_files.WriteMatrix("blobs.csv", data), StreamingTestFiles.FeatureNames(2));
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.Throws<OperationCanceledException>(() => new StreamingKMeans(2).Fit(source, cancellationToken: cancellation.Token));
    }

    [Test]
    public void A_given_scaling_with_another_number_of_features_is_an_argument_error()
    {
        var path = _files.Write("a.csv", "a,b\n1,2\n3,4\n");
        var options = new StreamingKMeansOptions { ClusterCount = 1, Scaling = new FeatureScaling([0.0], [1.0]) };

        var error = Assert.Throws<ArgumentException>(() => new StreamingKMeans(options).Fit(new CsvRowBlockSource(path, ["a", "b"])));

        Assert.That(error.Message, Does.StartWith("Scaling has 1 features but the source has 2."));
    }

    [Test]
    public void Feature_scaling_fitted_in_one_pass_matches_the_mean_and_population_deviation()
    {
        var path = _files.Write("a.csv", "a,b\n1,5\n2,5\n3,5\n4,5\n");

        var scaling = FeatureScaling.Fit(new CsvRowBlockSource(path, ["a", "b"]));

        Assert.That(scaling.Means, Is.EqualTo(new[] { 2.5, 5.0 }));
        Assert.That(scaling.StandardDeviations[0], Is.EqualTo(Math.Sqrt(1.25)).Within(1e-15));
        Assert.That(scaling.StandardDeviations[1], Is.EqualTo(1.0), "a constant feature is only centred");
    }

    /// <summary>
    /// The blob each row came from: SyntheticBlobs draws the centres first (centres x features values, uniform in
    /// [-10, 10), from <c>new Random(seed)</c>); with unit spread, the nearest true centre is the blob.
    /// </summary>
    internal static int[] BlobTruth(DenseMatrix data, int centres, int seed)
    {
        var random = new Random(seed);
        var means = new double[centres * data.Columns];
        for (var i = 0; i < means.Length; i++)
        {
            means[i] = (random.NextDouble() * 20) - 10;
        }

        var truth = KMeans.Predict(new KMeansModel(new DenseMatrix(means, centres, data.Columns), [], 0, 0, true, []), data);
        Assert.That(truth.Distinct().Count(), Is.EqualTo(centres), "every blob has rows");
        return truth;
    }
}
