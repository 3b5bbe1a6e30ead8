namespace Segmentation.Profiling;

/// <summary>
/// One flow of customers between two snapshots: from a segment (or nowhere, when new) to a segment (or nowhere, when
/// lost), with its size, its share and the mean of each profile column over its customers.
/// </summary>
/// <param name="From">The segment in the earlier snapshot, or <see langword="null"/> for new customers.</param>
/// <param name="To">The segment in the later snapshot, or <see langword="null"/> for lost customers.</param>
/// <param name="Count">The number of customers.</param>
/// <param name="Share">
/// <paramref name="Count"/> over the size of <paramref name="From"/> in the earlier snapshot; for new customers, over
/// all new customers. The flows out of one segment (lost included) sum to 1.
/// </param>
/// <param name="Means">
/// The mean of each profile column over the flow's customers, missing values skipped (NaN when all are missing); read
/// from the later snapshot, or from the earlier one for lost customers. Empty when no profile columns were asked for.
/// </param>
public sealed record SegmentMigrationFlow(
    string? From,
    string? To,
    int Count,
    double Share,
    IReadOnlyDictionary<string, double> Means)
{
    /// <summary>Gets what happened to these customers.</summary>
    public SegmentMigrationFlowKind Kind => (From, To) switch
    {
        (null, _) => SegmentMigrationFlowKind.New,
        (_, null) => SegmentMigrationFlowKind.Lost,
        _ when string.Equals(From, To, StringComparison.Ordinal) => SegmentMigrationFlowKind.Stayed,
        _ => SegmentMigrationFlowKind.Moved,
    };
}
