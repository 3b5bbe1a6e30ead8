using Segmentation.Clustering;
using Segmentation.Evaluation;

namespace Segmentation.Tests.Evaluation;

public class SilhouetteTests
{
    /// <summary>Points 0, 1, 4, 5 on a line; clusters {0, 1} and {4, 5}.</summary>
    private static DenseMatrix TwoPairs() => new([0, 1, 4, 5], 4, 1);

    [Test]
    public void Silhouette_of_two_pairs_on_a_line_matches_the_hand_computation()
    {
        var result = Silhouette.Compute(TwoPairs(), [0, 0, 1, 1]);

        // Row 0: a = 1, b = (4 + 5) / 2 = 4.5, s = 3.5 / 4.5; row 1: a = 1, b = (3 + 4) / 2, s = 2.5 / 3.5; symmetric.
        double[] expected = [3.5 / 4.5, 2.5 / 3.5, 2.5 / 3.5, 3.5 / 4.5];
        Assert.That(result.Samples, Is.EqualTo(expected).Within(1e-15));
        Assert.That(result.Mean, Is.EqualTo(expected.Average()).Within(1e-15));
        Assert.That(result.ClusterMeans, Is.EqualTo(new[] { expected.Average(), expected.Average() }).Within(1e-15));
        Assert.That(result.ClusterLabels, Is.EqualTo(new[] { 0, 1 }));
    }

    [Test]
    public void Silhouette_of_a_single_point_cluster_is_zero()
    {
        var data = new DenseMatrix([0, 1, 10], 3, 1);

        var result = Silhouette.Compute(data, [0, 0, 1]);

        // Row 0: a = 1, b = 10; row 1: a = 1, b = 9; row 2 is alone: 0, as scikit-learn.
        Assert.That(result.Samples, Is.EqualTo(new[] { 0.9, 8.0 / 9, 0 }).Within(1e-15));
        Assert.That(result.Mean, Is.EqualTo((0.9 + (8.0 / 9)) / 3).Within(1e-15));
    }

    [Test]
    public void Silhouette_accepts_any_integer_labels_and_reports_cluster_means_in_ascending_label_order()
    {
        var result = Silhouette.Compute(TwoPairs(), [7, 7, -3, -3]);

        Assert.That(result.Samples, Is.EqualTo(Silhouette.Compute(TwoPairs(), [0, 0, 1, 1]).Samples));
        Assert.That(result.ClusterLabels, Is.EqualTo(new[] { -3, 7 }));
    }

    [Test]
    public void Duplicate_points_in_every_cluster_give_zero_not_NaN()
    {
        var data = new DenseMatrix([2, 2, 2, 2], 4, 1);

        Assert.That(Silhouette.Compute(data, [0, 0, 1, 1]).Samples, Is.EqualTo(new double[] { 0, 0, 0, 0 }));
    }

    [Test]
    public void One_cluster_only_is_rejected_as_scikit_learn_does()
    {
        var error = Assert.Throws<ArgumentException>(() => Silhouette.Compute(TwoPairs(), [3, 3, 3, 3]));

        Assert.That(error!.Message, Is.EqualTo(
            "labels has 1 distinct cluster(s) for 4 rows; the score needs between 2 and rows - 1 = 3 clusters. (Parameter 'labels')"));
    }

    [Test]
    public void As_many_clusters_as_rows_is_rejected_as_scikit_learn_does()
    {
        var error = Assert.Throws<ArgumentException>(() => Silhouette.Compute(TwoPairs(), [0, 1, 2, 3]));

        Assert.That(error!.Message, Is.EqualTo(
            "labels has 4 distinct cluster(s) for 4 rows; the score needs between 2 and rows - 1 = 3 clusters. (Parameter 'labels')"));
    }

    [Test]
    public void Labels_of_another_length_than_the_rows_are_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => Silhouette.Compute(TwoPairs(), [0, 0, 1]));

        Assert.That(error!.Message, Is.EqualTo("labels.Count=3 must equal data.Rows=4. (Parameter 'labels')"));
    }

    [Test]
    public void Data_without_columns_is_rejected()
    {
        var data = new DenseMatrix([], 3, 0);

        Assert.That(
            () => Silhouette.Compute(data, [0, 0, 1]),
            Throws.ArgumentException.With.Message.EqualTo("data.Columns=0 must be >= 1. (Parameter 'data')"));
    }

    [Test]
    public void A_value_that_is_not_finite_is_a_data_error_naming_row_and_column()
    {
        var data = new DenseMatrix([0, 1, 1, double.NaN, 4, 5], 3, 2);

        var error = Assert.Throws<SegmentationDataException>(() => Silhouette.Compute(data, [0, 0, 1]));

        Assert.That(error!.Message, Is.EqualTo("data[1, 1]=NaN is not a finite number."));
        Assert.That(error.RowIndex, Is.EqualTo(1));
    }

    [Test]
    public void A_sample_larger_than_the_rows_is_rejected()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Silhouette.Sample(TwoPairs(), [0, 0, 1, 1], sampleSize: 5));

        Assert.That(error!.Message, Does.StartWith("sampleSize=5 must be between 2 and 4. (Parameter 'sampleSize')"));
    }

    [Test]
    public void The_exact_silhouette_does_not_depend_on_the_degree_of_parallelism()
    {
        var (data, labels) = Blobs(rows: 3_000, features: 5, clusters: 4, seed: 1);

        var single = Silhouette.Compute(data, labels, maxDegreeOfParallelism: 1);
        var parallel = Silhouette.Compute(data, labels, maxDegreeOfParallelism: 2);

        Assert.That(parallel.Samples, Is.EqualTo(single.Samples));
        Assert.That(parallel.Mean, Is.EqualTo(single.Mean));
    }

    [Test]
    public void The_blocked_kernel_agrees_with_a_naive_double_loop()
    {
        // 37 rows: clusters of odd sizes exercise the 8-wide, 4-wide and scalar tails.
        var (data, labels) = Blobs(rows: 37, features: 3, clusters: 3, seed: 5);

        var result = Silhouette.Compute(data, labels);

        Assert.That(result.Samples, Is.EqualTo(NaiveSilhouette(data, labels)).Within(1e-13));
    }

    [Test]
    public void Sampled_values_are_the_exact_values_of_the_sampled_rows_and_the_interval_covers_the_mean()
    {
        var (data, labels) = Blobs(rows: 1_000, features: 4, clusters: 3, seed: 2);
        var exact = Silhouette.Compute(data, labels);

        var sampled = Silhouette.Sample(data, labels, sampleSize: 200, seed: 11);
        var again = Silhouette.Sample(data, labels, sampleSize: 200, seed: 11);

        Assert.That(sampled.SampledRows, Is.Unique);
        Assert.That(again.SampledRows, Is.EqualTo(sampled.SampledRows));
        for (var i = 0; i < sampled.SampledRows.Count; i++)
        {
            // Same distances, summed in another order (row by row instead of tile pair by tile pair).
            Assert.That(sampled.Samples[i], Is.EqualTo(exact.Samples[sampled.SampledRows[i]]).Within(1e-12));
        }

        Assert.That(sampled.Mean, Is.EqualTo(sampled.Samples.Average()).Within(1e-12));
        Assert.That(exact.Mean, Is.InRange(sampled.LowerBound, sampled.UpperBound));
        Assert.That(sampled.UpperBound - sampled.Mean, Is.EqualTo(1.959963984540054 * sampled.StandardError).Within(1e-8));
    }

    [Test]
    public void Exact_silhouette_allocates_linearly_in_the_rows_never_an_n_by_n_matrix()
    {
        long Allocated(int rows)
        {
            var (data, labels) = Blobs(rows, features: 4, clusters: 3, seed: 3);
            _ = Silhouette.Compute(data, labels, maxDegreeOfParallelism: 1);
            var before = GC.GetAllocatedBytesForCurrentThread();
            _ = Silhouette.Compute(data, labels, maxDegreeOfParallelism: 1);
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        var small = Allocated(2_000);
        var large = Allocated(8_000);

        // 4x the rows: linear growth is about 4x; an n x n matrix would be 16x and 512 MB at 8,000 rows. The largest
        // buffer is the per-row, per-tile partial sums: n x (about 32 + k) doubles, 2.2 MB here.
        Assert.That((double)large / small, Is.LessThan(5.0));
        Assert.That(large, Is.LessThan(8_000L * 8 * 48));
    }

    internal static (DenseMatrix Data, int[] Labels) Blobs(int rows, int features, int clusters, int seed)
    {
        var random = new Random(seed);
        var values = new double[rows * features];
        var labels = new int[rows];
        for (var row = 0; row < rows; row++)
        {
            labels[row] = random.Next(clusters);
            for (var f = 0; f < features; f++)
            {
                values[(row * features) + f] = (labels[row] * 3.0) + random.NextDouble();
            }
        }

        return (new DenseMatrix(values, rows, features), labels);
    }

    private static double[] NaiveSilhouette(DenseMatrix data, int[] labels)
    {
        var k = labels.Max() + 1;
        var result = new double[data.Rows];
        for (var i = 0; i < data.Rows; i++)
        {
            var sums = new double[k];
            var counts = new int[k];
            for (var j = 0; j < data.Rows; j++)
            {
                var squared = 0.0;
                for (var f = 0; f < data.Columns; f++)
                {
                    squared += Math.Pow(data[i, f] - data[j, f], 2);
                }

                sums[labels[j]] += Math.Sqrt(squared);
                counts[labels[j]]++;
            }

            var a = sums[labels[i]] / (counts[labels[i]] - 1);
            var b = Enumerable.Range(0, k).Where(c => c != labels[i]).Min(c => sums[c] / counts[c]);
            result[i] = counts[labels[i]] == 1 ? 0 : (b - a) / Math.Max(a, b);
        }

        return result;
    }
}
