using System.Collections;
using Segmentation.Data;

namespace Segmentation.Profiling;

/// <summary>
/// The profiles of all segments of one labelled frame, indexed by segment id (0..k-1). Immutable and safe to share;
/// renaming returns a new set. Renders as Markdown, CSV, JSON and fixed-width text.
/// </summary>
public sealed class SegmentProfileSet : IReadOnlyList<SegmentProfile>
{
    private readonly SegmentProfile[] _profiles;
    private readonly IReadOnlyDictionary<string, ColumnKind?> _columnKinds;

    internal SegmentProfileSet(SegmentProfile[] profiles, int rowCount, IReadOnlyDictionary<string, ColumnKind?> columnKinds)
    {
        _profiles = profiles;
        RowCount = rowCount;
        _columnKinds = columnKinds;
    }

    /// <summary>Gets the number of rows profiled (the population size).</summary>
    public int RowCount { get; }

    /// <inheritdoc />
    public int Count => _profiles.Length;

    /// <summary>Gets the profile of segment <paramref name="id"/>.</summary>
    /// <param name="id">The segment id, 0..Count-1.</param>
    public SegmentProfile this[int id] => _profiles[id];

    /// <summary>Gets the profile named <paramref name="name"/> (ignoring case).</summary>
    /// <param name="name">A segment name.</param>
    /// <exception cref="ArgumentException">No segment has that name.</exception>
    public SegmentProfile this[string name] =>
        _profiles.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException(
            $"No segment is named '{name}'; the names are {string.Join(", ", _profiles.Select(p => $"'{p.Name}'"))}.", nameof(name));

    /// <summary>Returns a set in which segment <paramref name="id"/> is called <paramref name="name"/>.</summary>
    /// <param name="id">The segment id.</param>
    /// <param name="name">The new name; must differ (ignoring case) from every other segment's name.</param>
    /// <returns>The renamed set.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="id"/> is not a segment id.</exception>
    /// <exception cref="ArgumentException">The name is empty or already names another segment.</exception>
    public SegmentProfileSet WithName(int id, string name) =>
        WithNames(new Dictionary<int, string> { [id] = name });

    /// <summary>Returns a set with several segments renamed at once (so two names can be swapped).</summary>
    /// <param name="names">New names by segment id.</param>
    /// <returns>The renamed set.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A key is not a segment id.</exception>
    /// <exception cref="ArgumentException">A name is empty, or two segments would share a name (ignoring case).</exception>
    public SegmentProfileSet WithNames(IReadOnlyDictionary<int, string> names)
    {
        Guard.NotNull(names);
        var renamed = (SegmentProfile[])_profiles.Clone();
        foreach (var (id, name) in names)
        {
            Guard.InRange(id, 0, _profiles.Length - 1, nameof(id));
            renamed[id] = renamed[id].WithName(name);
        }

        var clash = renamed.GroupBy(p => p.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
        {
            throw new ArgumentException(
                $"Segments {string.Join(" and ", clash.Select(p => p.Id))} would both be named '{clash.Key}'; segment names must be unique.",
                nameof(names));
        }

        return new SegmentProfileSet(renamed, RowCount, _columnKinds);
    }

    /// <summary>
    /// Ranks segments by a value column (spending, MntTotal, Monetary) so a marketer sees which to prioritise:
    /// by mean per customer, highest first (ties: higher total, then lower id); empty segments last.
    /// Each entry also carries the segment's total and its rank by total.
    /// </summary>
    /// <param name="valueColumn">A profiled numeric column.</param>
    /// <returns>One entry per segment, in rank order.</returns>
    /// <exception cref="ColumnNotFoundException">The frame had no such column.</exception>
    /// <exception cref="SegmentationDataException">The column is not numeric.</exception>
    /// <exception cref="ArgumentException">The column was excluded from the profiles.</exception>
    public IReadOnlyList<SegmentValue> RankByValue(string valueColumn)
    {
        Guard.NotNull(valueColumn);
        if (!_columnKinds.TryGetValue(valueColumn, out var kind))
        {
            var names = _columnKinds.Keys.ToArray();
            throw new ColumnNotFoundException(valueColumn, ColumnNameSuggestions.Closest(valueColumn, names));
        }

        if (kind is null)
        {
            throw new ArgumentException($"Value column '{valueColumn}' was excluded from the profiles; profile it to rank by it.", nameof(valueColumn));
        }

        if (kind != ColumnKind.Numeric)
        {
            throw new SegmentationDataException(
                $"Value column '{valueColumn}' is {kind}, not Numeric; rank by a numeric column such as spending.", valueColumn, rowIndex: null, value: null);
        }

        var summaries = _profiles.Select(p => (Profile: p, Summary: p.NumericFeature(valueColumn).Segment)).ToArray();
        var grandTotal = summaries.Sum(s => s.Summary.Sum);
        var byTotal = summaries.OrderByDescending(s => s.Summary.Sum).ThenBy(s => s.Profile.Id).Select(s => s.Profile.Id).ToList();
        return summaries
            .OrderBy(s => s.Summary.Count == 0 ? 1 : 0)
            .ThenByDescending(s => s.Summary.Count == 0 ? double.NegativeInfinity : s.Summary.Mean)
            .ThenByDescending(s => s.Summary.Sum)
            .ThenBy(s => s.Profile.Id)
            .Select((s, index) => new SegmentValue(
                index + 1,
                byTotal.IndexOf(s.Profile.Id) + 1,
                s.Profile.Id,
                s.Profile.Name,
                s.Profile.Size,
                valueColumn,
                s.Summary.Mean,
                s.Summary.Sum,
                grandTotal == 0 ? double.NaN : s.Summary.Sum / grandTotal))
            .ToArray();
    }

    /// <summary>Returns one summary line per segment, e.g. "High income, low spending: 39 customers, 20%".</summary>
    /// <returns>The lines, in id order.</returns>
    public IReadOnlyList<string> ToSummaryLines() => _profiles.Select(p => p.ToSummaryLine()).ToArray();

    /// <summary>
    /// Renders a Markdown table: one row per segment with id, name, size, share, the mean of every numeric column
    /// and the share of the most distinctive level of every categorical column, then a population row.
    /// </summary>
    /// <returns>GitHub-flavoured Markdown, invariant culture, lines ending in "\n".</returns>
    public string ToMarkdown() => SegmentProfileRendering.Markdown(this);

    /// <summary>
    /// Renders tidy CSV, one row per segment and numeric column and per segment and categorical level, with the
    /// header <c>SegmentId,SegmentName,Size,Share,Column,Level,Count,MissingCount,Mean,StandardDeviation,Minimum,LowerQuartile,Median,UpperQuartile,Maximum,PopulationMean,Difference,Ratio,EffectSize,LevelShare,PopulationLevelShare,Lift</c>.
    /// Numbers are invariant and round-trippable; missing ones are empty.
    /// </summary>
    /// <returns>RFC 4180 CSV with "\n" line ends.</returns>
    public string ToCsv() => SegmentProfileRendering.Csv(this);

    /// <summary>
    /// Renders JSON with stable camelCase field names: <c>rowCount</c> and <c>segments</c>, each with <c>id, name,
    /// size, share, nameFeatures, distinguishingFeatures, numeric, categorical</c>; <see cref="double.NaN"/> is written as null.
    /// </summary>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The JSON text.</returns>
    public string ToJson(bool indented = true) => SegmentProfileRendering.Json(this, indented);

    /// <summary>
    /// Renders a compact fixed-width plain-text table for a console: one line per segment with name, size, share and
    /// the means of the numeric columns, then the population line, then each segment's top contrasts.
    /// </summary>
    /// <param name="maximumContrasts">How many distinguishing features to list per segment; default 3.</param>
    /// <returns>The text, lines ending in "\n".</returns>
    public string ToText(int maximumContrasts = 3) => SegmentProfileRendering.Text(this, Guard.NonNegative(maximumContrasts));

    /// <inheritdoc />
    public IEnumerator<SegmentProfile> GetEnumerator() => ((IEnumerable<SegmentProfile>)_profiles).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
