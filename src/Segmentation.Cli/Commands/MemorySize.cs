using System.Globalization;

namespace Segmentation.Cli.Commands;

/// <summary>Parses a memory size such as 256MB, 1GB, 512MiB or 1000000 (bytes); MB and GB are binary, as MiB and GiB.</summary>
internal static class MemorySize
{
    private static readonly (string Suffix, long Factor)[] Units =
    [
        ("GIB", 1L << 30), ("MIB", 1L << 20), ("KIB", 1L << 10), ("GB", 1L << 30), ("MB", 1L << 20), ("KB", 1L << 10), ("G", 1L << 30), ("M", 1L << 20), ("K", 1L << 10), ("B", 1),
    ];

    public static long Parse(string text, string option)
    {
        var trimmed = text.Trim().ToUpperInvariant();
        var (suffix, factor) = Units.FirstOrDefault(unit => trimmed.EndsWith(unit.Suffix, StringComparison.Ordinal), (Suffix: string.Empty, Factor: 1L));
        var number = trimmed[..^suffix.Length].Trim();
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !(value > 0) || value * factor > long.MaxValue)
        {
            throw new UsageException($"{option} \"{text}\" is not a memory size; write it as 256MB, 1GB or a number of bytes.");
        }

        return (long)(value * factor);
    }
}
