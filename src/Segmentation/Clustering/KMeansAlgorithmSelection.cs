namespace Segmentation.Clustering;

/// <summary>Which iteration <see cref="KMeansAlgorithm.Auto"/> runs.</summary>
internal static class KMeansAlgorithmSelection
{
    /// <summary>
    /// The iteration to run. Auto uses Hamerly's bounds from k = 3: after the first few iterations most rows keep their
    /// centre and skip all k distances. With k below 3 a row has at most one other centre, and a bound check costs as
    /// much as the distance it saves.
    /// </summary>
    public static KMeansAlgorithm Resolve(KMeansAlgorithm algorithm, int clusterCount) => algorithm switch
    {
        KMeansAlgorithm.Auto => clusterCount >= 3 ? KMeansAlgorithm.Hamerly : KMeansAlgorithm.Lloyd,
        _ => algorithm,
    };
}
