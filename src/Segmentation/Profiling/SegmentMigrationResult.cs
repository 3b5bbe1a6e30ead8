namespace Segmentation.Profiling;

/// <summary>
/// How customers moved between segments from one snapshot to the next, matched by id: the transition matrix (counts
/// and shares), new and lost customers, and every flow with its profile. Immutable.
/// </summary>
/// <typeparam name="TId">The customer id type.</typeparam>
public sealed class SegmentMigrationResult<TId>
    where TId : notnull
{
    private readonly int[,] _counts;
    private readonly int[] _fromSizes;
    private readonly Dictionary<string, int> _fromIndex;
    private readonly Dictionary<string, int> _toIndex;

    internal SegmentMigrationResult(
        string[] fromSegments,
        string[] toSegments,
        int[,] counts,
        int[] fromSizes,
        TId[] newCustomers,
        TId[] lostCustomers,
        IReadOnlyList<SegmentMigrationFlow> flows,
        IReadOnlyList<string> profileColumns)
    {
        FromSegments = fromSegments;
        ToSegments = toSegments;
        _counts = counts;
        _fromSizes = fromSizes;
        NewCustomers = newCustomers;
        LostCustomers = lostCustomers;
        Flows = flows;
        ProfileColumns = profileColumns;
        _fromIndex = Index(fromSegments);
        _toIndex = Index(toSegments);
    }

    /// <summary>Gets the segments of the earlier snapshot: the rows of the transition matrix, in numeric order when every label is an integer, else ordinal.</summary>
    public IReadOnlyList<string> FromSegments { get; }

    /// <summary>Gets the segments of the later snapshot: the columns of the transition matrix, ordered as <see cref="FromSegments"/>.</summary>
    public IReadOnlyList<string> ToSegments { get; }

    /// <summary>Gets the customers only in the later snapshot, in its row order.</summary>
    public IReadOnlyList<TId> NewCustomers { get; }

    /// <summary>Gets the customers only in the earlier snapshot, in its row order.</summary>
    public IReadOnlyList<TId> LostCustomers { get; }

    /// <summary>Gets the number of customers in both snapshots.</summary>
    public int RetainedCount
    {
        get
        {
            var total = 0;
            foreach (var count in _counts)
            {
                total += count;
            }

            return total;
        }
    }

    /// <summary>
    /// Gets every non-empty flow: for each earlier segment its flows to each later segment and then its lost customers,
    /// followed by the new customers of each later segment.
    /// </summary>
    public IReadOnlyList<SegmentMigrationFlow> Flows { get; }

    /// <summary>Gets the numeric columns whose means profile each flow (empty when none were asked for).</summary>
    public IReadOnlyList<string> ProfileColumns { get; }

    /// <summary>Returns the transition counts: [from, to] customers in both snapshots, indexed as <see cref="FromSegments"/> x <see cref="ToSegments"/>.</summary>
    public int[,] GetTransitionCounts() => (int[,])_counts.Clone();

    /// <summary>
    /// Returns the transition shares: [from, to] counts over the size of the earlier segment (lost customers included
    /// in that size, so a row plus its lost share sums to 1).
    /// </summary>
    public double[,] GetTransitionShares()
    {
        var shares = new double[FromSegments.Count, ToSegments.Count];
        for (var from = 0; from < FromSegments.Count; from++)
        {
            for (var to = 0; to < ToSegments.Count; to++)
            {
                shares[from, to] = (double)_counts[from, to] / _fromSizes[from];
            }
        }

        return shares;
    }

    /// <summary>Gets the customers in segment <paramref name="from"/> before and <paramref name="to"/> after.</summary>
    /// <param name="from">A segment of the earlier snapshot.</param>
    /// <param name="to">A segment of the later snapshot.</param>
    /// <exception cref="ArgumentException">A segment does not exist in its snapshot.</exception>
    public int Count(string from, string to) => _counts[FromIndex(from), ToIndex(to)];

    /// <summary>Gets <see cref="Count"/> over the size of <paramref name="from"/> in the earlier snapshot.</summary>
    /// <param name="from">A segment of the earlier snapshot.</param>
    /// <param name="to">A segment of the later snapshot.</param>
    /// <exception cref="ArgumentException">A segment does not exist in its snapshot.</exception>
    public double Share(string from, string to)
    {
        var fromIndex = FromIndex(from);
        return (double)_counts[fromIndex, ToIndex(to)] / _fromSizes[fromIndex];
    }

    private static Dictionary<string, int> Index(string[] segments)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < segments.Length; i++)
        {
            index[segments[i]] = i;
        }

        return index;
    }

    private int FromIndex(string from)
    {
        if (!_fromIndex.TryGetValue(Guard.NotNull(from), out var index))
        {
            Guard.ThrowArgument($"from='{from}' is not a segment of the earlier snapshot ({string.Join(", ", FromSegments)}).", nameof(from));
        }

        return index;
    }

    private int ToIndex(string to)
    {
        if (!_toIndex.TryGetValue(Guard.NotNull(to), out var index))
        {
            Guard.ThrowArgument($"to='{to}' is not a segment of the later snapshot ({string.Join(", ", ToSegments)}).", nameof(to));
        }

        return index;
    }
}
