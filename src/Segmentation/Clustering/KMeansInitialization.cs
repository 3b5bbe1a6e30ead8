namespace Segmentation.Clustering;

/// <summary>How K-Means picks its first centres.</summary>
public enum KMeansInitialization
{
    /// <summary>Greedy k-means++ (Arthur and Vassilvitskii 2007) with 2 + ln k candidates per centre, as scikit-learn.</summary>
    KMeansPlusPlus,

    /// <summary>k distinct rows drawn uniformly at random.</summary>
    Random,

    /// <summary>k-means|| (Bahmani et al. 2012): a few oversampling rounds, then k-means++ on the weighted candidates; for large data.</summary>
    KMeansParallel,
}
