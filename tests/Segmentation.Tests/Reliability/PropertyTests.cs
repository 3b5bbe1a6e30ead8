using Segmentation.Clustering;
using Segmentation.Data;
using Segmentation.Pipeline;

namespace Segmentation.Tests.Reliability;

#pragma warning disable NUnit1027 // FsCheck, not NUnit, supplies the arguments of a property.

/// <summary>
/// Properties of K-Means and of saved models, each over small seeded matrices (FsCheck varies the seed and the shape).
/// CSV write -> read is covered by Data/CsvSaveTests.Csv_write_then_read_round_trips_every_value.
/// </summary>
public class PropertyTests
{
    /// <summary>rows x features values: uniform noise, or blobs 100 apart with unit spread when <paramref name="separatedCentres"/> > 0.</summary>
    private static DenseMatrix Matrix(int seed, int rows, int features, int separatedCentres = 0)
    {
        var random = new Random(seed);
        var values = new double[rows * features];
        for (var row = 0; row < rows; row++)
        {
            var centre = separatedCentres > 0 ? row % separatedCentres : 0;
            for (var j = 0; j < features; j++)
            {
                var offset = separatedCentres > 0 ? 100.0 * centre * (j + 1) : 0;
                values[(row * features) + j] = offset + (random.NextDouble() * (separatedCentres > 0 ? 1 : 50));
            }
        }

        return new DenseMatrix(values, rows, features);
    }

    private static (int Rows, int Features, int Clusters) Shape(int seed)
    {
        var random = new Random(seed);
        var clusters = 2 + random.Next(4);
        return (clusters + 4 + random.Next(40), 1 + random.Next(4), clusters);
    }

    private static KMeansModel Fit(DenseMatrix data, int clusters, int seed, int maximumIterations = Defaults.MaximumIterations, int restarts = 2) =>
        new KMeans(new KMeansOptions
        {
            ClusterCount = clusters, Seed = seed, Restarts = restarts, MaximumIterations = maximumIterations, MaxDegreeOfParallelism = 1,
        }).Fit(data);

    /// <summary>True when the two labelings are the same partition: a one-to-one renumbering maps one onto the other.</summary>
    private static bool SamePartition(IReadOnlyList<int> first, IReadOnlyList<int> second)
    {
        var forward = new Dictionary<int, int>();
        var backward = new Dictionary<int, int>();
        for (var i = 0; i < first.Count; i++)
        {
            if (forward.TryGetValue(first[i], out var mapped) ? mapped != second[i] : !forward.TryAdd(first[i], second[i]))
            {
                return false;
            }

            if (backward.TryGetValue(second[i], out var back) ? back != first[i] : !backward.TryAdd(second[i], first[i]))
            {
                return false;
            }
        }

        return true;
    }

    [FsCheck.NUnit.Property(MaxTest = 50)]
    public bool Inertia_never_increases_over_Lloyd_iterations(int seed)
    {
        var (rows, features, clusters) = Shape(seed);
        var data = Matrix(seed, rows, features);
        var inertias = Enumerable.Range(1, 8).Select(iterations => Fit(data, clusters, seed, iterations, restarts: 1).Inertia).ToArray();

        return inertias.Zip(inertias.Skip(1)).All(pair => pair.Second <= pair.First * (1 + 1e-12));
    }

    [FsCheck.NUnit.Property(MaxTest = 50)]
    public bool Labels_are_invariant_to_row_order_up_to_renumbering_for_separated_blobs(int seed)
    {
        var (rows, features, clusters) = Shape(seed);
        var data = Matrix(seed, rows, features, separatedCentres: clusters);
        var order = Enumerable.Range(0, rows).OrderBy(_ => new Random(seed ^ 0x5eed).Next()).ToArray();
        var shuffled = data.TakeRows(order);

        var labels = Fit(data, clusters, seed).Labels;
        var shuffledLabels = Fit(shuffled, clusters, seed + 1).Labels;
        var restored = new int[rows];
        for (var i = 0; i < rows; i++)
        {
            restored[order[i]] = shuffledLabels[i];
        }

        return SamePartition(labels, restored);
    }

    [FsCheck.NUnit.Property(MaxTest = 50)]
    public bool Scaling_every_feature_by_a_power_of_two_keeps_the_labels_exactly(int seed)
    {
        var (rows, features, clusters) = Shape(seed);
        var data = Matrix(seed, rows, features);
        var scale = Math.ScaleB(1.0, (seed % 40) - 20);
        var scaled = new DenseMatrix(data.Values.ToArray().Select(value => value * scale).ToArray(), rows, features);

        return Fit(data, clusters, seed).Labels.SequenceEqual(Fit(scaled, clusters, seed).Labels);
    }

    [FsCheck.NUnit.Property(MaxTest = 50)]
    public bool Scaling_separated_blobs_by_any_positive_constant_keeps_the_partition(int seed, FsCheck.PositiveInt numerator)
    {
        var (rows, features, clusters) = Shape(seed);
        var data = Matrix(seed, rows, features, separatedCentres: clusters);
        var scale = numerator.Item / 37.0;
        var scaled = new DenseMatrix(data.Values.ToArray().Select(value => value * scale).ToArray(), rows, features);

        return SamePartition(Fit(data, clusters, seed).Labels, Fit(scaled, clusters, seed).Labels);
    }

    [FsCheck.NUnit.Property(MaxTest = 50)]
    public bool Predict_on_the_training_rows_reproduces_the_labels(int seed)
    {
        var (rows, features, clusters) = Shape(seed);
        var data = Matrix(seed, rows, features);
        var model = Fit(data, clusters, seed);

        return KMeans.Predict(model, data).SequenceEqual(model.Labels);
    }

    [FsCheck.NUnit.Property(MaxTest = 30)]
    public bool Pipeline_predict_on_the_training_frame_reproduces_the_labels_and_survives_save_and_load(int seed)
    {
        var (rows, features, clusters) = Shape(seed);
        var data = Matrix(seed, rows, features);
        var frame = new DataFrame(Enumerable.Range(0, features)
            .Select(j => new NumericColumn($"f{j}", Enumerable.Range(0, rows).Select(row => data[row, j]))));
        var result = SegmentationPipeline.Create()
            .Normalize()
            .KMeans(new KMeansStepOptions { ClusterCount = clusters, Restarts = 2, Seed = seed, MaxDegreeOfParallelism = 1 })
            .Fit(frame);

        var predicted = result.Model.Predict(frame);
        using var stream = new MemoryStream();
        result.Model.Save(stream);
        stream.Position = 0;
        var reloaded = SegmentationModel.Load(stream).Predict(frame);

        return predicted.Segments.SequenceEqual(result.Labels)
            && reloaded.Segments.SequenceEqual(predicted.Segments)
            && reloaded.Distances.Select(BitConverter.DoubleToInt64Bits).SequenceEqual(predicted.Distances.Select(BitConverter.DoubleToInt64Bits))
            && reloaded.SegmentNames.SequenceEqual(predicted.SegmentNames);
    }
}
