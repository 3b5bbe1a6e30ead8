namespace Segmentation.Clustering;

/// <summary>How k-prototypes picks its first prototypes.</summary>
public enum KPrototypesInitialization
{
    /// <summary>
    /// k-means++ seeding (Arthur and Vassilvitskii 2007) on the mixed cost: the first prototype is a uniformly random
    /// row, each next one a row drawn with probability proportional to its cost to the nearest prototype so far.
    /// </summary>
    KMeansPlusPlus,

    /// <summary>k distinct rows drawn uniformly at random (Huang's original random start).</summary>
    Random,
}
