namespace Segmentation.Clustering.Streaming;

/// <summary>
/// The messages of <see cref="CsvRowBlockSource"/>, worded as <c>DataFrame.LoadCsv</c>'s: each names the file, the
/// line (1-based, counting the header and blank lines), the zero-based data row index, the column and the value.
/// </summary>
internal static class StreamingCsvErrors
{
    public static string Location(string source, long line, long row) => $"{source} line {line} (row index {row})";

    public static SegmentationDataException Empty(string source) =>
        new($"{source} is empty: it has no header and no data rows.", null, null, null);

    public static SegmentationDataException NoDataRows(string source) =>
        new($"{source} has a header but no data rows.", null, null, null);

    public static SegmentationDataException EmptyHeaderName(string source, int position) =>
        new($"{source} header has an empty name for column {position} (counting from 1); every column needs a name.", null, null, null);

    public static SegmentationDataException DuplicateHeaderName(string source, string name, int first, int second) =>
        new($"{source} header names column '{name}' twice (columns {first} and {second}, counting from 1); column names must be unique.", name, null, null);

    public static SegmentationDataException Ragged(string source, long line, long row, int fieldCount, int expected) =>
        new($"{Location(source, line, row)} has {fieldCount} fields but the header has {expected}.", null, RowIndex(row), null);

    public static SegmentationDataException UnclosedQuote(string source, long line, long row) =>
        new($"{Location(source, line, row)} opens a quoted field that is not closed before the end of the input.", null, RowIndex(row), null);

    public static SegmentationDataException UnclosedQuoteInHeader(string source, long line) =>
        new($"{source} line {line} (header) opens a quoted field that is not closed before the end of the input.", null, null, null);

    public static SegmentationDataException Missing(string source, long line, long row, string column, string value) =>
        new($"{Location(source, line, row)}, column '{column}': value '{value}' is missing; out-of-core clustering needs a finite number in every feature column, so drop or fill such rows first.", column, RowIndex(row), value);

    public static SegmentationDataException NotANumber(string source, long line, long row, string column, string value) =>
        new($"{Location(source, line, row)}, column '{column}': value '{value}' is not a number.", column, RowIndex(row), value);

    public static SegmentationDataException NotFinite(string source, long line, long row, string column, string value) =>
        new($"{Location(source, line, row)}, column '{column}': value '{value}' is not a finite number.", column, RowIndex(row), value);

    public static SegmentationDataException NotGzip(string source, Exception error) =>
        new($"{source} is not valid gzip data: {error.Message}", error);

    /// <summary>The exception's RowIndex is an int; a row past int.MaxValue is named in the message only.</summary>
    private static int? RowIndex(long row) => row <= int.MaxValue ? (int)row : null;
}
