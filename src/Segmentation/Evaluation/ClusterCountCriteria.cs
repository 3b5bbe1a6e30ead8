namespace Segmentation.Evaluation;

/// <summary>Criteria the k sweep computes besides inertia and the Kneedle knee, which it always computes.</summary>
[Flags]
public enum ClusterCountCriteria
{
    /// <summary>Inertia and the knee only.</summary>
    None = 0,

    /// <summary>Mean silhouette (exact up to a size, sampled beyond); highest is best.</summary>
    Silhouette = 1,

    /// <summary>Davies-Bouldin index; lowest is best.</summary>
    DaviesBouldin = 2,

    /// <summary>Calinski-Harabasz index; highest is best.</summary>
    CalinskiHarabasz = 4,

    /// <summary>Gap statistic with its rule; costs B extra fits per k.</summary>
    Gap = 8,

    /// <summary>Bootstrap stability (mean Jaccard); reported, not voted; costs B extra fits per k.</summary>
    Stability = 16,

    /// <summary>Silhouette, Davies-Bouldin and Calinski-Harabasz: the cheap criteria, the default.</summary>
    Default = Silhouette | DaviesBouldin | CalinskiHarabasz,

    /// <summary>Every criterion.</summary>
    All = Default | Gap | Stability,
}
