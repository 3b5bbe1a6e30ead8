using Segmentation.Clustering;

namespace Segmentation.Pipeline;

/// <summary>Assigns rows to their nearest centre by exact squared Euclidean distance (the lowest index on a tie).</summary>
internal static class NearestCentre
{
    public static void Assign(DenseMatrix data, DenseMatrix centroids, Span<int> labels, Span<double> distances)
    {
        System.Diagnostics.Debug.Assert(data.Columns == centroids.Columns, "data and centres share features");
        for (var row = 0; row < data.Rows; row++)
        {
            var point = data.Row(row);
            var best = 0;
            var bestDistance = double.PositiveInfinity;
            for (var centre = 0; centre < centroids.Rows; centre++)
            {
                var distance = System.Numerics.Tensors.TensorPrimitives.Distance(point, centroids.Row(centre));
                if (distance < bestDistance)
                {
                    bestDistance = distance;
                    best = centre;
                }
            }

            labels[row] = best;
            distances[row] = bestDistance;
        }
    }
}
