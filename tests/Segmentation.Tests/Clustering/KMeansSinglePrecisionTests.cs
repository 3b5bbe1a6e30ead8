using Segmentation.Clustering;
using Segmentation.Synthetic;

namespace Segmentation.Tests.Clustering;

public sealed class KMeansSinglePrecisionTests
{
    /// <summary>Blobs rounded to float, and the same float values held as doubles (exactly).</summary>
    private static (SinglePrecisionMatrix Single, DenseMatrix Double) SameValuesTwice(int rows, int features, int centres, int seed)
    {
        var blobs = SyntheticBlobs.Generate(rows, features, centres, seed);
        var rounded = blobs.Values.ToArray().Select(value => (float)value).ToArray();
        return (new SinglePrecisionMatrix(rounded, rows, features), new DenseMatrix(rounded.Select(value => (double)value).ToArray(), rows, features));
    }

    [TestCase(KMeansAlgorithm.Lloyd, 3)]
    [TestCase(KMeansAlgorithm.Hamerly, 8)]
    [TestCase(KMeansAlgorithm.Auto, 20)]
    [TestCase(KMeansAlgorithm.Elkan, 8)]
    public void Float_storage_gives_the_same_fit_as_the_same_values_in_double(KMeansAlgorithm algorithm, int clusterCount)
    {
        var (single, wide) = SameValuesTwice(rows: 30_000, features: 7, centres: 8, seed: 11);
        var kmeans = new KMeans(new KMeansOptions { ClusterCount = clusterCount, Restarts = 2, Algorithm = algorithm, Seed = 3, MaxDegreeOfParallelism = 2 });

        var fromSingle = kmeans.Fit(single);
        var fromDouble = kmeans.Fit(wide);

        // Every sum and distance is computed in double from exactly the same values, so the bits agree.
        Assert.That(fromSingle.Labels, Is.EqualTo(fromDouble.Labels));
        Assert.That(fromSingle.Centroids.Values.ToArray(), Is.EqualTo(fromDouble.Centroids.Values.ToArray()));
        Assert.That(fromSingle.Inertia, Is.EqualTo(fromDouble.Inertia));
        Assert.That(fromSingle.Iterations, Is.EqualTo(fromDouble.Iterations));
    }

    [Test]
    public void Float_storage_fits_identically_at_one_and_sixteen_threads()
    {
        var (single, _) = SameValuesTwice(rows: 50_000, features: 5, centres: 6, seed: 2);
        KMeansModel Fit(int threads) =>
            new KMeans(new KMeansOptions { ClusterCount = 6, Seed = 9, MaxDegreeOfParallelism = threads }).Fit(single);

        var one = Fit(1);
        var sixteen = Fit(16);

        Assert.That(sixteen.Labels, Is.EqualTo(one.Labels));
        Assert.That(sixteen.Centroids.Values.ToArray(), Is.EqualTo(one.Centroids.Values.ToArray()));
        Assert.That(sixteen.Inertia, Is.EqualTo(one.Inertia));
    }

    [Test]
    public void Predict_on_float_rows_matches_the_fitted_labels()
    {
        var (single, _) = SameValuesTwice(rows: 5_000, features: 4, centres: 4, seed: 8);
        var model = new KMeans(new KMeansOptions { ClusterCount = 4 }).Fit(single);

        Assert.That(KMeans.Predict(model, single), Is.EqualTo(model.Labels));
    }

    [Test]
    public void A_value_that_is_not_finite_names_its_row_and_feature()
    {
        var values = new float[] { 0, 0, 1, 1, 2, float.NaN, 3, 3 };

        var error = Assert.Throws<SegmentationDataException>(() => new KMeans(2).Fit(new SinglePrecisionMatrix(values, 4, 2)));

        Assert.That(error!.Message, Does.StartWith("row=2 feature=1 value=NaN:"));
        Assert.That(error.RowIndex, Is.EqualTo(2));
    }

    [Test]
    public void Elkan_bounds_give_the_same_labels_and_centres_as_Lloyd_on_float_rows()
    {
        var (single, _) = SameValuesTwice(rows: 20_000, features: 6, centres: 8, seed: 5);
        var problem = KMeansProblem.Create(single, null, 8, 2);
        var lloyd = new LloydSolver<float>(problem, 8, KMeansAlgorithm.Lloyd);
        var hamerly = new LloydSolver<float>(problem, 8, KMeansAlgorithm.Elkan);
        var start = single.Values[..48].ToArray().Select(value => (double)value).ToArray();
        start.CopyTo(lloyd.Centres);
        start.CopyTo(hamerly.Centres);

        var plain = lloyd.Run(300, 0, CancellationToken.None);
        var bounded = hamerly.Run(300, 0, CancellationToken.None);

        Assert.That(bounded.Iterations, Is.EqualTo(plain.Iterations));
        Assert.That(hamerly.Labels, Is.EqualTo(lloyd.Labels));
        Assert.That(hamerly.Centres.ToArray(), Is.EqualTo(lloyd.Centres.ToArray()));
        Assert.That(bounded.Inertia, Is.EqualTo(plain.Inertia));
    }
}
