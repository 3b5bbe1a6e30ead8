using System.IO.Compression;
using System.Text;
using Segmentation.Data.Csv;

namespace Segmentation.Data;

public sealed partial class DataFrame
{
    private static readonly Encoding Utf8WithoutMark = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Writes the frame as CSV that <see cref="LoadCsv(string, CsvLoadOptions?)"/> reads back to the same values:
    /// numbers in the invariant culture's round-trip form ("R"), dates as ISO 8601 (<c>yyyy-MM-dd</c>,
    /// <c>yyyy-MM-dd HH:mm:ss</c>, with a fraction of a second only when there is one), missing values as empty fields,
    /// fields quoted only when they hold the separator, a quote, a line break or edge spaces. A path ending in
    /// <c>.gz</c> is gzip-compressed. An existing file is replaced.
    /// </summary>
    /// <param name="path">The file to write.</param>
    /// <param name="options">How to write; <see langword="null"/> for the defaults of <see cref="CsvSaveOptions"/>.</param>
    /// <remarks>
    /// Reading back gives the same values with two documented exceptions: a text equal to a missing-value token
    /// (for example "" or "NA") reads back as missing, and a text column that looks numeric or like dates is inferred
    /// as such unless <see cref="CsvLoadOptions.ColumnTypes"/> says otherwise.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The separator is a quote or a line break.</exception>
    public void SaveCsv(string path, CsvSaveOptions? options = null)
    {
        Guard.NotNullOrWhiteSpace(path);
        options ??= new CsvSaveOptions();
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        using Stream output = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
            ? new GZipStream(file, CompressionLevel.Optimal, leaveOpen: true)
            : file;
        SaveCsv(output, options);
    }

    /// <summary>Writes the frame as CSV to a stream, as <see cref="SaveCsv(string, CsvSaveOptions?)"/> does; the stream is left open.</summary>
    /// <param name="stream">Where to write.</param>
    /// <param name="options">How to write; <see langword="null"/> for the defaults of <see cref="CsvSaveOptions"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The separator is a quote or a line break.</exception>
    public void SaveCsv(Stream stream, CsvSaveOptions? options = null)
    {
        Guard.NotNull(stream);
        options ??= new CsvSaveOptions();
        using var writer = new StreamWriter(stream, options.Encoding ?? Utf8WithoutMark, 1 << 16, leaveOpen: true);
        CsvTableWriter.Write(this, writer, options);
    }

    /// <summary>Writes the frame as CSV text, as <see cref="SaveCsv(string, CsvSaveOptions?)"/> does; the writer is flushed and left open.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="options">How to write; <see langword="null"/> for the defaults of <see cref="CsvSaveOptions"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The separator is a quote or a line break.</exception>
    public void SaveCsv(TextWriter writer, CsvSaveOptions? options = null)
    {
        Guard.NotNull(writer);
        CsvTableWriter.Write(this, writer, options ?? new CsvSaveOptions());
        writer.Flush();
    }

    /// <summary>Returns the frame as CSV text, as <see cref="SaveCsv(string, CsvSaveOptions?)"/> writes it.</summary>
    /// <param name="options">How to write; <see langword="null"/> for the defaults of <see cref="CsvSaveOptions"/>.</param>
    /// <returns>The CSV text.</returns>
    public string ToCsv(CsvSaveOptions? options = null)
    {
        using var writer = new StringWriter();
        SaveCsv(writer, options);
        return writer.ToString();
    }
}
