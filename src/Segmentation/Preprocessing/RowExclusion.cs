using Segmentation.Data;

namespace Segmentation.Preprocessing;

/// <summary>Shared code of the row filters: drop (at fit) or flag (at scoring) rows, each reported with its reason.</summary>
internal static class RowExclusion
{
    /// <summary>Drops the given rows and reports each one once, with all its reasons joined by "; ".</summary>
    public static DataFrame Exclude(DataFrame frame, PreprocessingReport report, string step, IEnumerable<(int Row, string Reason)> rows)
    {
        var excluded = new bool[frame.Rows.Count];
        foreach (var (row, reason) in Combine(rows))
        {
            excluded[row] = true;
            report.Exclude(row, step, reason);
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

        foreach (var (row, reason) in Combine(rows))
        {
            report.Flag(row, step, reason);
        }

        return frame;
    }

    /// <summary>One entry per row, in row order, its reasons joined in the order given.</summary>
    private static IEnumerable<(int Row, string Reason)> Combine(IEnumerable<(int Row, string Reason)> rows) =>
        rows.GroupBy(r => r.Row).OrderBy(g => g.Key).Select(g => (g.Key, string.Join("; ", g.Select(r => r.Reason))));
}
