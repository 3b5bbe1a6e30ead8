using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Segmentation.Profiling;

/// <summary>The Markdown, CSV, JSON and text renderings of <see cref="SegmentProfileSet"/>.</summary>
internal static class SegmentProfileRendering
{
    private static readonly string[] CsvHeader =
    [
        "SegmentId", "SegmentName", "Size", "Share", "Column", "Level", "Count", "MissingCount", "Mean", "StandardDeviation",
        "Minimum", "LowerQuartile", "Median", "UpperQuartile", "Maximum", "PopulationMean", "Difference", "Ratio", "EffectSize",
        "LevelShare", "PopulationLevelShare", "Lift",
    ];

    public static string Markdown(SegmentProfileSet set)
    {
        var (header, rows, population) = WideTable(set);
        var builder = new StringBuilder();
        builder.Append("| ").AppendJoin(" | ", header.Select(EscapeMarkdown)).Append(" |\n");
        builder.Append('|').AppendJoin('|', header.Select((_, i) => i == 1 ? " --- " : " ---: ")).Append("|\n");
        foreach (var row in rows.Append(population))
        {
            builder.Append("| ").AppendJoin(" | ", row.Select(EscapeMarkdown)).Append(" |\n");
        }

        return builder.ToString();
    }

    public static string Text(SegmentProfileSet set, int maximumContrasts)
    {
        var (header, rows, population) = WideTable(set);
        var all = new List<string[]> { header };
        all.AddRange(rows);
        all.Add(population);
        var widths = header.Select((_, c) => all.Max(r => r[c].Length)).ToArray();
        var builder = new StringBuilder();
        foreach (var row in all)
        {
            var cells = row.Select((cell, c) => c == 1 ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]));
            builder.AppendJoin("  ", cells).Append('\n');
            if (ReferenceEquals(row, header))
            {
                builder.AppendJoin("  ", widths.Select(w => new string('-', w))).Append('\n');
            }
        }

        if (maximumContrasts > 0)
        {
            foreach (var profile in set.Where(p => !p.IsEmpty))
            {
                builder.Append('\n').Append(profile.ToSummaryLine()).Append('\n');
                foreach (var feature in profile.DistinguishingFeatures.Take(maximumContrasts))
                {
                    builder.Append("  ").Append(feature).Append('\n');
                }
            }
        }

        return builder.ToString();
    }

    public static string Csv(SegmentProfileSet set)
    {
        var builder = new StringBuilder();
        builder.AppendJoin(',', CsvHeader).Append('\n');
        foreach (var profile in set)
        {
            var lead = new[]
            {
                Invariant(profile.Id), CsvField(profile.Name), Invariant(profile.Size), ProfileFormat.Exact(profile.Share),
            };
            foreach (var feature in profile.Numeric)
            {
                var s = feature.Segment;
                AppendCsvRow(builder, lead,
                [
                    CsvField(feature.Column), string.Empty, Invariant(s.Count), Invariant(s.MissingCount),
                    ProfileFormat.Exact(s.Mean), ProfileFormat.Exact(s.StandardDeviation), ProfileFormat.Exact(s.Minimum),
                    ProfileFormat.Exact(s.LowerQuartile), ProfileFormat.Exact(s.Median), ProfileFormat.Exact(s.UpperQuartile),
                    ProfileFormat.Exact(s.Maximum), ProfileFormat.Exact(feature.Population.Mean), ProfileFormat.Exact(feature.Difference),
                    ProfileFormat.Exact(feature.Ratio), ProfileFormat.Exact(feature.EffectSize), string.Empty, string.Empty, string.Empty,
                ]);
            }

            foreach (var feature in profile.Categorical)
            {
                foreach (var level in feature.Levels)
                {
                    AppendCsvRow(builder, lead,
                    [
                        CsvField(feature.Column), CsvField(level.Level), Invariant(level.Count), Invariant(feature.MissingCount),
                        string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty,
                        string.Empty, ProfileFormat.Exact(level.Difference), string.Empty, ProfileFormat.Exact(level.EffectSize),
                        ProfileFormat.Exact(level.Share), ProfileFormat.Exact(level.PopulationShare), ProfileFormat.Exact(level.Lift),
                    ]);
                }
            }
        }

        return builder.ToString();
    }

    /// <remarks>Relaxed escaping keeps "Can't" and "£" readable; the output is data, not HTML.</remarks>
    public static string Json(SegmentProfileSet set, bool indented)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("rowCount", set.RowCount);
            writer.WriteStartArray("segments");
            foreach (var profile in set)
            {
                WriteProfile(writer, profile);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteProfile(Utf8JsonWriter writer, SegmentProfile profile)
    {
        writer.WriteStartObject();
        writer.WriteNumber("id", profile.Id);
        writer.WriteString("name", profile.Name);
        writer.WriteNumber("size", profile.Size);
        WriteNumber(writer, "share", profile.Share);
        writer.WriteStartArray("nameFeatures");
        foreach (var feature in profile.NameFeatures)
        {
            writer.WriteStartObject();
            writer.WriteString("column", feature.Column);
            writer.WriteString("noun", feature.Noun);
            writer.WriteString("level", feature.Level.ToString());
            WriteNumber(writer, "effectSize", feature.EffectSize);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("distinguishingFeatures");
        foreach (var feature in profile.DistinguishingFeatures)
        {
            writer.WriteStartObject();
            writer.WriteString("column", feature.Column);
            writer.WriteString("kind", feature.Kind.ToString());
            if (feature.Level is null)
            {
                writer.WriteNull("level");
            }
            else
            {
                writer.WriteString("level", feature.Level);
            }

            WriteNumber(writer, "effectSize", feature.EffectSize);
            WriteNumber(writer, "segmentValue", feature.SegmentValue);
            WriteNumber(writer, "populationValue", feature.PopulationValue);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("numeric");
        foreach (var feature in profile.Numeric)
        {
            writer.WriteStartObject();
            writer.WriteString("column", feature.Column);
            WriteSummary(writer, "segment", feature.Segment);
            WriteSummary(writer, "population", feature.Population);
            WriteNumber(writer, "difference", feature.Difference);
            WriteNumber(writer, "ratio", feature.Ratio);
            WriteNumber(writer, "effectSize", feature.EffectSize);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("categorical");
        foreach (var feature in profile.Categorical)
        {
            writer.WriteStartObject();
            writer.WriteString("column", feature.Column);
            writer.WriteNumber("count", feature.Count);
            writer.WriteNumber("missingCount", feature.MissingCount);
            writer.WriteStartArray("levels");
            foreach (var level in feature.Levels)
            {
                writer.WriteStartObject();
                writer.WriteString("level", level.Level);
                writer.WriteNumber("count", level.Count);
                WriteNumber(writer, "share", level.Share);
                writer.WriteNumber("populationCount", level.PopulationCount);
                WriteNumber(writer, "populationShare", level.PopulationShare);
                WriteNumber(writer, "difference", level.Difference);
                WriteNumber(writer, "lift", level.Lift);
                WriteNumber(writer, "effectSize", level.EffectSize);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteSummary(Utf8JsonWriter writer, string name, NumericSummary summary)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("count", summary.Count);
        writer.WriteNumber("missingCount", summary.MissingCount);
        WriteNumber(writer, "mean", summary.Mean);
        WriteNumber(writer, "standardDeviation", summary.StandardDeviation);
        WriteNumber(writer, "minimum", summary.Minimum);
        WriteNumber(writer, "lowerQuartile", summary.LowerQuartile);
        WriteNumber(writer, "median", summary.Median);
        WriteNumber(writer, "upperQuartile", summary.UpperQuartile);
        WriteNumber(writer, "maximum", summary.Maximum);
        WriteNumber(writer, "sum", summary.Sum);
        writer.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter writer, string name, double value)
    {
        if (double.IsFinite(value))
        {
            writer.WriteNumber(name, value);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>Header, segment rows and population row shared by the Markdown and text tables.</summary>
    private static (string[] Header, List<string[]> Rows, string[] Population) WideTable(SegmentProfileSet set)
    {
        var first = set[0];
        var numericColumns = first.Numeric.Select(n => n.Column).ToArray();
        var categoricalColumns = first.Categorical.Select(c => c.Column).ToArray();
        var header = new List<string> { "Id", "Segment", "Size", "Share" };
        header.AddRange(numericColumns.Select(c => $"{c} mean"));
        header.AddRange(categoricalColumns.Select(c => $"{c} (top level)"));

        var rows = new List<string[]>();
        foreach (var profile in set)
        {
            var row = new List<string> { Invariant(profile.Id), profile.Name, Invariant(profile.Size), ProfileFormat.PercentOneDecimal(profile.Share) };
            row.AddRange(profile.Numeric.Select(n => ProfileFormat.Number(n.Segment.Mean)));
            row.AddRange(profile.Categorical.Select(c => c.Levels.Count == 0 || profile.IsEmpty
                ? "-"
                : $"{c.Levels[0].Level} {ProfileFormat.Percent(c.Levels[0].Share)}"));
            rows.Add(row.ToArray());
        }

        var population = new List<string> { string.Empty, "All customers", Invariant(set.RowCount), "100.0%" };
        population.AddRange(first.Numeric.Select(n => ProfileFormat.Number(n.Population.Mean)));
        population.AddRange(first.Categorical.Select(c =>
        {
            var top = c.Levels.OrderByDescending(l => l.PopulationShare).ThenBy(l => l.Level, StringComparer.Ordinal).FirstOrDefault();
            return top is null ? "-" : $"{top.Level} {ProfileFormat.Percent(top.PopulationShare)}";
        }));
        return (header.ToArray(), rows, population.ToArray());
    }

    private static void AppendCsvRow(StringBuilder builder, string[] lead, string[] rest) =>
        builder.AppendJoin(',', lead).Append(',').AppendJoin(',', rest).Append('\n');

    private static string CsvField(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;

    private static string EscapeMarkdown(string value) => value.Replace("|", "\\|", StringComparison.Ordinal);

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
