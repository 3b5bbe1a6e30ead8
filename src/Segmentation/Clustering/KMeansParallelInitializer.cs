using System.Numerics;

namespace Segmentation.Clustering;

/// <summary>
/// k-means|| (Bahmani, Moseley, Vattani, Kumar, Vassilvitskii 2012): from one random row, a few rounds each keep every
/// row independently with probability min(1, l x weight x d^2 / potential), l = 2k; the kept rows, weighted by the rows
/// nearest to them, are then clustered into k centres by weighted k-means++ and Lloyd.
/// </summary>
/// <remarks>
/// The keep/drop draw of each row comes from a counter-based generator keyed by (start seed, round, row), so the
/// candidates do not depend on the thread count.
/// </remarks>
internal static class KMeansParallelInitializer
{
    /// <summary>Oversampling rounds; Bahmani et al. find about 5 enough.</summary>
    private const int Rounds = 5;

    public static void Choose<T>(KMeansProblem<T> problem, int clusterCount, Random random, Span<double> centres, int seed, CancellationToken cancellationToken)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var rows = problem.Rows;
        var features = problem.Features;
        var partition = problem.Partition;
        var closest = new double[rows];
        closest.AsSpan().Fill(double.PositiveInfinity);
        var chosen = new List<int> { DrawWeightedRow(problem, random) };
        var added = new List<int>(chosen);
        var roundSeed = unchecked((ulong)random.NextInt64() ^ (ulong)seed);
        var oversampling = 2.0 * clusterCount;

        var addedCentres = Gather(problem, added);
        void UpdateClosest(int block)
        {
            var end = partition.End(block);
            for (var row = partition.Start(block); row < end; row++)
            {
                var x = problem.Row(row);
                for (var centre = 0; centre < added.Count; centre++)
                {
                    var distance = SquaredDistance.Between(x, addedCentres.AsSpan(centre * features, features));
                    if (distance < closest[row])
                    {
                        closest[row] = distance;
                    }
                }
            }
        }

        partition.ForEachBlock(UpdateClosest);
        for (var round = 0; round < Rounds; round++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var potential = 0.0;
            for (var row = 0; row < rows; row++)
            {
                potential += problem.Weight(row) * closest[row];
            }

            if (!(potential > 0))
            {
                break;
            }

            added.Clear();
            for (var row = 0; row < rows; row++)
            {
                var probability = oversampling * problem.Weight(row) * closest[row] / potential;
                if (probability > 0 && CounterRandom.Uniform(roundSeed, round, row) < probability)
                {
                    added.Add(row);
                }
            }

            chosen.AddRange(added);
            addedCentres = Gather(problem, added);
            partition.ForEachBlock(UpdateClosest);
        }

        var candidates = Candidates(problem, chosen);
        var candidateWeights = CandidateWeights(problem, candidates);
        if (candidates.Rows <= clusterCount)
        {
            FillWithCandidatesAndRandomRows(problem, clusterCount, candidates, chosen, random, centres);
            return;
        }

        var options = new KMeansOptions
        {
            ClusterCount = clusterCount,
            Initialization = KMeansInitialization.KMeansPlusPlus,
            Restarts = 1,
            Seed = random.Next(),
            MaxDegreeOfParallelism = 1,
        };
        var model = new KMeans(options).Fit(candidates, candidateWeights, cancellationToken);
        model.Centroids.Values.CopyTo(centres);
    }

    /// <summary>The given rows as doubles, row after row.</summary>
    private static double[] Gather<T>(KMeansProblem<T> problem, List<int> rows)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var features = problem.Features;
        var result = new double[rows.Count * features];
        for (var i = 0; i < rows.Count; i++)
        {
            Element.Widen(problem.Row(rows[i]), result.AsSpan(i * features, features));
        }

        return result;
    }

    private static int DrawWeightedRow<T>(KMeansProblem<T> problem, Random random)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        if (problem.HasUnitWeights)
        {
            return random.Next(problem.Rows);
        }

        var total = 0.0;
        foreach (var weight in problem.Weights)
        {
            total += weight;
        }

        var target = random.NextDouble() * total;
        var running = 0.0;
        var last = 0;
        for (var row = 0; row < problem.Rows; row++)
        {
            if (problem.Weight(row) > 0)
            {
                running += problem.Weight(row);
                last = row;
                if (running > target)
                {
                    return row;
                }
            }
        }

        return last;
    }

    private static DenseMatrix Candidates<T>(KMeansProblem<T> problem, List<int> chosen)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var candidates = new DenseMatrix(chosen.Count, problem.Features);
        for (var i = 0; i < chosen.Count; i++)
        {
            Element.Widen(problem.Row(chosen[i]), candidates.MutableRow(i));
        }

        return candidates;
    }

    /// <summary>The summed weight of the rows nearest to each candidate, reduced in block order.</summary>
    private static double[] CandidateWeights<T>(KMeansProblem<T> problem, DenseMatrix candidates)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var partition = problem.Partition;
        var count = candidates.Rows;
        var blockWeights = new double[partition.BlockCount * count];
        partition.ForEachBlock(block =>
        {
            var weights = blockWeights.AsSpan(block * count, count);
            var end = partition.End(block);
            for (var row = partition.Start(block); row < end; row++)
            {
                var nearest = SquaredDistance.Nearest(problem.Row(row), candidates.Values, count, out _);
                weights[nearest] += problem.Weight(row);
            }
        });

        var result = new double[count];
        for (var block = 0; block < partition.BlockCount; block++)
        {
            for (var i = 0; i < count; i++)
            {
                result[i] += blockWeights[(block * count) + i];
            }
        }

        return result;
    }

    private static void FillWithCandidatesAndRandomRows<T>(
        KMeansProblem<T> problem, int clusterCount, DenseMatrix candidates, List<int> chosen, Random random, Span<double> centres)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var features = problem.Features;
        candidates.Values.CopyTo(centres);
        var used = new HashSet<int>(chosen);
        for (var cluster = candidates.Rows; cluster < clusterCount; cluster++)
        {
            int row;
            do
            {
                row = random.Next(problem.Rows);
            }
            while (!used.Add(row));
            Element.Widen(problem.Row(row), centres.Slice(cluster * features, features));
        }
    }
}
