using Segmentation.Clustering;

namespace Segmentation.Tests.Clustering;

public sealed class KMeansAlgorithmSelectionTests
{
    [TestCase(2, 5, KMeansAlgorithm.Lloyd)]
    [TestCase(3, 5, KMeansAlgorithm.Hamerly)]
    [TestCase(8, 16, KMeansAlgorithm.Hamerly)]
    [TestCase(100, 16, KMeansAlgorithm.Hamerly)]
    [TestCase(48, 64, KMeansAlgorithm.Hamerly)]
    [TestCase(64, 32, KMeansAlgorithm.Elkan)]
    [TestCase(100, 64, KMeansAlgorithm.Elkan)]
    public void Auto_picks_the_iteration_from_the_clusters_and_features(int clusters, int features, KMeansAlgorithm expected) =>
        Assert.That(KMeansAlgorithmSelection.Resolve(KMeansAlgorithm.Auto, clusters, features), Is.EqualTo(expected));

    [TestCase(KMeansAlgorithm.Lloyd)]
    [TestCase(KMeansAlgorithm.Hamerly)]
    [TestCase(KMeansAlgorithm.Elkan)]
    public void A_chosen_iteration_is_kept_whatever_the_shape(KMeansAlgorithm algorithm) =>
        Assert.That(KMeansAlgorithmSelection.Resolve(algorithm, 2, 1), Is.EqualTo(algorithm));
}
