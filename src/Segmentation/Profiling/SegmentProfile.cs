using System.Globalization;

namespace Segmentation.Profiling;

/// <summary>
/// One segment described in the data's own units: size and share, statistics of every profiled numeric column
/// and the share of every categorical level, each set against the whole population, the contrasts that set it
/// apart, and a name. Immutable; <see cref="WithName"/> returns a renamed copy.
/// </summary>
public sealed class SegmentProfile
{
    internal SegmentProfile(
        int id,
        string name,
        int size,
        double share,
        IReadOnlyList<NumericFeatureProfile> numeric,
        IReadOnlyList<CategoricalFeatureProfile> categorical,
        IReadOnlyList<DistinguishingFeature> distinguishingFeatures,
        IReadOnlyList<NameFeature> nameFeatures)
    {
        Id = id;
        Name = name;
        Size = size;
        Share = share;
        Numeric = numeric;
        Categorical = categorical;
        DistinguishingFeatures = distinguishingFeatures;
        NameFeatures = nameFeatures;
    }

    /// <summary>Gets the segment id: the cluster label, 0..k-1.</summary>
    public int Id { get; }

    /// <summary>Gets the segment's name ("High income, low spending"); see <see cref="SegmentProfiler"/> for the rule.</summary>
    public string Name { get; }

    /// <summary>Gets the number of rows (customers) in the segment; 0 for an empty cluster.</summary>
    public int Size { get; }

    /// <summary>Gets <see cref="Size"/> as a fraction of all rows (0..1).</summary>
    public double Share { get; }

    /// <summary>Gets whether the segment has no rows (a cluster id no row was assigned to).</summary>
    public bool IsEmpty => Size == 0;

    /// <summary>Gets the profiled numeric columns, in frame order.</summary>
    public IReadOnlyList<NumericFeatureProfile> Numeric { get; }

    /// <summary>Gets the profiled categorical columns, in frame order.</summary>
    public IReadOnlyList<CategoricalFeatureProfile> Categorical { get; }

    /// <summary>
    /// Gets the contrasts that set the segment apart, strongest first: every numeric column, and for every categorical
    /// column its level with the largest |share difference|, ranked together by |effect size| (ties: frame order).
    /// </summary>
    public IReadOnlyList<DistinguishingFeature> DistinguishingFeatures { get; }

    /// <summary>Gets the features (and their levels) the generated name was built from, in the order the name says them.</summary>
    public IReadOnlyList<NameFeature> NameFeatures { get; }

    /// <summary>Gets the numeric profile of <paramref name="column"/>.</summary>
    /// <param name="column">A profiled numeric column.</param>
    /// <exception cref="ArgumentException">The column is not a profiled numeric column.</exception>
    public NumericFeatureProfile NumericFeature(string column) =>
        Numeric.FirstOrDefault(n => n.Column == column)
        ?? throw new ArgumentException(
            $"Column '{column}' is not a profiled numeric column; they are {Quote(Numeric.Select(n => n.Column))}.", nameof(column));

    /// <summary>Gets the categorical profile of <paramref name="column"/>.</summary>
    /// <param name="column">A profiled categorical column.</param>
    /// <exception cref="ArgumentException">The column is not a profiled categorical column.</exception>
    public CategoricalFeatureProfile CategoricalFeature(string column) =>
        Categorical.FirstOrDefault(c => c.Column == column)
        ?? throw new ArgumentException(
            $"Column '{column}' is not a profiled categorical column; they are {Quote(Categorical.Select(c => c.Column))}.", nameof(column));

    /// <summary>Returns a copy with another name.</summary>
    /// <param name="name">The new name.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    public SegmentProfile WithName(string name) =>
        new(Id, Guard.NotNullOrWhiteSpace(name), Size, Share, Numeric, Categorical, DistinguishingFeatures, NameFeatures);

    /// <summary>
    /// Returns the one-line summary, e.g. "High income, low spending: 39 customers, 20%" (invariant culture, share
    /// rounded to a whole percent).
    /// </summary>
    /// <returns>The summary line.</returns>
    public string ToSummaryLine() =>
        string.Create(CultureInfo.InvariantCulture, $"{Name}: {Size} {(Size == 1 ? "customer" : "customers")}, {ProfileFormat.Percent(Share)}");

    /// <inheritdoc />
    public override string ToString() => ToSummaryLine();

    private static string Quote(IEnumerable<string> names)
    {
        var quoted = string.Join(", ", names.Select(n => $"'{n}'"));
        return quoted.Length == 0 ? "none" : quoted;
    }
}
