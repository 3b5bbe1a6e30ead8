using System.Buffers.Binary;
using System.IO.Compression;

namespace Segmentation.Plots.Tests.Support;

/// <summary>
/// A minimal PNG decoder for test checks: 8-bit greyscale, RGB or RGBA, not interlaced (what Chromium writes).
/// It inflates the IDAT stream with <see cref="ZLibStream"/> and undoes the five scanline filters.
/// </summary>
internal sealed class PngImage
{
    private static readonly byte[] Signature = [137, 80, 78, 71, 13, 10, 26, 10];

    private PngImage(int width, int height, int channels, byte[] pixels)
    {
        Width = width;
        Height = height;
        Channels = channels;
        Pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    public int Channels { get; }

    /// <summary>Unfiltered pixel bytes, row after row, <see cref="Channels"/> bytes per pixel.</summary>
    public byte[] Pixels { get; }

    public static PngImage Load(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (!bytes.AsSpan(0, 8).SequenceEqual(Signature))
        {
            throw new InvalidDataException($"{path} is not a PNG file.");
        }

        int width = 0, height = 0, channels = 0;
        using var compressed = new MemoryStream();
        for (var offset = 8; offset < bytes.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(offset));
            var type = System.Text.Encoding.ASCII.GetString(bytes, offset + 4, 4);
            var data = bytes.AsSpan(offset + 8, length);
            switch (type)
            {
                case "IHDR":
                    width = BinaryPrimitives.ReadInt32BigEndian(data);
                    height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                    if (data[8] != 8 || data[12] != 0)
                    {
                        throw new InvalidDataException($"Only 8-bit non-interlaced PNGs are supported (bit depth {data[8]}, interlace {data[12]}).");
                    }

                    channels = data[9] switch
                    {
                        0 => 1,
                        2 => 3,
                        6 => 4,
                        _ => throw new InvalidDataException($"Unsupported PNG colour type {data[9]}."),
                    };
                    break;
                case "IDAT":
                    compressed.Write(data);
                    break;
            }

            offset += 12 + length;
        }

        compressed.Position = 0;
        using var inflater = new ZLibStream(compressed, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        inflater.CopyTo(raw);
        return new PngImage(width, height, channels, Unfilter(raw.ToArray(), width, height, channels));
    }

    /// <summary>Share of pixels that are not (near) white, from 0 to 1.</summary>
    public double NonWhiteShare()
    {
        long nonWhite = 0;
        for (var pixel = 0; pixel < Width * Height; pixel++)
        {
            var start = pixel * Channels;
            var colorChannels = Math.Min(Channels, 3);
            for (var channel = 0; channel < colorChannels; channel++)
            {
                if (Pixels[start + channel] < 240)
                {
                    nonWhite++;
                    break;
                }
            }
        }

        return (double)nonWhite / (Width * Height);
    }

    /// <summary>Variance of the pixels' grey level (mean of the colour channels).</summary>
    public double GreyVariance()
    {
        double mean = 0, squares = 0;
        var count = Width * Height;
        var colorChannels = Math.Min(Channels, 3);
        for (var pixel = 0; pixel < count; pixel++)
        {
            double grey = 0;
            for (var channel = 0; channel < colorChannels; channel++)
            {
                grey += Pixels[(pixel * Channels) + channel];
            }

            grey /= colorChannels;
            mean += grey;
            squares += grey * grey;
        }

        mean /= count;
        return (squares / count) - (mean * mean);
    }

    private static byte[] Unfilter(byte[] raw, int width, int height, int channels)
    {
        var stride = width * channels;
        var pixels = new byte[stride * height];
        for (var row = 0; row < height; row++)
        {
            var filter = raw[row * (stride + 1)];
            var source = raw.AsSpan((row * (stride + 1)) + 1, stride);
            var current = pixels.AsSpan(row * stride, stride);
            var previous = row == 0 ? new byte[stride] : pixels.AsSpan((row - 1) * stride, stride);
            for (var i = 0; i < stride; i++)
            {
                int left = i >= channels ? current[i - channels] : 0;
                int up = previous[i];
                int upLeft = i >= channels && row > 0 ? previous[i - channels] : 0;
                current[i] = (byte)(source[i] + filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"Unknown PNG filter {filter} in row {row}."),
                });
            }
        }

        return pixels;
    }

    private static int Paeth(int left, int up, int upLeft)
    {
        var estimate = left + up - upLeft;
        var toLeft = Math.Abs(estimate - left);
        var toUp = Math.Abs(estimate - up);
        var toUpLeft = Math.Abs(estimate - upLeft);
        return toLeft <= toUp && toLeft <= toUpLeft ? left : toUp <= toUpLeft ? up : upLeft;
    }
}
