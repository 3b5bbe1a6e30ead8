using System.IO.Compression;
using System.Text;

namespace Segmentation.Data.Csv;

/// <summary>Turns a path or a stream into decoded text: gzip is unwrapped, the encoding chosen, invalid bytes tracked.</summary>
internal static class CsvInput
{
    private const int BufferSize = 1 << 16;

    public static StreamReader Open(Stream stream, bool isGzipByName, bool leaveOpen, Encoding? encoding, out InvalidByteTracker? tracker)
    {
        if (isGzipByName || StartsWithGzipMagic(stream))
        {
            stream = new GZipStream(stream, CompressionMode.Decompress, leaveOpen);
            leaveOpen = false;
        }

        tracker = null;
        encoding ??= InvalidByteTracker.CreateUtf8(out tracker);
        return new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true, BufferSize, leaveOpen);
    }

    public static FileStream OpenFile(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.SequentialScan);

    public static bool HasGzipExtension(string path) => path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);

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
