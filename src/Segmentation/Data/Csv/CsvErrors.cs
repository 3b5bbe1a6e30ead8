namespace Segmentation.Data.Csv;

/// <summary>
/// The CSV loader's error messages, in one place so that they read alike: each names the input, the line
/// (1-based, counting the header and blank lines, where the record starts), the zero-based data row index
/// (the index into the loaded frame), the column and the value.
/// </summary>
internal static class CsvErrors
{
    public static string Location(string source, int line, int row) => $"{source} line {line} (row index {row})";

    public static SegmentationDataException Empty(string source) =>
        new($"{source} is empty: it has no header and no data rows.", null, null, null);

    public static SegmentationDataException NoDataRows(string source) =>
        new($"{source} has a header but no data rows. Set CsvLoadOptions.AllowNoDataRows to load it as a frame with no rows.", null, null, null);

    public static SegmentationDataException EmptyHeaderName(string source, int position) =>
        new($"{source} header has an empty name for column {position} (counting from 1); every column needs a name.", null, null, null);

    public static SegmentationDataException DuplicateHeaderName(string source, string name, int first, int second) =>
        new($"{source} header names column '{name}' twice (columns {first} and {second}, counting from 1); column names must be unique.", name, null, null);

    public static SegmentationDataException Ragged(string source, int line, int row, int fieldCount, int expected, bool hasHeader) =>
        new($"{Location(source, line, row)} has {fieldCount} fields but the {(hasHeader ? "header" : "first row")} has {expected}.", null, row, null);

    public static SegmentationDataException UnclosedQuote(string source, int line, int row) =>
        new($"{Location(source, line, row)} opens a quoted field that is not closed before the end of the input.", null, row, null);

    public static SegmentationDataException UnclosedQuoteInHeader(string source, int line) =>
        new($"{source} line {line} (header) opens a quoted field that is not closed before the end of the input.", null, null, null);

    public static SegmentationDataException InvalidBytesInHeader(string source, int line, int position, string name) =>
        new($"{source} line {line} (header), column {position}: name '{name}' holds bytes that are not valid UTF-8. Set CsvLoadOptions.Encoding to the file's encoding (for example Encoding.Latin1).", name, null, name);

    public static SegmentationDataException InvalidBytes(string source, int line, int row, string column, string value) =>
        new($"{Location(source, line, row)}, column '{column}': value '{value}' holds bytes that are not valid UTF-8. Set CsvLoadOptions.Encoding to the file's encoding (for example Encoding.Latin1).", column, row, value);

    public static SegmentationDataException NotANumber(string source, int line, int row, string column, string value) =>
        new($"{Location(source, line, row)}, column '{column}': value '{value}' is not a number; the column's type was given as Numeric.", column, row, value);

    public static SegmentationDataException NotFinite(string source, int line, int row, string column, string value) =>
        new($"{Location(source, line, row)}, column '{column}': value '{value}' is not a finite number. Add it to CsvLoadOptions.MissingValueTokens to read it as missing, or give the column type Categorical.", column, row, value);

    public static SegmentationDataException NotADate(string source, int line, int row, string column, string value, IEnumerable<string> formats) =>
        new($"{Location(source, line, row)}, column '{column}': value '{value}' is not a date in the formats '{string.Join("', '", formats)}'; the column's type was given as Date. Add its format to CsvLoadOptions.DateFormats.", column, row, value);
}
