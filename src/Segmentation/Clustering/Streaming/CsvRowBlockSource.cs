using System.IO.Compression;
using System.Text;
using Segmentation.Data;

namespace Segmentation.Clustering.Streaming;

/// <summary>
/// Numeric feature columns of a CSV file (plain, or gzip when the name ends in <c>.gz</c> or the file starts with the
/// gzip signature), read in blocks of rows straight from the file: never more than one block, plus the parser's
/// buffers, is in memory. Every pass (<see cref="OpenReader"/>) reads the file again from the start.
/// </summary>
/// <remarks>
/// The file has a header row. The separator is detected from it as <c>DataFrame.LoadCsv</c> does (the most frequent of
/// <see cref="Defaults.CsvSeparators"/> outside quotes) unless given. Numbers are read with the invariant culture.
/// Every value of a chosen column must be a finite number: a missing value (one of <see cref="Defaults.MissingValueTokens"/>
/// or white space), text, or a number such as "Infinity" is a <see cref="SegmentationDataException"/> that names the
/// file, line, row index, column and value, raised during the pass that meets it.
/// </remarks>
public sealed class CsvRowBlockSource : IRowBlockSource
{
    private const int BufferSize = 1 << 16;
    private const int DecoderBufferSize = 1 << 14;

    private readonly int[] _positions;
    private readonly int _fieldCount;
    private readonly string[] _featureNames;

    /// <summary>Opens the header of <paramref name="path"/> and finds the feature columns in it.</summary>
    /// <param name="path">The CSV file; <c>.gz</c> is decompressed while read.</param>
    /// <param name="featureColumns">The names of the numeric columns to cluster on, in the order wanted; at least one, no repeats.</param>
    /// <param name="separator">The field separator, or <see langword="null"/> (default) to detect it from the header line.</param>
    /// <exception cref="ArgumentException">No feature column was given, a name repeats, or the separator is a quote or line break.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="ColumnNotFoundException">A feature column is not in the header; the message suggests the closest names.</exception>
    /// <exception cref="SegmentationDataException">The file is empty, or its header has an empty or duplicate name.</exception>
    public CsvRowBlockSource(string path, IEnumerable<string> featureColumns, char? separator = null)
    {
        Guard.NotNullOrWhiteSpace(path);
        _featureNames = [.. Guard.NotNull(featureColumns)];
        if (_featureNames.Length == 0)
        {
            Guard.ThrowArgument("featureColumns must name at least one column.", nameof(featureColumns));
        }

        if (separator is '"' or '\r' or '\n')
        {
            Guard.ThrowArgument($"separator='{separator}' cannot be a quote or a line break.", nameof(separator));
        }

        Path = path;
        Source = $"CSV file '{System.IO.Path.GetFileName(path)}'";
        Separator = separator ?? DetectSeparator();
        var header = ReadHeader();
        _fieldCount = header.Length;
        _positions = new int[_featureNames.Length];
        for (var i = 0; i < _featureNames.Length; i++)
        {
            var name = Guard.NotNull(_featureNames[i], $"featureColumns[{i}]");
            if (Array.IndexOf(_featureNames, name, 0, i) >= 0)
            {
                Guard.ThrowArgument($"featureColumns names '{name}' twice.", nameof(featureColumns));
            }

            _positions[i] = Array.IndexOf(header, name);
            if (_positions[i] < 0)
            {
                throw new ColumnNotFoundException(name, ColumnNameSuggestions.Closest(name, header));
            }
        }
    }

    /// <summary>Gets the file read.</summary>
    public string Path { get; }

    /// <summary>Gets the field separator, given or detected.</summary>
    public char Separator { get; }

    /// <inheritdoc />
    public IReadOnlyList<string> FeatureNames => _featureNames;

    /// <summary>How messages name the file: "CSV file 'name.csv'".</summary>
    internal string Source { get; }

    /// <inheritdoc />
    /// <exception cref="FileNotFoundException">The file was removed since the source was created.</exception>
    public IRowBlockReader OpenReader()
    {
        var text = OpenText();
        try
        {
            return new CsvRowBlockReader(text, Separator, Source, _featureNames, _positions, _fieldCount);
        }
        catch
        {
            text.Dispose();
            throw;
        }
    }

    private StreamReader OpenText()
    {
        var file = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.SequentialScan);
        try
        {
            Stream stream = file;
            if (Path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) || StartsWithGzipMagic(file))
            {
                stream = new GZipStream(file, CompressionMode.Decompress);
            }

            // A smaller decoder buffer than the file's keeps its char array off the large object heap, where one per pass would linger.
            return new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, DecoderBufferSize);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    private static bool StartsWithGzipMagic(FileStream file)
    {
        Span<byte> magic = stackalloc byte[2];
        var read = file.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
        file.Position = 0;
        return read == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
    }

    /// <summary>The candidate separator that occurs most often outside quotes in the first non-blank line; ties go to the earlier.</summary>
    private char DetectSeparator()
    {
        using var text = OpenText();
        string? line;
        try
        {
            do
            {
                line = text.ReadLine();
            }
            while (line is not null && string.IsNullOrWhiteSpace(line));
        }
        catch (InvalidDataException error)
        {
            throw StreamingCsvErrors.NotGzip(Source, error);
        }

        if (line is null)
        {
            throw StreamingCsvErrors.Empty(Source);
        }

        var candidates = Defaults.CsvSeparators;
        var best = candidates[0];
        var bestCount = 0;
        foreach (var candidate in candidates)
        {
            var count = 0;
            var quoted = false;
            foreach (var character in line)
            {
                quoted ^= character == '"';
                count += !quoted && character == candidate ? 1 : 0;
            }

            if (count > bestCount)
            {
                (best, bestCount) = (candidate, count);
            }
        }

        return best;
    }

    private string[] ReadHeader()
    {
        using var text = OpenText();
        using var scanner = new CsvRecordScanner(text, Separator);
        try
        {
            if (!scanner.Read())
            {
                throw StreamingCsvErrors.Empty(Source);
            }
        }
        catch (InvalidDataException error)
        {
            throw StreamingCsvErrors.NotGzip(Source, error);
        }

        if (scanner.UnclosedQuote)
        {
            throw StreamingCsvErrors.UnclosedQuoteInHeader(Source, scanner.Line);
        }

        var names = new string[scanner.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = scanner.FieldText(i);
            if (string.IsNullOrWhiteSpace(names[i]))
            {
                throw StreamingCsvErrors.EmptyHeaderName(Source, i + 1);
            }

            var first = Array.IndexOf(names, names[i], 0, i);
            if (first >= 0)
            {
                throw StreamingCsvErrors.DuplicateHeaderName(Source, names[i], first + 1, i + 1);
            }
        }

        return names;
    }
}
