using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Segmentation.Data.Csv;

namespace Segmentation.Tests.Data.Csv;

/// <summary>
/// The loader read through CsvHelper's parser before <see cref="CsvTokenizer"/> replaced it; on random text full of
/// quotes, separators and line breaks both must split the same records and fields, start each record on the same
/// line and see the same unclosed quotes.
/// </summary>
public class CsvTokenizerAgreementTests
{
    private const string Alphabet = "ab1,;\"\"\r\n \t";

    [TestCase(',', 1)]
    [TestCase(',', 2)]
    [TestCase(';', 3)]
    [TestCase('\t', 4)]
    public void Random_text_splits_as_csvhelper_split_it(char separator, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 1500; i++)
        {
            var text = new StringBuilder();
            var length = random.Next(0, i % 50 == 0 ? 3000 : 60);
            for (var j = 0; j < length; j++)
            {
                text.Append(Alphabet[random.Next(Alphabet.Length)]);
            }

            var input = text.ToString();
            Assert.That(Tokenize(input, separator), Is.EqualTo(ReadWithCsvHelper(input, separator)), $"input {Escape(input)}");
        }
    }

    private static List<string> Tokenize(string text, char separator)
    {
        var tokenizer = new CsvTokenizer(new StringReader(text), separator);
        var records = new List<string>();
        while (tokenizer.Read())
        {
            var fields = Enumerable.Range(0, tokenizer.FieldCount)
                .Select(i => Escape(tokenizer[i].ToString()) + (tokenizer.IsUnclosed(i) ? "<unclosed>" : string.Empty));
            records.Add($"line {tokenizer.Line}: {string.Join(" | ", fields)}");
        }

        return records;
    }

    private static List<string> ReadWithCsvHelper(string text, char separator)
    {
        var unclosed = false;
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = separator.ToString(),
            HasHeaderRecord = false,
            IgnoreBlankLines = true,
            BufferSize = 16,
            DetectColumnCountChanges = false,
            BadDataFound = args => unclosed = args.Field.StartsWith('"') && args.Field.Count(c => c == '"') % 2 == 1,
        };
        using var parser = new CsvParser(new StringReader(text), configuration);
        var records = new List<string>();
        int lastRow = 0, lastRawRow = 0;
        while (parser.Read())
        {
            var line = lastRawRow + 1 + (parser.Row - lastRow - 1);
            (lastRow, lastRawRow) = (parser.Row, parser.RawRow);
            var fields = new List<string>();
            for (var i = 0; i < parser.Count; i++)
            {
                unclosed = false;
                fields.Add(Escape(parser[i]) + (unclosed ? "<unclosed>" : string.Empty));
            }

            records.Add($"line {line}: {string.Join(" | ", fields)}");
        }

        return records;
    }

    private static string Escape(string text) => text.Replace("\r", "\\r").Replace("\n", "\\n").Replace("\t", "\\t");
}
