using Segmentation.Data.Csv;

namespace Segmentation.Data;

public sealed partial class DataFrame
{
    private const string StreamSource = "CSV input";

    /// <summary>
    /// Loads a CSV file: the separator detected (comma, tab or semicolon), a byte order mark honoured, quoted fields,
    /// CRLF or LF line ends, blank and NA cells read as missing, header names kept exactly, and each column typed
    /// from all of its values with the invariant culture (numeric, date or categorical). A path ending in <c>.gz</c>
    /// or a file starting with the gzip signature is decompressed while it is read.
    /// </summary>
    /// <param name="path">The file to read.</param>
    /// <param name="options">How to read it; <see langword="null"/> for the defaults of <see cref="CsvLoadOptions"/>.</param>
    /// <returns>The table, one row per data record.</returns>
    /// <remarks>
    /// Numbers that are not finite ("Infinity", "1e999") are an error in a numeric column; "NaN" is a missing-value
    /// token. Text with a stray quote inside an unquoted field is kept as written. Dates have
    /// <see cref="DateTimeKind.Unspecified"/>.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="SegmentationDataException">
    /// The file is not valid or is truncated gzip data, is empty, has a header but no rows, a ragged row, an unclosed quote, an empty or duplicate header name,
    /// bytes that are not valid UTF-8, or a value that does not fit its given column type. The message names the
    /// file, line, row index, column and value.
    /// </exception>
    /// <exception cref="ColumnNotFoundException"><see cref="CsvLoadOptions.ColumnTypes"/> names a column the file does not have.</exception>
    public static DataFrame LoadCsv(string path, CsvLoadOptions? options = null)
    {
        Guard.NotNullOrWhiteSpace(path);
        options ??= new CsvLoadOptions();
        using var file = CsvInput.OpenFile(path);
        return Load(file, CsvInput.HasGzipExtension(path), options, $"CSV file '{Path.GetFileName(path)}'");
    }

    /// <summary>
    /// Loads CSV from a stream, with the rules of <see cref="LoadCsv(string, CsvLoadOptions?)"/>. A seekable stream
    /// starting with the gzip signature is decompressed. The stream is left open.
    /// </summary>
    /// <param name="stream">The bytes to read, from the current position.</param>
    /// <param name="options">How to read them; <see langword="null"/> for the defaults of <see cref="CsvLoadOptions"/>.</param>
    /// <returns>The table, one row per data record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="SegmentationDataException">The input is not a well-formed table; see <see cref="LoadCsv(string, CsvLoadOptions?)"/>.</exception>
    /// <exception cref="ColumnNotFoundException"><see cref="CsvLoadOptions.ColumnTypes"/> names a column the input does not have.</exception>
    public static DataFrame LoadCsv(Stream stream, CsvLoadOptions? options = null)
    {
        Guard.NotNull(stream);
        options ??= new CsvLoadOptions();
        return Load(stream, isGzipByName: false, options, StreamSource);
    }

    /// <summary>
    /// Reads CSV text, with the rules of <see cref="LoadCsv(string, CsvLoadOptions?)"/>;
    /// <see cref="CsvLoadOptions.Encoding"/> does not apply since the text is already decoded. The reader is left open.
    /// </summary>
    /// <param name="reader">The text to read.</param>
    /// <param name="options">How to read it; <see langword="null"/> for the defaults of <see cref="CsvLoadOptions"/>.</param>
    /// <returns>The table, one row per data record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    /// <exception cref="SegmentationDataException">The text is not a well-formed table; see <see cref="LoadCsv(string, CsvLoadOptions?)"/>.</exception>
    /// <exception cref="ColumnNotFoundException"><see cref="CsvLoadOptions.ColumnTypes"/> names a column the text does not have.</exception>
    public static DataFrame ReadCsv(TextReader reader, CsvLoadOptions? options = null)
    {
        Guard.NotNull(reader);
        return CsvTableReader.Read(reader, options ?? new CsvLoadOptions(), StreamSource, tracker: null, expectedCharacters: null);
    }

    /// <summary>Reads CSV from a string, with the rules of <see cref="LoadCsv(string, CsvLoadOptions?)"/>.</summary>
    /// <param name="text">The CSV text.</param>
    /// <param name="options">How to read it; <see langword="null"/> for the defaults of <see cref="CsvLoadOptions"/>.</param>
    /// <returns>The table, one row per data record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="SegmentationDataException">The text is not a well-formed table; see <see cref="LoadCsv(string, CsvLoadOptions?)"/>.</exception>
    public static DataFrame ParseCsv(string text, CsvLoadOptions? options = null)
    {
        Guard.NotNull(text);
        using var reader = new StringReader(text);
        return ReadCsv(reader, options);
    }

    private static DataFrame Load(Stream stream, bool isGzipByName, CsvLoadOptions options, string source)
    {
        try
        {
            using var input = CsvInput.Open(stream, isGzipByName, leaveOpen: true, options.Encoding);
            var frame = CsvTableReader.Read(input.Reader, options, source, input.Tracker, input.ExpectedBytes);
            input.VerifyComplete(source);
            return frame;
        }
        catch (InvalidDataException error)
        {
            throw new SegmentationDataException($"{source} is not valid gzip data: {error.Message}", error);
        }
    }
}
