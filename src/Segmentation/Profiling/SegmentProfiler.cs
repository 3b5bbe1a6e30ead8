using Segmentation.Data;

namespace Segmentation.Profiling;

/// <summary>
/// Describes each segment of a labelled frame in the frame's own units and names it in a marketer's words.
/// </summary>
/// <remarks>
/// <para>
/// Every numeric and categorical column is profiled except <see cref="SegmentProfilerOptions.ExcludedColumns"/>
/// (date columns are not profiled); missing values are skipped column by column. Labels must be 0..k-1;
/// a label in that range that no row carries is reported as an empty segment (size 0, statistics
/// <see cref="double.NaN"/>, name "Empty segment {id}") rather than renumbered, so segment ids stay equal to the
/// model's cluster ids.
/// </para>
/// <para>
/// Naming rule. For each segment the naming columns (<see cref="SegmentProfilerOptions.NamingColumns"/>, by default
/// every profiled numeric column) are ranked by |effect size| (segment mean minus population mean over the
/// population standard deviation, see <see cref="NumericFeatureProfile.EffectSize"/>, or the same on percentile
/// ranks under <see cref="SegmentProfilerOptions.NamingScale"/> = <see cref="NamingScale.Rank"/>); the first
/// <see cref="SegmentProfilerOptions.NamingFeatureCount"/> (2) are each called "high" when the effect is at least
/// +<see cref="SegmentProfilerOptions.NamingEffectThreshold"/> (0.5), "low" when at most -0.5, else "average", with
/// the column's noun and phrase from <see cref="FeatureNouns"/> ("many children", "recent" for low recency). The phrases are written in naming-column order, so that all
/// segments read alike, and the first letter is capitalised: "High income, low spending"; a segment average on
/// both reads "Average income, average spending". Names are made unique (ignoring case): while two segments share
/// a name, each of them that has another naming column adds its next strongest one ("High income, low spending,
/// high age"); if names still collide, the second and later (by id) get " (2)", " (3)", ... appended. A frame without
/// naming columns gives "Segment {id}". Rename with <see cref="SegmentProfile.WithName"/> or
/// <see cref="SegmentProfileSet.WithName"/>.
/// </para>
/// </remarks>
public static class SegmentProfiler
{
    /// <summary>Profiles and names every segment.</summary>
    /// <param name="frame">The customers in original units (not the scaled features).</param>
    /// <param name="labels">One segment id per row, each in 0..k-1.</param>
    /// <param name="options">Options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The profiles, one per segment id 0..k-1.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="frame"/> or <paramref name="labels"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The number of labels differs from the number of rows, or the frame has no rows.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A label is negative or not below <see cref="SegmentProfilerOptions.SegmentCount"/>, or an option is out of range.</exception>
    /// <exception cref="ColumnNotFoundException">An excluded or naming column does not exist.</exception>
    /// <exception cref="SegmentationDataException">A naming column is not numeric.</exception>
    public static SegmentProfileSet Profile(DataFrame frame, IReadOnlyList<int> labels, SegmentProfilerOptions? options = null)
    {
        Guard.NotNull(frame);
        Guard.NotNull(labels);
        options ??= new SegmentProfilerOptions();
        options.Validate();

        var rowCount = frame.Rows.Count;
        if (labels.Count != rowCount)
        {
            throw new ArgumentException(
                $"labels has {labels.Count} entries but the frame has {rowCount} rows; give one label per row.", nameof(labels));
        }

        if (rowCount == 0)
        {
            throw new ArgumentException("The frame has no rows; there is nothing to profile.", nameof(frame));
        }

        var segmentCount = CountSegments(labels, options.SegmentCount);
        var rowsBySegment = GroupRows(labels, segmentCount);

        var excluded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in options.ExcludedColumns)
        {
            excluded.Add(frame.Columns[name].Name);
        }

        var numericColumns = frame.Columns.OfType<NumericColumn>().Where(c => !excluded.Contains(c.Name)).ToArray();
        var categoricalColumns = frame.Columns.OfType<CategoricalColumn>().Where(c => !excluded.Contains(c.Name)).ToArray();
        var namingColumns = NamingColumns(frame, options, excluded, numericColumns);

        var numericBySegment = ProfileNumeric(numericColumns, rowsBySegment);
        var categoricalBySegment = ProfileCategorical(categoricalColumns, rowsBySegment, labels);

        var displayNames = new Dictionary<string, string>(options.DisplayNames, StringComparer.Ordinal);
        var nameFeatures = new IReadOnlyList<NameFeature>[segmentCount];
        for (var segment = 0; segment < segmentCount; segment++)
        {
            nameFeatures[segment] = rowsBySegment[segment].Length == 0
                ? []
                : SegmentNamer.RankedNameFeatures(numericBySegment[segment], namingColumns, displayNames, options.NamingEffectThreshold, options.NamingScale);
        }

        var names = SegmentNamer.UniqueNames(nameFeatures, rowsBySegment.Select(r => r.Length).ToArray(), options.NamingFeatureCount, namingColumns, out var used);

        var profiles = new SegmentProfile[segmentCount];
        for (var segment = 0; segment < segmentCount; segment++)
        {
            var size = rowsBySegment[segment].Length;
            profiles[segment] = new SegmentProfile(
                segment,
                names[segment],
                size,
                (double)size / rowCount,
                numericBySegment[segment],
                categoricalBySegment[segment],
                Distinguishing(numericBySegment[segment], categoricalBySegment[segment], size),
                used[segment]);
        }

        var kinds = frame.Columns.ToDictionary(c => c.Name, c => excluded.Contains(c.Name) ? (ColumnKind?)null : c.Kind, StringComparer.Ordinal);
        return new SegmentProfileSet(profiles, rowCount, kinds);
    }

    private static int CountSegments(IReadOnlyList<int> labels, int? segmentCount)
    {
        var maximum = -1;
        for (var row = 0; row < labels.Count; row++)
        {
            var label = labels[row];
            if (label < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(labels), label, $"labels[{row}]={label} must be >= 0.");
            }

            if (segmentCount is { } count && label >= count)
            {
                throw new ArgumentOutOfRangeException(nameof(labels), label, $"labels[{row}]={label} must be < SegmentCount={count}.");
            }

            maximum = Math.Max(maximum, label);
        }

        return segmentCount ?? (maximum + 1);
    }

    private static int[][] GroupRows(IReadOnlyList<int> labels, int segmentCount)
    {
        var sizes = new int[segmentCount];
        foreach (var label in labels)
        {
            sizes[label]++;
        }

        var rows = new int[segmentCount][];
        for (var segment = 0; segment < segmentCount; segment++)
        {
            rows[segment] = new int[sizes[segment]];
        }

        var filled = new int[segmentCount];
        for (var row = 0; row < labels.Count; row++)
        {
            var label = labels[row];
            rows[label][filled[label]++] = row;
        }

        return rows;
    }

    private static string[] NamingColumns(DataFrame frame, SegmentProfilerOptions options, HashSet<string> excluded, NumericColumn[] numericColumns)
    {
        if (options.NamingColumns is null)
        {
            return numericColumns.Select(c => c.Name).ToArray();
        }

        foreach (var name in options.NamingColumns)
        {
            _ = frame.Columns.GetNumeric(name);
            if (excluded.Contains(name))
            {
                throw new ArgumentException($"Naming column '{name}' is also in ExcludedColumns; a name cannot use a column that is not profiled.", nameof(options));
            }
        }

        return options.NamingColumns.Distinct(StringComparer.Ordinal).ToArray();
    }

    private static NumericFeatureProfile[][] ProfileNumeric(NumericColumn[] columns, int[][] rowsBySegment)
    {
        var result = new NumericFeatureProfile[rowsBySegment.Length][];
        for (var segment = 0; segment < result.Length; segment++)
        {
            result[segment] = new NumericFeatureProfile[columns.Length];
        }

        for (var c = 0; c < columns.Length; c++)
        {
            var values = columns[c].Values;
            var population = NumericSummary.Of(values);
            var percentiles = PercentileRanks(values, out var percentileMean, out var percentileSpread);
            for (var segment = 0; segment < rowsBySegment.Length; segment++)
            {
                var rows = rowsBySegment[segment];
                var present = new double[rows.Length];
                var count = 0;
                foreach (var row in rows)
                {
                    var value = values[row];
                    if (!double.IsNaN(value))
                    {
                        present[count++] = value;
                    }
                }

                var rankSum = 0.0;
                foreach (var row in rows)
                {
                    if (!double.IsNaN(values[row]))
                    {
                        rankSum += percentiles[row];
                    }
                }

                var rankEffect = count == 0 || double.IsNaN(percentileSpread) ? double.NaN
                    : percentileSpread == 0 ? 0
                    : ((rankSum / count) - percentileMean) / percentileSpread;
                var summary = NumericSummary.FromPresent(present.AsSpan(0, count), rows.Length - count);
                result[segment][c] = new NumericFeatureProfile(columns[c].Name, summary, population, rankEffect);
            }
        }

        return result;
    }

    /// <summary>
    /// (mid-rank - 0.5) / n of every non-missing value (NaN where missing), with their mean and population standard
    /// deviation over the non-missing values.
    /// </summary>
    private static double[] PercentileRanks(ReadOnlySpan<double> values, out double mean, out double spread)
    {
        var order = new List<int>(values.Length);
        for (var row = 0; row < values.Length; row++)
        {
            if (!double.IsNaN(values[row]))
            {
                order.Add(row);
            }
        }

        var percentiles = new double[values.Length];
        percentiles.AsSpan().Fill(double.NaN);
        var n = order.Count;
        mean = spread = double.NaN;
        if (n == 0)
        {
            return percentiles;
        }

        var keys = new double[n];
        var rows = order.ToArray();
        for (var i = 0; i < n; i++)
        {
            keys[i] = values[rows[i]];
        }

        Array.Sort(keys, rows);
        for (var start = 0; start < n;)
        {
            var end = start + 1;
            while (end < n && keys[end] == keys[start])
            {
                end++;
            }

            // Positions start..end-1 hold ranks start+1..end; their average is (start + end + 1) / 2.
            var percentile = (((start + end + 1) / 2.0) - 0.5) / n;
            for (var i = start; i < end; i++)
            {
                percentiles[rows[i]] = percentile;
            }

            start = end;
        }

        var sum = 0.0;
        foreach (var row in rows)
        {
            sum += percentiles[row];
        }

        mean = sum / n;
        var squares = 0.0;
        foreach (var row in rows)
        {
            var deviation = percentiles[row] - mean;
            squares += deviation * deviation;
        }

        spread = Math.Sqrt(squares / n);
        return percentiles;
    }

    private static CategoricalFeatureProfile[][] ProfileCategorical(CategoricalColumn[] columns, int[][] rowsBySegment, IReadOnlyList<int> labels)
    {
        var segmentCount = rowsBySegment.Length;
        var result = new CategoricalFeatureProfile[segmentCount][];
        for (var segment = 0; segment < segmentCount; segment++)
        {
            result[segment] = new CategoricalFeatureProfile[columns.Length];
        }

        for (var c = 0; c < columns.Length; c++)
        {
            var column = columns[c];
            var levels = column.Categories;
            var levelIndex = new Dictionary<string, int>(levels.Count, StringComparer.Ordinal);
            for (var i = 0; i < levels.Count; i++)
            {
                levelIndex[levels[i]] = i;
            }

            var counts = new int[segmentCount, levels.Count];
            var present = new int[segmentCount];
            var populationCounts = new int[levels.Count];
            for (var row = 0; row < column.Length; row++)
            {
                if (column[row] is { } value)
                {
                    var level = levelIndex[value];
                    counts[labels[row], level]++;
                    populationCounts[level]++;
                    present[labels[row]]++;
                }
            }

            var populationPresent = populationCounts.Sum();
            for (var segment = 0; segment < segmentCount; segment++)
            {
                var shares = new CategoryShare[levels.Count];
                for (var level = 0; level < levels.Count; level++)
                {
                    shares[level] = new CategoryShare(
                        levels[level],
                        counts[segment, level],
                        present[segment] == 0 ? double.NaN : (double)counts[segment, level] / present[segment],
                        populationCounts[level],
                        (double)populationCounts[level] / populationPresent);
                }

                var ordered = shares
                    .OrderByDescending(s => double.IsNaN(s.Share) ? s.PopulationShare : s.Share)
                    .ThenBy(s => s.Level, StringComparer.Ordinal)
                    .ToArray();
                result[segment][c] = new CategoricalFeatureProfile(
                    column.Name, present[segment], rowsBySegment[segment].Length - present[segment], ordered);
            }
        }

        return result;
    }

    private static DistinguishingFeature[] Distinguishing(NumericFeatureProfile[] numeric, CategoricalFeatureProfile[] categorical, int size)
    {
        if (size == 0)
        {
            return [];
        }

        var features = new List<DistinguishingFeature>();
        foreach (var feature in numeric)
        {
            if (!double.IsNaN(feature.EffectSize))
            {
                features.Add(new DistinguishingFeature(
                    feature.Column, ColumnKind.Numeric, null, feature.EffectSize, feature.Segment.Mean, feature.Population.Mean));
            }
        }

        foreach (var feature in categorical)
        {
            if (feature.MostDistinctive is { } level && !double.IsNaN(level.EffectSize))
            {
                features.Add(new DistinguishingFeature(
                    feature.Column, ColumnKind.Categorical, level.Level, level.EffectSize, level.Share, level.PopulationShare));
            }
        }

        // OrderByDescending is stable, so ties keep frame order (numeric columns first).
        return features.OrderByDescending(f => Math.Abs(f.EffectSize)).ToArray();
    }
}
