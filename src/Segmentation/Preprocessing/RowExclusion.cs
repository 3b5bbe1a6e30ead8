using Segmentation.Data;

namespace Segmentation.Preprocessing;

/// <summary>Shared code of the row filters: drop (at fit) or flag (at scoring) rows, each reported with its reason.</summary>
internal static class RowExclusion
{
    /// <summary>Drops the given rows and reports each one.</summary>
    public static DataFrame Exclude(DataFrame frame, PreprocessingReport report, string step, IEnumerable<(int Row, string Reason)> rows)
    {
        var excluded = new bool[frame.Rows.Count];
        foreach (var (row, reason) in rows)
        {
            if (!excluded[row])
            {
                excluded[row] = true;
                report.Exclude(row, step, reason);
            }
        }

        var kept = Enumerable.Range(0, excluded.Length).Where(row => !excluded[row]).ToArray();
        if (kept.Length == excluded.Length)
        {
            return frame;
        }

        report.RetainRows(kept);
        return frame.TakeRows(kept);
    }

    /// <summary>Drops (training) or flags (scoring) the rows with a reason.</summary>
    public static DataFrame Apply(DataFrame frame, PreprocessingReport report, string step, bool training, IEnumerable<(int Row, string Reason)> rows)
    {
        if (training)
        {
            return Exclude(frame, report, step, rows);
        }

        var flagged = new HashSet<int>();
        foreach (var (row, reason) in rows)
        {
            if (flagged.Add(row))
            {
                report.Flag(row, step, reason);
            }
        }

        return frame;
    }
}
