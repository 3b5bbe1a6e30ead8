namespace Segmentation.Profiling;

/// <summary>One segment's place in a value ranking (<see cref="SegmentProfileSet.RankByValue"/>).</summary>
public sealed class SegmentValue
{
    internal SegmentValue(int rank, int rankByTotal, int segmentId, string name, int size, string valueColumn, double mean, double total, double shareOfTotal)
    {
        Rank = rank;
        RankByTotal = rankByTotal;
        SegmentId = segmentId;
        Name = name;
        Size = size;
        ValueColumn = valueColumn;
        Mean = mean;
        Total = total;
        ShareOfTotal = shareOfTotal;
    }

    /// <summary>Gets the rank by mean value per customer, 1 = highest.</summary>
    public int Rank { get; }

    /// <summary>Gets the rank by total value, 1 = highest.</summary>
    public int RankByTotal { get; }

    /// <summary>Gets the segment id.</summary>
    public int SegmentId { get; }

    /// <summary>Gets the segment name.</summary>
    public string Name { get; }

    /// <summary>Gets the segment size.</summary>
    public int Size { get; }

    /// <summary>Gets the value column ranked by.</summary>
    public string ValueColumn { get; }

    /// <summary>Gets the mean value per customer with a value; <see cref="double.NaN"/> for an empty segment.</summary>
    public double Mean { get; }

    /// <summary>Gets the total value of the segment.</summary>
    public double Total { get; }

    /// <summary>Gets the segment's share of the total over all segments (0..1).</summary>
    public double ShareOfTotal { get; }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Rank}. {Name}: mean {ProfileFormat.Number(Mean)}, total {ProfileFormat.Number(Total)} ({ProfileFormat.PercentOneDecimal(ShareOfTotal)} of {ValueColumn})";
}
