using Segmentation.Data;

namespace Segmentation.Preprocessing;

/// <summary>
/// Shared code of the row filters: drop (at fit) or flag (at scoring) the rows that have a reason, each reported once
/// with all its reasons joined by "; ".
/// </summary>
internal static class RowExclusion
{
    /// <summary>Records a reason for excluding <paramref name="row"/>, after any it already has.</summary>
    public static void AddReason(string?[] reasons, int row, string reason) =>
        reasons[row] = reasons[row] is { } earlier ? earlier + "; " + reason : reason;

    /// <summary>Drops (training) or flags (scoring) the rows with a reason; <paramref name="reasons"/> has one entry per row.</summary>
    public static DataFrame Apply(DataFrame frame, PreprocessingReport report, string step, bool training, string?[] reasons)
    {
        System.Diagnostics.Debug.Assert(reasons.Length == frame.Rows.Count, "one reason slot per row");
        var keptCount = 0;
        for (var row = 0; row < reasons.Length; row++)
        {
            if (reasons[row] is { } reason)
            {
                if (training)
                {
                    report.Exclude(row, step, reason);
                }
                else
                {
                    report.Flag(row, step, reason);
                }
            }
            else
            {
                keptCount++;
            }
        }

        if (!training || keptCount == reasons.Length)
        {
            return frame;
        }

        var kept = new int[keptCount];
        var next = 0;
        for (var row = 0; row < reasons.Length; row++)
        {
            if (reasons[row] is null)
            {
                kept[next++] = row;
            }
        }

        report.RetainRows(kept);
        return frame.TakeRows(kept);
    }
}
