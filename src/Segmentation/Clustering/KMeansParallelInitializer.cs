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
    public static void Choose(KMeansProblem problem, int clusterCount, Random random, Span<double> centres, int seed, CancellationToken cancellationToken)
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

        void UpdateClosest(int block)
        {
            var end = partition.End(block);
            for (var row = partition.Start(block); row < end; row++)
            {
                var x = problem.Row(row);
                foreach (var centre in added)
                {
                    var distance = SquaredDistance.Between(x, problem.Row(centre));
                    if (distance < closest[row])
                    {
                        closest[row] = distance;
                    }
                }
            }
        }

        partition.ForEachBlock(UpdateClosest);
        for (var round = 0; round < KMeansInitializer.ParallelRounds; round++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var potential = 0.0;
            for (var row = 0; row < rows; row++)
            {
                potential += problem.Weights[row] * closest[row];
            }

            if (!(potential > 0))
            {
                break;
            }

            added.Clear();
            for (var row = 0; row < rows; row++)
            {
                var probability = oversampling * problem.Weights[row] * closest[row] / potential;
                if (probability > 0 && CounterRandom.Uniform(roundSeed, round, row) < probability)
                {
                    added.Add(row);
                }
            }

            chosen.AddRange(added);
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

    private static int DrawWeightedRow(KMeansProblem problem, Random random)
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
            if (problem.Weights[row] > 0)
            {
                running += problem.Weights[row];
                last = row;
                if (running > target)
                {
                    return row;
                }
            }
        }

        return last;
    }

    private static DenseMatrix Candidates(KMeansProblem problem, List<int> chosen)
    {
        var candidates = new DenseMatrix(chosen.Count, problem.Features);
        for (var i = 0; i < chosen.Count; i++)
        {
            problem.Row(chosen[i]).CopyTo(candidates.MutableRow(i));
        }

        return candidates;
    }

    /// <summary>The summed weight of the rows nearest to each candidate, reduced in block order.</summary>
    private static double[] CandidateWeights(KMeansProblem problem, DenseMatrix candidates)
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
                weights[nearest] += problem.Weights[row];
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

    private static void FillWithCandidatesAndRandomRows(
        KMeansProblem problem, int clusterCount, DenseMatrix candidates, List<int> chosen, Random random, Span<double> centres)
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
            problem.Row(row).CopyTo(centres.Slice(cluster * features, features));
        }
    }
}
