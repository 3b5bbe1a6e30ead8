using System.Text;
using Segmentation.Data;

namespace Segmentation.Tests.Data;

/// <summary>
/// Random and mutated bytes fed to the CSV reader: each input either loads or fails with
/// <see cref="SegmentationDataException"/>; no other exception type escapes and nothing hangs.
/// </summary>
public class CsvFuzzTests
{
    private const int Cases = 400;

    private static readonly byte[] Seed = Encoding.UTF8.GetBytes(
        "CustomerID,Gender,\"Annual Income (k$)\",Joined\r\n1,Male,15,2012-09-04\r\n2,\"Fe, male\",NA,04-09-2012\r\n3,,1e300,\r\n");

    private static readonly byte[] Alphabet = Encoding.UTF8.GetBytes(",;\t\"\r\n aZ09.-eE£\uFEFF").Concat(new byte[] { 0xff, 0xc3, 0x00, 0x1f, 0x8b }).ToArray();

    [Test]
    public void Mutated_csv_bytes_load_or_fail_with_a_data_exception()
    {
        var random = new Random(20261128);
        for (var i = 0; i < Cases; i++)
        {
            var bytes = Mutate(Seed, random);
            AssertLoadsOrFailsCleanly(bytes, i);
        }
    }

    [Test]
    public void Random_bytes_load_or_fail_with_a_data_exception()
    {
        var random = new Random(7);
        for (var i = 0; i < Cases; i++)
        {
            var bytes = new byte[random.Next(0, 200)];
            for (var j = 0; j < bytes.Length; j++)
            {
                bytes[j] = random.Next(3) == 0 ? (byte)random.Next(256) : Alphabet[random.Next(Alphabet.Length)];
            }

            AssertLoadsOrFailsCleanly(bytes, i);
        }
    }

    private static byte[] Mutate(byte[] seed, Random random)
    {
        var bytes = seed.ToList();
        var edits = random.Next(1, 6);
        for (var e = 0; e < edits; e++)
        {
            var at = random.Next(bytes.Count + 1);
            switch (random.Next(3))
            {
                case 0 when at < bytes.Count:
                    bytes.RemoveAt(at);
                    break;
                case 1 when at < bytes.Count:
                    bytes[at] = Alphabet[random.Next(Alphabet.Length)];
                    break;
                default:
                    bytes.Insert(at, Alphabet[random.Next(Alphabet.Length)]);
                    break;
            }
        }

        return bytes.ToArray();
    }

    private static void AssertLoadsOrFailsCleanly(byte[] bytes, int index)
    {
        try
        {
            using var stream = new MemoryStream(bytes);
            var frame = DataFrame.LoadCsv(stream);
            Assert.That(frame.Columns.All(c => c.Length == frame.Rows.Count), Is.True);
        }
        catch (SegmentationDataException)
        {
            // A typed, documented failure.
        }
        catch (Exception unexpected)
        {
            Assert.Fail($"Case {index} ({Convert.ToHexString(bytes)}) threw {unexpected.GetType().Name}: {unexpected.Message}");
        }
    }
}
