using System.Globalization;
using System.Text;

namespace Segmentation.Clustering.Streaming;

/// <summary>
/// Writes cluster labels to a text file as they come, one per line under a header, so that no more than a block of
/// labels is ever in memory. Pass <see cref="Write"/> as the <see cref="LabelBlockHandler"/> of an out-of-core fit;
/// line i + 2 of the file is the label of data row i.
/// </summary>
public sealed class LabelFileWriter : IDisposable
{
    private readonly StreamWriter _writer;

    /// <summary>Creates (or overwrites) the file and writes the header.</summary>
    /// <param name="path">The file to write.</param>
    /// <param name="header">The first line. Default "Segment".</param>
    public LabelFileWriter(string path, string header = "Segment")
    {
        Guard.NotNullOrWhiteSpace(path);
        Guard.NotNull(header);
        _writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16);
        _writer.Write(header);
        _writer.Write('\n');
    }

    /// <summary>Gets the labels written so far.</summary>
    public long Count { get; private set; }

    /// <summary>Appends a block of labels; rows must come in order, as an out-of-core fit hands them.</summary>
    /// <param name="firstRow">The first row of the block; it must equal <see cref="Count"/>.</param>
    /// <param name="labels">The labels of the block.</param>
    /// <exception cref="ArgumentException">The block does not follow the previous one.</exception>
    public void Write(long firstRow, ReadOnlySpan<int> labels)
    {
        if (firstRow != Count)
        {
            Guard.ThrowArgument($"firstRow={firstRow} must equal the labels written so far={Count}.", nameof(firstRow));
        }

        Span<char> digits = stackalloc char[11];
        foreach (var label in labels)
        {
            label.TryFormat(digits, out var length, provider: CultureInfo.InvariantCulture);
            _writer.Write(digits[..length]);
            _writer.Write('\n');
        }

        Count += labels.Length;
    }

    /// <summary>Flushes and closes the file.</summary>
    public void Dispose() => _writer.Dispose();
}
