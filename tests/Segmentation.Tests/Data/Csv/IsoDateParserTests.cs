using System.Globalization;
using Segmentation.Data.Csv;

namespace Segmentation.Tests.Data.Csv;

public class IsoDateParserTests
{
    private static readonly string[] IsoFormats = ["yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss"];

    [TestCase("2010-12-01")]
    [TestCase("2010-12-01 08:26:00")]
    [TestCase("2010-12-01T23:59:59")]
    [TestCase("2012-02-29")]
    [TestCase("2011-02-29")]
    [TestCase("2010-13-01")]
    [TestCase("2010-12-32")]
    [TestCase("0000-01-01")]
    [TestCase("2010-12-01 24:00:00")]
    [TestCase("2010-12-01 08:60:00")]
    [TestCase("2010-12-01 08:26:60")]
    [TestCase("2010-12-01X08:26:00")]
    [TestCase("2010/12/01")]
    [TestCase("2010-1-01")]
    [TestCase("201a-12-01")]
    [TestCase("")]
    public void The_fast_path_agrees_with_the_general_parser(string text)
    {
        var general = DateTime.TryParseExact(text, IsoFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var expected);

        var fast = IsoDateParser.TryParse(text, out var actual);

        Assert.That(fast, Is.EqualTo(general));
        Assert.That(actual, Is.EqualTo(general ? expected : default));
    }

#pragma warning disable NUnit1027 // FsCheck, not NUnit, supplies the arguments of a property.
    [FsCheck.NUnit.Property(MaxTest = 500)]
    public bool The_fast_path_reads_every_formatted_date_back(DateTime date)
#pragma warning restore NUnit1027
    {
        var whole = new DateTime(date.Year, date.Month, date.Day, date.Hour, date.Minute, date.Second);
        var text = whole.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

        return IsoDateParser.TryParse(text, out var parsed) && parsed == whole;
    }
}
