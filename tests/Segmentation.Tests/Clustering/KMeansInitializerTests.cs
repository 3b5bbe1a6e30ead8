using Segmentation.Clustering;
using Segmentation.Synthetic;

namespace Segmentation.Tests.Clustering;

public sealed class KMeansInitializerTests
{
    [TestCase(3, 1, 0)]
    [TestCase(8, 2, 1)]
    [TestCase(20, 2, 2)]
    [TestCase(50, 16, 3)]
    public void Adopting_the_winners_marked_rows_chooses_the_bits_a_full_pass_chooses(int clusterCount, int threads, int seed)
    {
        // 70,003 rows: many blocks, none a whole number of four-row tiles or 32-row scans.
        var data = SyntheticBlobs.Generate(rows: 70_003, features: 7, centres: 6, seed: seed);
        var problem = KMeansProblem.Create(data, null, clusterCount, threads);

        double[] Choose(int markedTrials)
        {
            var centres = new double[clusterCount * 7];
            new KMeansInitializer<double>(problem, clusterCount, markedTrials).ChoosePlusPlus(new Random(seed), centres, CancellationToken.None);
            return centres;
        }

        Assert.That(Choose(markedTrials: 8), Is.EqualTo(Choose(markedTrials: 0)));
    }

    [Test]
    public void Adopting_marked_rows_chooses_the_same_centres_from_float_rows_at_any_thread_count()
    {
        var blobs = SyntheticBlobs.Generate(rows: 40_001, features: 5, centres: 8, seed: 6);
        var single = new SinglePrecisionMatrix(blobs.Values.ToArray().Select(value => (float)value).ToArray(), blobs.Rows, 5);

        double[] Choose(int threads, int markedTrials)
        {
            var centres = new double[10 * 5];
            new KMeansInitializer<float>(KMeansProblem.Create(single, null, 10, threads), 10, markedTrials)
                .ChoosePlusPlus(new Random(4), centres, CancellationToken.None);
            return centres;
        }

        var full = Choose(threads: 1, markedTrials: 0);
        Assert.That(Choose(threads: 1, markedTrials: 8), Is.EqualTo(full));
        Assert.That(Choose(threads: 4, markedTrials: 8), Is.EqualTo(full));
    }

    [Test]
    public void Distances_kept_in_storage_lent_by_the_solver_choose_the_same_centres()
    {
        // The solver lends its bound storage, which holds whatever its last run left there.
        var data = SyntheticBlobs.Generate(rows: 30_001, features: 4, centres: 5, seed: 8);
        var problem = KMeansProblem.Create(data, null, 6, 2);
        var lent = Enumerable.Range(0, data.Rows).Select(row => row * -1.5).ToArray();

        double[] Choose(double[]? distances)
        {
            var centres = new double[6 * 4];
            new KMeansInitializer<double>(problem, 6, distances: distances).ChoosePlusPlus(new Random(2), centres, CancellationToken.None);
            return centres;
        }

        Assert.That(Choose(lent), Is.EqualTo(Choose(null)));
    }
}
