using Segmentation.Clustering;
using Segmentation.Synthetic;

namespace Segmentation.Tests.Clustering;

public sealed class KMeansFitRangeTests
{
    [TestCase(3_000, 1)]
    [TestCase(3_000, 3)]
    [TestCase(20_000, 1)]
    public void Each_model_of_a_range_equals_the_fit_of_its_k_alone(int rows, int restarts)
    {
        // 3,000 rows are one row block: with one start the ks run in parallel; 20,000 rows split into blocks instead.
        var data = SyntheticBlobs.Generate(rows, features: 5, centres: 4, seed: 6);
        var options = new KMeansOptions { Restarts = restarts, Seed = 12, MaxDegreeOfParallelism = 2 };

        var models = KMeans.FitRange(options, data, minimumClusters: 1, maximumClusters: 6);

        Assert.That(models, Has.Count.EqualTo(6));
        for (var k = 1; k <= 6; k++)
        {
            var alone = new KMeans(options with { ClusterCount = k }).Fit(data);
            Assert.That(models[k - 1].Centroids.Rows, Is.EqualTo(k));
            Assert.That(models[k - 1].Labels, Is.EqualTo(alone.Labels), $"k={k}");
            Assert.That(models[k - 1].Centroids.Values.ToArray(), Is.EqualTo(alone.Centroids.Values.ToArray()), $"k={k}");
            Assert.That(models[k - 1].Inertia, Is.EqualTo(alone.Inertia), $"k={k}");
        }
    }

    [Test]
    public void A_float_range_equals_the_fits_of_the_same_values_in_double()
    {
        var blobs = SyntheticBlobs.Generate(rows: 10_000, features: 3, centres: 5, seed: 1);
        var rounded = blobs.Values.ToArray().Select(value => (float)value).ToArray();
        var single = new SinglePrecisionMatrix(rounded, blobs.Rows, blobs.Columns);
        var wide = new DenseMatrix(rounded.Select(value => (double)value).ToArray(), blobs.Rows, blobs.Columns);
        var options = new KMeansOptions { Restarts = 1, Seed = 4 };

        var fromSingle = KMeans.FitRange(options, single, 2, 5);
        var fromDouble = KMeans.FitRange(options, wide, 2, 5);

        Assert.That(fromSingle.Select(model => model.Inertia), Is.EqualTo(fromDouble.Select(model => model.Inertia)));
    }

    [Test]
    public void An_empty_range_is_refused_with_both_ends()
    {
        var data = SyntheticBlobs.Generate(rows: 100, features: 2, centres: 2, seed: 1);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => KMeans.FitRange(new KMeansOptions(), data, 5, 4));

        Assert.That(error!.Message, Does.StartWith("maximumClusters=4 must be >= minimumClusters=5; the range is inclusive."));
    }

    [Test]
    public void A_range_beyond_the_rows_names_both_counts()
    {
        var data = SyntheticBlobs.Generate(rows: 6, features: 2, centres: 2, seed: 1);

        var error = Assert.Throws<SegmentationDataException>(() => KMeans.FitRange(new KMeansOptions(), data, 2, 7));

        Assert.That(error!.Message, Does.StartWith("rows=6 must be >= clusterCount=7."));
    }
}
