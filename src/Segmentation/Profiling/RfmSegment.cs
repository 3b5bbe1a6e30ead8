namespace Segmentation.Profiling;

/// <summary>
/// The standard named RFM segments. <see cref="RfmSegments.Classify"/> gives the exact score rules and
/// <see cref="RfmSegments.RecommendedAction"/> each segment's conventional action.
/// </summary>
public enum RfmSegment
{
    /// <summary>Bought recently, buy often and spend the most.</summary>
    Champions,

    /// <summary>Buy regularly and spend well; responsive to promotions.</summary>
    LoyalCustomers,

    /// <summary>Recent customers with average frequency and spend.</summary>
    PotentialLoyalists,

    /// <summary>Bought most recently, but not often.</summary>
    NewCustomers,

    /// <summary>Recent shoppers who have not spent much yet.</summary>
    Promising,

    /// <summary>Average recency, frequency and spend.</summary>
    NeedAttention,

    /// <summary>Average recency, below-average frequency and spend.</summary>
    AboutToSleep,

    /// <summary>Spent much and bought often, but long ago.</summary>
    AtRisk,

    /// <summary>Were among the best customers and have not come back for the longest time.</summary>
    CantLoseThem,

    /// <summary>Last purchase long ago, few orders, low spend.</summary>
    Hibernating,

    /// <summary>Lowest recency, frequency and spend.</summary>
    Lost,
}
