using Segmentation.Data.Csv;

namespace Segmentation.Tests.Data.Csv;

public class CsvQuotedFieldTests
{
    [TestCase("\"abc\"", 2, false, "abc", false)]
    [TestCase("\"a\"\"b\"", 4, false, "a\"b", false)]
    [TestCase("\"\"", 2, false, "", false)]
    [TestCase("\"abc", 1, false, "abc", true)]
    [TestCase("\"", 1, false, "", true)]
    [TestCase("ab\"c", 0, true, "ab\"c", false)]
    [TestCase("\"ab\"cd", 2, false, "abcd", false)]
    [TestCase("\"a\"\"b\"c\"", 5, true, "abc\"", true)]
    public void A_raw_field_unquotes_as_csvhelper_did(string raw, int quoteCount, bool isBad, string value, bool unclosed)
    {
        var destination = new char[raw.Length];

        var length = CsvQuotedField.Unquote(raw, quoteCount, isBad, destination, out var isUnclosed);

        Assert.That(new string(destination, 0, length), Is.EqualTo(value));
        Assert.That(isUnclosed, Is.EqualTo(unclosed));
    }
}
