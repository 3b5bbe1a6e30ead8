using System.Text;

namespace Segmentation.Tests.Reliability;

/// <summary>
/// Seeded input generator for the fuzz tests: random bytes, and mutations of seed inputs (bit flips, interesting bytes,
/// deletions, duplications, truncations). The number of cases comes from the FUZZ_CASES environment variable
/// (default <see cref="DefaultCases"/>), so the nightly script runs the same tests much longer.
/// </summary>
internal sealed class Fuzzer(int seed)
{
    public const int DefaultCases = 2_000;

    private static readonly byte[] Interesting =
        "\",;\t\r\n\0 -.eE+0123456789NaInfity"u8.ToArray().Concat(new byte[] { 0xFF, 0xFE, 0xEF, 0xBB, 0xBF, 0xC3, 0x80, 0x1F, 0x8B }).ToArray();

    private readonly Random _random = new(seed);

    public static int Cases =>
        int.TryParse(Environment.GetEnvironmentVariable("FUZZ_CASES"), out var cases) && cases > 0 ? cases : DefaultCases;

    public static int Seed =>
        int.TryParse(Environment.GetEnvironmentVariable("FUZZ_SEED"), out var seed) ? seed : 20261128;

    public Random Random => _random;

    public byte[] RandomBytes(int maximumLength)
    {
        var bytes = new byte[_random.Next(maximumLength + 1)];
        _random.NextBytes(bytes);
        return bytes;
    }

    /// <summary>Random text over a CSV-ish alphabet: many separators, quotes and line breaks.</summary>
    public byte[] RandomCsvText(int maximumLength)
    {
        const string alphabet = "abcXYZ0123456789.,,,;\t\"\"\r\n\n\n -eE+NaInfity";
        var length = _random.Next(maximumLength + 1);
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            text.Append(alphabet[_random.Next(alphabet.Length)]);
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    public byte[] Mutate(byte[] seedInput)
    {
        var bytes = new List<byte>(seedInput);
        var mutations = 1 + _random.Next(4);
        for (var m = 0; m < mutations; m++)
        {
            var position = bytes.Count == 0 ? 0 : _random.Next(bytes.Count);
            switch (_random.Next(7))
            {
                case 0 when bytes.Count > 0:
                    bytes[position] ^= (byte)(1 << _random.Next(8));
                    break;
                case 1 when bytes.Count > 0:
                    bytes[position] = Interesting[_random.Next(Interesting.Length)];
                    break;
                case 2:
                    bytes.Insert(position, Interesting[_random.Next(Interesting.Length)]);
                    break;
                case 3 when bytes.Count > 0:
                    bytes.RemoveRange(position, Math.Min(bytes.Count - position, 1 + _random.Next(8)));
                    break;
                case 4 when bytes.Count > 0:
                    var length = Math.Min(bytes.Count - position, 1 + _random.Next(32));
                    bytes.InsertRange(_random.Next(bytes.Count), bytes.GetRange(position, length));
                    break;
                case 5:
                    bytes.RemoveRange(position, bytes.Count - position);
                    break;
                default:
                    bytes.Insert(position, (byte)_random.Next(256));
                    break;
            }
        }

        return [.. bytes];
    }
}
