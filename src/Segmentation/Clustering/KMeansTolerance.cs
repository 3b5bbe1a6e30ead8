using System.Numerics;
using System.Runtime.CompilerServices;

namespace Segmentation.Clustering;

/// <summary>
/// scikit-learn's <c>_tolerance</c>: the relative tolerance times the mean of the per-feature (unweighted, population)
/// variances: the squared deviations from the means the problem computed with its norms, over the row blocks in
/// parallel, reduced in block order.
/// </summary>
internal static class KMeansTolerance
{
    public static double Absolute<T>(KMeansProblem<T> problem, double relativeTolerance)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        if (relativeTolerance == 0)
        {
            return 0;
        }

        var features = problem.Features;
        var partition = problem.Partition;
        var means = problem.ColumnMeans;
        var blockSquares = new double[partition.BlockCount];
        partition.ForEachBlock([MethodImpl(MethodImplOptions.AggressiveOptimization)] (block) =>
        {
            var squares = 0.0;
            for (var row = partition.Start(block); row < partition.End(block); row++)
            {
                squares += SquaredDistance.Between(problem.Row(row), means);
            }

            blockSquares[block] = squares;
        });

        var total = 0.0;
        foreach (var squares in blockSquares)
        {
            total += squares;
        }

        return total / problem.Rows / features * relativeTolerance;
    }
}
