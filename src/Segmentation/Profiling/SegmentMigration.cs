using System.Globalization;
using Segmentation.Data;

namespace Segmentation.Profiling;

/// <summary>
/// Compares two labelled snapshots of customers, matched by id: who stayed, who moved where, who is new and who was
/// lost, as a transition matrix and a list of flows, each flow profiled by the means of chosen numeric columns.
/// Works for two fitted results on two periods, or one model scoring two snapshots.
/// </summary>
public static class SegmentMigration
{
    /// <summary>Compares two snapshots given as (id, segment) pairs.</summary>
    /// <typeparam name="TId">The customer id type; ids are matched with its default equality.</typeparam>
    /// <param name="before">The earlier snapshot; each id once.</param>
    /// <param name="after">The later snapshot; each id once.</param>
    /// <returns>The migration; its flows carry no profile.</returns>
    /// <exception cref="SegmentationDataException">An id appears twice in one snapshot, or a segment is null.</exception>
    public static SegmentMigrationResult<TId> Compare<TId>(
        IEnumerable<(TId Id, string Segment)> before, IEnumerable<(TId Id, string Segment)> after)
        where TId : notnull
    {
        var earlier = Guard.NotNull(before).ToArray();
        var later = Guard.NotNull(after).ToArray();
        return Build(
            new Snapshot<TId>(earlier.Select(p => p.Id).ToArray(), earlier.Select(p => p.Segment).ToArray(), [], "before"),
            new Snapshot<TId>(later.Select(p => p.Id).ToArray(), later.Select(p => p.Segment).ToArray(), [], "after"),
            []);
    }

    /// <summary>Compares two snapshots given as (id, cluster number) pairs; segments are named by their numbers.</summary>
    /// <typeparam name="TId">The customer id type; ids are matched with its default equality.</typeparam>
    /// <param name="before">The earlier snapshot; each id once.</param>
    /// <param name="after">The later snapshot; each id once.</param>
    /// <returns>The migration; its flows carry no profile.</returns>
    /// <exception cref="SegmentationDataException">An id appears twice in one snapshot.</exception>
    public static SegmentMigrationResult<TId> Compare<TId>(
        IEnumerable<(TId Id, int Segment)> before, IEnumerable<(TId Id, int Segment)> after)
        where TId : notnull =>
        Compare(
            Guard.NotNull(before).Select(p => (p.Id, p.Segment.ToString(CultureInfo.InvariantCulture))),
            Guard.NotNull(after).Select(p => (p.Id, p.Segment.ToString(CultureInfo.InvariantCulture))));

    /// <summary>
    /// Compares two frames that each carry an id column and a segment column (categorical, or numeric cluster numbers),
    /// profiling every flow by the means of <paramref name="profileColumns"/>.
    /// </summary>
    /// <param name="before">The earlier snapshot.</param>
    /// <param name="after">The later snapshot.</param>
    /// <param name="idColumn">The customer id column in both frames; ids are compared as formatted text.</param>
    /// <param name="segmentColumn">The segment column in both frames.</param>
    /// <param name="profileColumns">Numeric columns present in both frames whose means profile each flow.</param>
    /// <exception cref="ColumnNotFoundException">A named column is missing.</exception>
    /// <exception cref="SegmentationDataException">
    /// An id is missing or appears twice, a segment is missing, or a profile column is not numeric.
    /// </exception>
    public static SegmentMigrationResult<string> Compare(
        DataFrame before, DataFrame after, string idColumn, string segmentColumn, params string[] profileColumns)
    {
        Guard.NotNull(before);
        Guard.NotNull(after);
        Guard.NotNullOrWhiteSpace(segmentColumn);
        return Compare(before, Segments(before, segmentColumn, "before"), after, Segments(after, segmentColumn, "after"), idColumn, profileColumns);
    }

    /// <summary>
    /// Compares two frames whose segments come separately, one label per row (for example from one model's Predict on
    /// each snapshot), profiling every flow by the means of <paramref name="profileColumns"/>.
    /// </summary>
    /// <param name="before">The earlier snapshot.</param>
    /// <param name="beforeSegments">The segment of each row of <paramref name="before"/>.</param>
    /// <param name="after">The later snapshot.</param>
    /// <param name="afterSegments">The segment of each row of <paramref name="after"/>.</param>
    /// <param name="idColumn">The customer id column in both frames; ids are compared as formatted text.</param>
    /// <param name="profileColumns">Numeric columns present in both frames whose means profile each flow.</param>
    /// <exception cref="ArgumentException">A segment list does not match its frame's rows.</exception>
    /// <exception cref="ColumnNotFoundException">A named column is missing.</exception>
    /// <exception cref="SegmentationDataException">An id is missing or appears twice, or a profile column is not numeric.</exception>
    public static SegmentMigrationResult<string> Compare(
        DataFrame before,
        IReadOnlyList<string> beforeSegments,
        DataFrame after,
        IReadOnlyList<string> afterSegments,
        string idColumn,
        params string[] profileColumns)
    {
        Guard.NotNull(before);
        Guard.NotNull(after);
        Guard.NotNull(beforeSegments);
        Guard.NotNull(afterSegments);
        Guard.NotNullOrWhiteSpace(idColumn);
        Guard.NotNull(profileColumns);
        CheckLength(beforeSegments, before, nameof(beforeSegments));
        CheckLength(afterSegments, after, nameof(afterSegments));
        return Build(
            new Snapshot<string>(Ids(before, idColumn), beforeSegments.ToArray(), Profile(before, profileColumns), "before"),
            new Snapshot<string>(Ids(after, idColumn), afterSegments.ToArray(), Profile(after, profileColumns), "after"),
            profileColumns);
    }

    private static SegmentMigrationResult<TId> Build<TId>(Snapshot<TId> before, Snapshot<TId> after, string[] profileColumns)
        where TId : notnull
    {
        var beforeRows = RowsById(before);
        var afterRows = RowsById(after);
        var fromSegments = Ordered(before.Segments);
        var toSegments = Ordered(after.Segments);
        var fromIndex = fromSegments.Select((s, i) => (s, i)).ToDictionary(p => p.s, p => p.i, StringComparer.Ordinal);
        var toIndex = toSegments.Select((s, i) => (s, i)).ToDictionary(p => p.s, p => p.i, StringComparer.Ordinal);

        // Members of each flow as (snapshot, row): index [from, to] with from = F for new and to = T for lost.
        var f = fromSegments.Length;
        var t = toSegments.Length;
        var members = new List<(bool After, int Row)>[f + 1, t + 1];
        var fromSizes = new int[f];
        var counts = new int[f, t];
        var lost = new List<TId>();
        for (var row = 0; row < before.Ids.Length; row++)
        {
            var from = fromIndex[before.Segments[row]];
            fromSizes[from]++;
            if (afterRows.TryGetValue(before.Ids[row], out var afterRow))
            {
                var to = toIndex[after.Segments[afterRow]];
                counts[from, to]++;
                Add(members, from, to, (true, afterRow));
            }
            else
            {
                lost.Add(before.Ids[row]);
                Add(members, from, t, (false, row));
            }
        }

        var @new = new List<TId>();
        for (var row = 0; row < after.Ids.Length; row++)
        {
            if (!beforeRows.ContainsKey(after.Ids[row]))
            {
                @new.Add(after.Ids[row]);
                Add(members, f, toIndex[after.Segments[row]], (true, row));
            }
        }

        var flows = new List<SegmentMigrationFlow>();
        for (var from = 0; from <= f; from++)
        {
            for (var to = 0; to <= t; to++)
            {
                if (members[from, to] is not { } list || (from == f && to == t))
                {
                    continue;
                }

                var denominator = from < f ? fromSizes[from] : @new.Count;
                flows.Add(new SegmentMigrationFlow(
                    from < f ? fromSegments[from] : null,
                    to < t ? toSegments[to] : null,
                    list.Count,
                    (double)list.Count / denominator,
                    Means(list, before, after, profileColumns)));
            }
        }

        return new SegmentMigrationResult<TId>(fromSegments, toSegments, counts, fromSizes, @new.ToArray(), lost.ToArray(), flows, profileColumns);
    }

    private static void Add(List<(bool After, int Row)>[,] members, int from, int to, (bool After, int Row) member) =>
        (members[from, to] ??= []).Add(member);

    private static Dictionary<string, double> Means<TId>(
        List<(bool After, int Row)> members, Snapshot<TId> before, Snapshot<TId> after, string[] profileColumns)
        where TId : notnull
    {
        var means = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var column = 0; column < profileColumns.Length; column++)
        {
            double sum = 0;
            var count = 0;
            foreach (var (isAfter, row) in members)
            {
                var value = (isAfter ? after : before).Profile[column][row];
                if (!double.IsNaN(value))
                {
                    sum += value;
                    count++;
                }
            }

            means[profileColumns[column]] = count == 0 ? double.NaN : sum / count;
        }

        return means;
    }

    private static Dictionary<TId, int> RowsById<TId>(Snapshot<TId> snapshot)
        where TId : notnull
    {
        var rows = new Dictionary<TId, int>();
        for (var row = 0; row < snapshot.Ids.Length; row++)
        {
            var id = snapshot.Ids[row];
            if (id is null)
            {
                Guard.ThrowData($"The {snapshot.Name} snapshot has no id at row {row}.", rowIndex: row);
            }

            if (snapshot.Segments[row] is null)
            {
                Guard.ThrowData($"The {snapshot.Name} snapshot has no segment for id '{id}' at row {row}.", rowIndex: row, value: id.ToString());
            }

            if (!rows.TryAdd(id, row))
            {
                Guard.ThrowData(
                    $"Id '{id}' appears twice in the {snapshot.Name} snapshot, at rows {rows[id]} and {row}; each customer must appear once.",
                    rowIndex: row,
                    value: id.ToString());
            }
        }

        return rows;
    }

    /// <summary>Distinct segments in numeric order when every label is an integer, else in ordinal order.</summary>
    private static string[] Ordered(string[] segments)
    {
        var distinct = segments.Distinct(StringComparer.Ordinal).ToArray();
        return distinct.All(s => long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
            ? distinct.OrderBy(s => long.Parse(s, CultureInfo.InvariantCulture)).ToArray()
            : distinct.Order(StringComparer.Ordinal).ToArray();
    }

    private static string[] Ids(DataFrame frame, string idColumn)
    {
        var column = frame.Columns[idColumn];
        var ids = new string[frame.Rows.Count];
        for (var row = 0; row < ids.Length; row++)
        {
            if (column.IsMissing(row))
            {
                Guard.ThrowData($"Column '{column.Name}' has no id at row {row}.", column.Name, row);
            }

            ids[row] = column.FormatValue(row);
        }

        return ids;
    }

    private static string[] Segments(DataFrame frame, string segmentColumn, string name)
    {
        var column = frame.Columns[segmentColumn];
        var segments = new string[frame.Rows.Count];
        for (var row = 0; row < segments.Length; row++)
        {
            if (column.IsMissing(row))
            {
                Guard.ThrowData($"Column '{column.Name}' of the {name} snapshot has no segment at row {row}.", column.Name, row);
            }

            segments[row] = column.FormatValue(row);
        }

        return segments;
    }

    private static double[][] Profile(DataFrame frame, string[] profileColumns) =>
        profileColumns.Select(name =>
        {
            var column = frame.Columns[name];
            if (column is not NumericColumn numeric)
            {
                return Guard.ThrowData<double[]>(
                    $"Profile column '{column.Name}' is {column.Kind}; a flow profile takes means of numeric columns only.", column.Name);
            }

            return numeric.Values.ToArray();
        }).ToArray();

    private static void CheckLength(IReadOnlyList<string> segments, DataFrame frame, string name)
    {
        if (segments.Count != frame.Rows.Count)
        {
            Guard.ThrowArgument($"{name}.Count={segments.Count} must equal the frame's Rows.Count={frame.Rows.Count}.", name);
        }
    }

    private sealed record Snapshot<TId>(TId[] Ids, string[] Segments, double[][] Profile, string Name);
}
