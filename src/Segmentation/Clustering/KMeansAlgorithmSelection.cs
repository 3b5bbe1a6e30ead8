namespace Segmentation.Clustering;

/// <summary>Which iteration <see cref="KMeansAlgorithm.Auto"/> runs.</summary>
internal static class KMeansAlgorithmSelection
{
    /// <summary>
    /// Whether the iterations use Hamerly's bounds. Auto uses them from k = 3: after the first few iterations most rows
    /// keep their centre and skip all k distances, leaving one pass over the data for the sums. With k below 3 a row has
    /// at most one other centre, and a bound check costs as much as the distance it saves. Elkan's k bounds per row are
    /// not implemented separately: <see cref="KMeansAlgorithm.Elkan"/> runs Hamerly's bounds, which give the same result.
    /// </summary>
    public static bool UsesBounds(KMeansAlgorithm algorithm, int clusterCount) => algorithm switch
    {
        KMeansAlgorithm.Lloyd => false,
        KMeansAlgorithm.Hamerly or KMeansAlgorithm.Elkan => true,
        _ => clusterCount >= 3,
    };
}
