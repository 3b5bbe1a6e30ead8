using Segmentation.Data.Csv;

namespace Segmentation.Tests.Data.Csv;

public class CsvStopScannerTests
{
    [TestCase(',')]
    [TestCase(';')]
    [TestCase('\t')]
    public void Every_stop_character_is_found_in_order_across_windows(char separator)
    {
        var random = new Random(3);
        const string Alphabet = "ab,;\t\"\r\n Ĭ";
        var text = new string(Enumerable.Range(0, 1000).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());
        var buffer = new char[text.Length + CsvStopScanner.Padding];
        text.CopyTo(buffer);
        Array.Fill(buffer, ',', text.Length, CsvStopScanner.Padding);
        var expected = Enumerable.Range(0, text.Length).Where(i => text[i] is '"' or '\r' or '\n' || text[i] == separator).ToList();

        var scanner = new CsvStopScanner(separator);
        var found = new List<int>();
        for (var next = scanner.Next(buffer, text.Length, 0); next >= 0; next = scanner.Next(buffer, text.Length, next + 1))
        {
            found.Add(next);
        }

        Assert.That(found, Is.EqualTo(expected));
    }

    [Test]
    public void A_search_from_inside_a_window_skips_the_stops_before_it()
    {
        var buffer = new char[10 + CsvStopScanner.Padding];
        "a,b,c,d,e\n".CopyTo(buffer);
        var scanner = new CsvStopScanner(',');

        Assert.That(scanner.Next(buffer, 10, 0), Is.EqualTo(1));
        Assert.That(scanner.Next(buffer, 10, 4), Is.EqualTo(5));
        Assert.That(scanner.Next(buffer, 10, 2), Is.EqualTo(3));
        Assert.That(new CsvStopScanner(',').Next(buffer, 9, 8), Is.EqualTo(-1));
    }
}
