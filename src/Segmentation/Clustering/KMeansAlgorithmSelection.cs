namespace Segmentation.Clustering;

/// <summary>Which iteration <see cref="KMeansAlgorithm.Auto"/> runs.</summary>
internal static class KMeansAlgorithmSelection
{
    /// <summary>From this many clusters Auto may choose Elkan's bounds.</summary>
    private const int ElkanClusters = 64;

    /// <summary>From this many features Auto may choose Elkan's bounds.</summary>
    private const int ElkanFeatures = 32;

    /// <summary>
    /// The iteration to run. Auto uses plain Lloyd below k = 3 (a row has at most one other centre, and a bound check
    /// costs as much as the distance it saves), Elkan's bounds from k = 64 with at least 32 features, where a distance
    /// is dear enough to pay for k bounds per row, and Hamerly's otherwise. Measured with the peer runner, 2 threads:
    /// at d = 64, Elkan took 0.97 s against Hamerly's 1.35 s at k = 64 (100,000 rows) and 1.35 s against 2.50 s at
    /// k = 100, but 1.31 s against 1.23 s at k = 48; at d = 16 (200,000 rows) Hamerly was faster at k = 32, 64 and 100.
    /// </summary>
    public static KMeansAlgorithm Resolve(KMeansAlgorithm algorithm, int clusterCount, int features) => algorithm switch
    {
        KMeansAlgorithm.Auto when clusterCount < 3 => KMeansAlgorithm.Lloyd,
        KMeansAlgorithm.Auto when clusterCount >= ElkanClusters && features >= ElkanFeatures => KMeansAlgorithm.Elkan,
        KMeansAlgorithm.Auto => KMeansAlgorithm.Hamerly,
        _ => algorithm,
    };
}
