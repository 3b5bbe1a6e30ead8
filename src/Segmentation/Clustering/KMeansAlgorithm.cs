namespace Segmentation.Clustering;

/// <summary>
/// Which exact K-Means iteration runs. Every choice gives the same centres and labels from the same start;
/// they differ only in how much distance work they skip.
/// </summary>
public enum KMeansAlgorithm
{
    /// <summary>Chosen from the number of clusters: Hamerly's bounds from k = 3, plain Lloyd below.</summary>
    Auto,

    /// <summary>Plain Lloyd iterations: every distance every time.</summary>
    Lloyd,

    /// <summary>Hamerly's bounds (one lower bound per row); best for low dimensions and small k.</summary>
    Hamerly,

    /// <summary>Elkan's bounds (k lower bounds per row); best for larger k. Currently runs Hamerly's bounds, with the same result.</summary>
    Elkan,
}
