namespace Segmentation.Profiling;

/// <summary>
/// Maps R, F and M scores (1..5) to the standard named segments, after Putler's widely used 11-segment table,
/// which reads the segment from R and the average of F and M.
/// </summary>
/// <remarks>
/// <para>
/// Published versions of that table overlap at their edges; this library resolves them with one explicit grid.
/// With FM = (F + M) / 2, the first matching rule wins:
/// </para>
/// <list type="number">
/// <item><description>Champions: R 4-5 and FM &gt;= 4.</description></item>
/// <item><description>Loyal Customers: R 3-5 and FM &gt;= 3.</description></item>
/// <item><description>Potential Loyalists: R 4-5 and FM &gt;= 2.</description></item>
/// <item><description>New Customers: R 5 and FM &lt; 2.</description></item>
/// <item><description>Promising: R 4 and FM &lt; 2.</description></item>
/// <item><description>Need Attention: R 3 and FM &gt;= 2.</description></item>
/// <item><description>About to Sleep: R 3 and FM &lt; 2.</description></item>
/// <item><description>Can't Lose Them: R 1 and FM &gt;= 4.</description></item>
/// <item><description>At Risk: R 1-2 and FM &gt;= 3.</description></item>
/// <item><description>Hibernating: R 2 and FM &lt; 3.</description></item>
/// <item><description>Lost: R 1 and FM &lt; 3.</description></item>
/// </list>
/// <para>Every (R, F, M) in 1..5 falls in exactly one segment.</para>
/// </remarks>
public static class RfmSegments
{
    /// <summary>Gets every segment, best first.</summary>
    public static IReadOnlyList<RfmSegment> All { get; } = Enum.GetValues<RfmSegment>();

    /// <summary>Returns the segment of a customer by the rules above.</summary>
    /// <param name="recency">R score, 1..5 (5 = most recent).</param>
    /// <param name="frequency">F score, 1..5 (5 = most frequent).</param>
    /// <param name="monetary">M score, 1..5 (5 = highest spend).</param>
    /// <returns>The segment.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A score is outside 1..5.</exception>
    public static RfmSegment Classify(int recency, int frequency, int monetary)
    {
        Guard.InRange(recency, 1, 5);
        Guard.InRange(frequency, 1, 5);
        Guard.InRange(monetary, 1, 5);

        // Twice the F/M average, so the thresholds stay integers: FM >= 4 is F + M >= 8.
        var fm2 = frequency + monetary;
        return recency switch
        {
            >= 4 when fm2 >= 8 => RfmSegment.Champions,
            >= 3 when fm2 >= 6 => RfmSegment.LoyalCustomers,
            >= 4 when fm2 >= 4 => RfmSegment.PotentialLoyalists,
            5 => RfmSegment.NewCustomers,
            4 => RfmSegment.Promising,
            3 when fm2 >= 4 => RfmSegment.NeedAttention,
            3 => RfmSegment.AboutToSleep,
            1 when fm2 >= 8 => RfmSegment.CantLoseThem,
            <= 2 when fm2 >= 6 => RfmSegment.AtRisk,
            2 => RfmSegment.Hibernating,
            _ => RfmSegment.Lost,
        };
    }

    /// <summary>Returns the segment's display name: "Champions", "Loyal Customers", ..., "Can't Lose Them".</summary>
    /// <param name="segment">The segment.</param>
    /// <returns>The name.</returns>
    public static string DisplayName(RfmSegment segment) => Guard.Defined(segment) switch
    {
        RfmSegment.Champions => "Champions",
        RfmSegment.LoyalCustomers => "Loyal Customers",
        RfmSegment.PotentialLoyalists => "Potential Loyalists",
        RfmSegment.NewCustomers => "New Customers",
        RfmSegment.Promising => "Promising",
        RfmSegment.NeedAttention => "Need Attention",
        RfmSegment.AboutToSleep => "About to Sleep",
        RfmSegment.AtRisk => "At Risk",
        RfmSegment.CantLoseThem => "Can't Lose Them",
        RfmSegment.Hibernating => "Hibernating",
        _ => "Lost",
    };

    /// <summary>Returns the segment's conventional recommended action (after Putler's table).</summary>
    /// <param name="segment">The segment.</param>
    /// <returns>The action, one sentence.</returns>
    public static string RecommendedAction(RfmSegment segment) => Guard.Defined(segment) switch
    {
        RfmSegment.Champions => "Reward them; they can be early adopters of new products and will promote your brand.",
        RfmSegment.LoyalCustomers => "Upsell higher-value products, ask for reviews and keep them engaged.",
        RfmSegment.PotentialLoyalists => "Offer a membership or loyalty programme and recommend other products.",
        RfmSegment.NewCustomers => "Give them onboarding support and early success; start building the relationship.",
        RfmSegment.Promising => "Create brand awareness; offer free trials.",
        RfmSegment.NeedAttention => "Make limited-time offers and recommend from past purchases to reactivate them.",
        RfmSegment.AboutToSleep => "Share valuable resources and recommend popular products or discounted renewals to reconnect.",
        RfmSegment.AtRisk => "Send personalised emails to reconnect, offer renewals and helpful resources.",
        RfmSegment.CantLoseThem => "Win them back with renewals or newer products; talk to them before a competitor does.",
        RfmSegment.Hibernating => "Offer other relevant products and special discounts; recreate brand value.",
        _ => "Revive interest with a reach-out campaign; otherwise spend little on them.",
    };
}
