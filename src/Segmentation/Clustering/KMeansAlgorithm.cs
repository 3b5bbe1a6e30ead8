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

    /// <summary>
    /// Elkan's bounds: one lower bound per row and centre, kept as floats (4 x k bytes per row, k rounded up to a multiple
    /// of 8), so a row is only measured against the centres it might be closer to. On the benchmark data it runs about as
    /// fast as Hamerly's at k = 10, d = 64 and slower at k = 8, d = 16.
    /// </summary>
    Elkan,
}
