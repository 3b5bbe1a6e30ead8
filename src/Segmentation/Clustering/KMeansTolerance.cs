using System.Numerics;

namespace Segmentation.Clustering;

/// <summary>scikit-learn's <c>_tolerance</c>: the relative tolerance times the mean of the per-feature (unweighted, population) variances.</summary>
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
        var means = new double[features];
        for (var row = 0; row < problem.Rows; row++)
        {
            var x = problem.Row(row);
            for (var j = 0; j < features; j++)
            {
                means[j] += Element.ToDouble(x[j]);
            }
        }

        for (var j = 0; j < features; j++)
        {
            means[j] /= problem.Rows;
        }

        var squares = 0.0;
        for (var row = 0; row < problem.Rows; row++)
        {
            squares += SquaredDistance.Between(problem.Row(row), means);
        }

        return squares / problem.Rows / features * relativeTolerance;
    }
}
