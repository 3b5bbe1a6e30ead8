using System.Globalization;
using Segmentation.Data;

namespace Segmentation.Profiling;

/// <summary>Running recency, frequency and monetary totals per customer, then the scored table.</summary>
internal sealed class CustomerAccumulator
{
    private readonly DataFrameColumn _idColumn;
    private readonly NumericColumn? _numericIds;
    private readonly Dictionary<string, int> _indexByKey = new(StringComparer.Ordinal);
    private readonly List<Customer> _customers = [];

    public CustomerAccumulator(DataFrameColumn idColumn)
    {
        _idColumn = idColumn;
        _numericIds = idColumn as NumericColumn;
    }

    public void Add(int row, string invoice, DateTime date, double amount, bool isCancellation)
    {
        var key = _idColumn.FormatValue(row);
        if (!_indexByKey.TryGetValue(key, out var index))
        {
            index = _customers.Count;
            _indexByKey.Add(key, index);
            _customers.Add(new Customer(key, _numericIds?[row] ?? double.NaN));
        }

        var customer = _customers[index];
        customer.Monetary += amount;
        customer.RowCount++;
        if (!isCancellation)
        {
            customer.Invoices.Add(invoice);
            if (customer.LastPurchase is not { } last || date > last)
            {
                customer.LastPurchase = date;
                customer.LastPurchaseRow = row;
            }
        }
    }

    public RfmTable ToTable(DateTime asOf, RfmBuilder.RfmCounts counts, string dateColumn)
    {
        var buyers = _customers.Where(c => c.LastPurchase is not null).ToList();
        var withoutPurchases = _customers.Count - buyers.Count;
        if (buyers.Count == 0)
        {
            Guard.ThrowData(
                $"No customer is left after the RFM rules ({counts.Total} rows: {counts.MissingId} without customer id, {counts.NegativePrice} negative price, {counts.ZeroPrice} price 0, {counts.Cancellations} cancellations).");
        }

        var latest = buyers.MaxBy(c => c.LastPurchase)!;
        if (asOf.Date < latest.LastPurchase!.Value.Date)
        {
            throw new ArgumentOutOfRangeException(
                nameof(RfmOptions.AsOfDate),
                asOf,
                string.Create(CultureInfo.InvariantCulture, $"AsOfDate={asOf:yyyy-MM-dd} is before the last purchase, {latest.LastPurchase:yyyy-MM-dd HH:mm:ss} in column '{dateColumn}' row {latest.LastPurchaseRow}; recency would be negative. Use a date on or after it, or filter the transactions first."));
        }

        if (_numericIds is not null)
        {
            buyers.Sort((a, b) => a.NumericId.CompareTo(b.NumericId));
        }
        else
        {
            buyers.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        }

        var n = buyers.Count;
        var recency = new double[n];
        var frequency = new double[n];
        var monetary = new double[n];
        var includedRows = counts.Included;
        foreach (var dropped in _customers.Where(c => c.LastPurchase is null))
        {
            includedRows -= dropped.RowCount;
        }

        for (var i = 0; i < n; i++)
        {
            recency[i] = (asOf.Date - buyers[i].LastPurchase!.Value.Date).Days;
            frequency[i] = buyers[i].Invoices.Count;
            monetary[i] = buyers[i].Monetary;
        }

        var recencyBins = RfmScoring.Quantiles(recency, Defaults.RfmScoreLevels);
        var frequencyScores = RfmScoring.Quantiles(frequency, Defaults.RfmScoreLevels);
        var monetaryScores = RfmScoring.Quantiles(monetary, Defaults.RfmScoreLevels);
        var r = new double[n];
        var f = new double[n];
        var m = new double[n];
        var scores = new string?[n];
        var names = new string?[n];
        var segments = new RfmSegment[n];
        for (var i = 0; i < n; i++)
        {
            var recencyScore = Defaults.RfmScoreLevels + 1 - recencyBins[i];
            r[i] = recencyScore;
            f[i] = frequencyScores[i];
            m[i] = monetaryScores[i];
            scores[i] = string.Create(CultureInfo.InvariantCulture, $"{recencyScore}{frequencyScores[i]}{monetaryScores[i]}");
            segments[i] = RfmSegments.Classify(recencyScore, frequencyScores[i], monetaryScores[i]);
            names[i] = RfmSegments.DisplayName(segments[i]);
        }

        DataFrameColumn ids = _numericIds is not null
            ? NumericColumn.Wrap(RfmTable.CustomerIdColumn, buyers.Select(c => c.NumericId).ToArray())
            : CategoricalColumn.Wrap(RfmTable.CustomerIdColumn, buyers.Select(c => (string?)c.Key).ToArray());
        var frame = new DataFrame(
            ids,
            NumericColumn.Wrap(RfmTable.RecencyColumn, recency),
            NumericColumn.Wrap(RfmTable.FrequencyColumn, frequency),
            NumericColumn.Wrap(RfmTable.MonetaryColumn, monetary),
            NumericColumn.Wrap(RfmTable.RecencyScoreColumn, r),
            NumericColumn.Wrap(RfmTable.FrequencyScoreColumn, f),
            NumericColumn.Wrap(RfmTable.MonetaryScoreColumn, m),
            CategoricalColumn.Wrap(RfmTable.ScoreColumn, scores),
            CategoricalColumn.Wrap(RfmTable.SegmentColumn, names));
        var report = new RfmReport(
            counts.Total, counts.MissingId, counts.NegativePrice, counts.ZeroPrice, counts.Cancellations, counts.Handling,
            includedRows, n, withoutPurchases, asOf);
        return new RfmTable(frame, report, segments);
    }

    private sealed class Customer(string key, double numericId)
    {
        public string Key { get; } = key;

        public double NumericId { get; } = numericId;

        public HashSet<string> Invoices { get; } = new(StringComparer.Ordinal);

        public double Monetary { get; set; }

        public DateTime? LastPurchase { get; set; }

        public int LastPurchaseRow { get; set; } = -1;

        public int RowCount { get; set; }
    }
}
