using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Segmentation.Data.Csv;

/// <summary>
/// Turns a path or a stream into decoded text: gzip is unwrapped (and checked against its trailer), the encoding
/// chosen, invalid UTF-8 tracked.
/// </summary>
internal sealed class CsvInput : IDisposable
{
    private const int BufferSize = 1 << 16;
    private const int GzipTrailerLength = 8;

    /// <summary>A gzip trailer claiming more than this many times the compressed size is not trusted as a size hint.</summary>
    private const long PlausibleCompressionRatio = 64;

    /// <summary>Plain text is read ahead on a second thread from this size on; gzip always is.</summary>
    private const long ReadAheadBytes = 1 << 20;

    private readonly CountingStream? _decompressed;
    private readonly long? _trailerSize;

    private CsvInput(TextReader reader, InvalidByteTracker? tracker, CountingStream? decompressed, long? trailerSize, long? expectedBytes)
    {
        ExpectedBytes = expectedBytes;
        Reader = reader;
        Tracker = tracker;
        _decompressed = decompressed;
        _trailerSize = trailerSize;
    }

    public TextReader Reader { get; }

    public InvalidByteTracker? Tracker { get; }

    /// <summary>Gets about how many bytes of text the input holds (file length, or the gzip trailer's size when plausible), if known.</summary>
    public long? ExpectedBytes { get; }

    public static CsvInput Open(Stream stream, bool isGzipByName, bool leaveOpen, Encoding? encoding)
    {
        CountingStream? decompressed = null;
        long? trailerSize = null;
        long? expectedBytes = stream.CanSeek ? stream.Length - stream.Position : null;
        var readAhead = Environment.ProcessorCount > 1 && expectedBytes >= ReadAheadBytes;
        if (isGzipByName || StartsWithGzipMagic(stream))
        {
            trailerSize = ReadTrailerSize(stream);
            expectedBytes = trailerSize <= expectedBytes * PlausibleCompressionRatio ? trailerSize : null;
            decompressed = new CountingStream(new GZipStream(stream, CompressionMode.Decompress, leaveOpen));
            stream = decompressed;
            leaveOpen = false;
            readAhead = Environment.ProcessorCount > 1;
        }

        InvalidByteTracker? tracker = null;
        encoding ??= InvalidByteTracker.CreateUtf8(out tracker);
        TextReader reader = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true, BufferSize, leaveOpen);
        if (readAhead)
        {
            reader = new ReadAheadTextReader(reader);
        }

        return new CsvInput(reader, tracker, decompressed, trailerSize, expectedBytes);
    }

    public static FileStream OpenFile(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.SequentialScan);

    public static bool HasGzipExtension(string path) => path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// After the whole input was read: a gzip stream that ended before the size its trailer states is truncated
    /// (.NET's GZipStream stops quietly at a cut). The check needs a seekable stream; for a file of several gzip
    /// members the trailer states only the last member's size, which the total never falls below, so it passes.
    /// </summary>
    public void VerifyComplete(string source)
    {
        if (_decompressed is null || _trailerSize is not { } promised)
        {
            return;
        }

        var read = _decompressed.BytesRead;
        if (read < uint.MaxValue && promised > read)
        {
            throw new SegmentationDataException(
                $"{source} is truncated or corrupt: its gzip trailer states {promised} bytes but the data ends after {read}.",
                null, null, null);
        }
    }

    public void Dispose() => Reader.Dispose();

    private static long? ReadTrailerSize(Stream stream)
    {
        if (!stream.CanSeek || stream.Length - stream.Position < GzipTrailerLength)
        {
            return null;
        }

        var start = stream.Position;
        Span<byte> size = stackalloc byte[4];
        stream.Position = stream.Length - 4;
        stream.ReadExactly(size);
        stream.Position = start;
        return BinaryPrimitives.ReadUInt32LittleEndian(size);
    }

    /// <summary>Peeks at the first two bytes of a seekable stream; a stream that cannot seek is taken as plain text.</summary>
    private static bool StartsWithGzipMagic(Stream stream)
    {
        if (!stream.CanSeek)
        {
            return false;
        }

        var start = stream.Position;
        Span<byte> magic = stackalloc byte[2];
        var read = stream.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
        stream.Position = start;
        return read == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
    }
}
