using Segmentation.Clustering;
using Segmentation.Data;
using Segmentation.Evaluation;
using Segmentation.Pipeline;

namespace Segmentation.Tests.Reliability;

/// <summary>Requests beyond the documented memory caps fail at once with a clear error, not OutOfMemoryException.</summary>
public class ResourceLimitTests
{
    [Test]
    public void A_sweep_that_would_keep_more_than_the_memory_limit_is_refused_before_any_fit()
    {
        var data = new DenseMatrix(new double[100_000], 100_000, 1);
        var selector = new ClusterCountSelector(new ClusterCountSelectorOptions { MinClusters = 2, MaxClusters = 3_000 });

        var started = DateTime.UtcNow;
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => selector.Select(data));

        Assert.That(error.Message, Does.StartWith(
            "The sweep k=2..3000 over rows=100000 x features=1 would keep 2999 fitted models, about 1213 MiB, "
            + "more than Defaults.SweepMemoryLimitBytes=1024 MiB. Narrow the k range or sample the rows."));
        Assert.That(error.ParamName, Is.EqualTo("MaxClusters"));
        Assert.That(DateTime.UtcNow - started, Is.LessThan(TimeSpan.FromSeconds(2)), "refused before fitting");
    }

    [Test]
    public void A_pipeline_sweep_beyond_the_memory_limit_is_refused_with_the_same_error()
    {
        var frame = new DataFrame(new NumericColumn("x", Enumerable.Range(0, 100_000).Select(i => (double)(i % 97))));

        var error = Assert.Throws<ArgumentOutOfRangeException>(() =>
            SegmentationPipeline.Create().KMeans(2, 3_000).Fit(frame));

        Assert.That(error.Message, Does.Contain("more than Defaults.SweepMemoryLimitBytes=1024 MiB"));
    }

    [Test]
    public void A_matrix_larger_than_an_array_is_an_argument_error_not_out_of_memory()
    {
        var error = Assert.Throws<ArgumentException>(() => new DenseMatrix(ReadOnlySpan<double>.Empty, int.MaxValue, 2));

        Assert.That(error.Message, Does.StartWith($"rows={int.MaxValue} x columns=2 is more values than one array can hold."));
    }

    [Test]
    public void The_silhouette_of_many_rows_needs_memory_linear_in_the_rows()
    {
        // 20,000 rows: a rows x rows distance matrix would be 3.2 GB; the documented cost is about 8 x rows x (features + 1).
        var data = Blobs(20_000);
        var labels = Enumerable.Range(0, data.Rows).Select(row => row % 2).ToArray();
        var before = GC.GetTotalAllocatedBytes(precise: true);

        _ = Silhouette.Sample(data, labels, sampleSize: 200, maxDegreeOfParallelism: 1);

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        // Linear is about 0.5 MB here; the bound leaves room for whatever other threads allocate meanwhile.
        Assert.That(allocated, Is.LessThan(64L << 20), $"allocated {allocated} bytes");
    }

    private static DenseMatrix Blobs(int rows)
    {
        var random = new Random(5);
        var values = new double[rows * 2];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = random.NextDouble() + (i / 2 % 2 * 10);
        }

        return new DenseMatrix(values, rows, 2);
    }
}
