using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Segmentation.Data.Csv;

/// <summary>
/// Writes a frame as CSV text that <see cref="DataFrame.LoadCsv(string, CsvLoadOptions?)"/> reads back to the same
/// values: numbers in the invariant culture's shortest round-trip form, dates as ISO 8601 (with a fraction of a second
/// only when there is one), missing values as empty fields, quotes only where a field needs them.
/// </summary>
internal static class CsvTableWriter
{
    private const string DateWithFraction = "yyyy-MM-dd HH:mm:ss.FFFFFFF";

    public static void Write(DataFrame frame, TextWriter writer, CsvSaveOptions options)
    {
        if (options.Separator is '"' or '\r' or '\n')
        {
            throw new ArgumentException($"Separator='{options.Separator}' cannot be a quote or a line break.", nameof(options));
        }

        Guard.NotNull(options.NewLine);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = options.Separator.ToString(),
            NewLine = options.NewLine,
            ShouldQuote = args => NeedsQuotes(args.Field, options.Separator),
        };

        using var csv = new CsvWriter(writer, configuration, leaveOpen: true);
        if (options.IncludeHeader)
        {
            foreach (var column in frame.Columns)
            {
                csv.WriteField(column.Name);
            }

            csv.NextRecord();
        }

        for (var row = 0; row < frame.Rows.Count; row++)
        {
            foreach (var column in frame.Columns)
            {
                csv.WriteField(Format(column, row));
            }

            csv.NextRecord();
        }

        csv.Flush();
    }

    /// <summary>
    /// Quotes a field holding the separator, a quote or any line-break character (a lone '\r' too, which CsvHelper
    /// leaves bare when the line end is "\n"), or white space at either end (which a reader might trim).
    /// </summary>
    private static bool NeedsQuotes(string? field, char separator) =>
        field is { Length: > 0 }
        && (field.AsSpan().IndexOfAny('"', '\r', '\n') >= 0
            || field.Contains(separator, StringComparison.Ordinal)
            || char.IsWhiteSpace(field[0])
            || char.IsWhiteSpace(field[^1]));

    private static string Format(DataFrameColumn column, int row) =>
        column is DateColumn dates && dates[row] is { } date && date.Ticks % TimeSpan.TicksPerSecond != 0
            ? date.ToString(DateWithFraction, CultureInfo.InvariantCulture)
            : column.FormatValue(row);
}
