using Segmentation.Data;

namespace Segmentation.Profiling;

/// <summary>
/// One row per customer with recency, frequency and monetary value, their 1..5 scores and the named segment,
/// built by <see cref="RfmBuilder"/>, plus the report of what was kept and dropped.
/// </summary>
public sealed class RfmTable
{
    /// <summary>The customer id column of <see cref="Frame"/>: "CustomerID".</summary>
    public const string CustomerIdColumn = "CustomerID";

    /// <summary>Days from the customer's last purchase date to the as-of date: "Recency".</summary>
    public const string RecencyColumn = "Recency";

    /// <summary>Distinct purchase invoices: "Frequency".</summary>
    public const string FrequencyColumn = "Frequency";

    /// <summary>Sum of quantity x price (or amount): "Monetary".</summary>
    public const string MonetaryColumn = "Monetary";

    /// <summary>Recency score 1..5, 5 = most recent: "R".</summary>
    public const string RecencyScoreColumn = "R";

    /// <summary>Frequency score 1..5: "F".</summary>
    public const string FrequencyScoreColumn = "F";

    /// <summary>Monetary score 1..5: "M".</summary>
    public const string MonetaryScoreColumn = "M";

    /// <summary>The three scores as text, "545": "RfmScore".</summary>
    public const string ScoreColumn = "RfmScore";

    /// <summary>The segment's display name, "Champions": "RfmSegment".</summary>
    public const string SegmentColumn = "RfmSegment";

    internal RfmTable(DataFrame frame, RfmReport report, RfmSegment[] segments)
    {
        Frame = frame;
        Report = report;
        Segments = segments;
    }

    /// <summary>
    /// Gets the table, sorted by customer id: CustomerID (numeric when the source column is numeric, else text),
    /// Recency, Frequency, Monetary, R, F, M (numeric), RfmScore and RfmSegment (text).
    /// </summary>
    public DataFrame Frame { get; }

    /// <summary>Gets the counts of rows kept and dropped by each rule.</summary>
    public RfmReport Report { get; }

    /// <summary>Gets each customer's segment, in the order of <see cref="Frame"/>'s rows.</summary>
    public IReadOnlyList<RfmSegment> Segments { get; }

    /// <summary>
    /// Profiles the named RFM segments like clusters: one <see cref="SegmentProfile"/> per <see cref="RfmSegment"/>
    /// (id = the enum value, best first, empty ones included with size 0), named with
    /// <see cref="RfmSegments.DisplayName"/>, over Recency, Frequency, Monetary and the R, F, M scores.
    /// Rank them with <c>RankByValue("Monetary")</c>.
    /// </summary>
    /// <returns>The profiles.</returns>
    public SegmentProfileSet ProfileSegments()
    {
        var options = new SegmentProfilerOptions { SegmentCount = RfmSegments.All.Count, NamingColumns = [RecencyColumn, FrequencyColumn, MonetaryColumn] };
        options.ExcludedColumns.Add(CustomerIdColumn);
        options.ExcludedColumns.Add(ScoreColumn);
        options.ExcludedColumns.Add(SegmentColumn);
        var labels = Segments.Select(s => (int)s).ToArray();
        var names = RfmSegments.All.ToDictionary(s => (int)s, RfmSegments.DisplayName);
        return SegmentProfiler.Profile(Frame, labels, options).WithNames(names);
    }

    /// <summary>Returns how many customers fall in each segment (every segment listed, best first, zeros included).</summary>
    /// <returns>Counts by segment.</returns>
    public IReadOnlyDictionary<RfmSegment, int> CountBySegment()
    {
        var counts = RfmSegments.All.ToDictionary(s => s, _ => 0);
        foreach (var segment in Segments)
        {
            counts[segment]++;
        }

        return counts;
    }
}
