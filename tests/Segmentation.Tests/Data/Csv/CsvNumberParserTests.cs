using System.Globalization;
using Segmentation.Data.Csv;

namespace Segmentation.Tests.Data.Csv;

public class CsvNumberParserTests
{
    private static readonly CsvNumberParser Invariant = new(CultureInfo.InvariantCulture);

    [TestCase("0")]
    [TestCase("-0")]
    [TestCase("+0.25")]
    [TestCase("17850.0")]
    [TestCase("2.55")]
    [TestCase("-80995")]
    [TestCase("0.1")]
    [TestCase("123456789012345")]
    [TestCase("1234567890123456")]
    [TestCase("0.000000000000001")]
    [TestCase("9007199254740993")]
    [TestCase("1.")]
    [TestCase(".5")]
    [TestCase(".")]
    [TestCase("-")]
    [TestCase("1e3")]
    [TestCase(" 7 ")]
    [TestCase("1,000")]
    [TestCase("1.2.3")]
    [TestCase("")]
    [TestCase("Infinity")]
    [TestCase("1e999")]
    public void A_cell_parses_exactly_as_double_TryParse_does(string text)
    {
        var expectedParsed = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var expected);

        var parsed = Invariant.TryParse(text, out var actual);

        Assert.That(parsed, Is.EqualTo(expectedParsed));
        Assert.That(BitConverter.DoubleToInt64Bits(actual), Is.EqualTo(BitConverter.DoubleToInt64Bits(expected)), text);
    }

    [Test]
    public void A_culture_with_a_decimal_comma_goes_to_the_general_parser()
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.NumberFormat.NumberDecimalSeparator = ",";

        var parsed = new CsvNumberParser(culture).TryParse("1,5", out var value);

        Assert.That(parsed, Is.True);
        Assert.That(value, Is.EqualTo(1.5));
    }

#pragma warning disable NUnit1027 // FsCheck, not NUnit, supplies the arguments of a property.
    [FsCheck.NUnit.Property(MaxTest = 2000)]
    public bool Decimals_of_up_to_15_digits_parse_to_the_same_bits(long mantissa, byte fractionDigits, bool negative)
#pragma warning restore NUnit1027
    {
        var digits = Math.Abs(mantissa % 1_000_000_000_000_000).ToString(CultureInfo.InvariantCulture);
        var point = fractionDigits % (digits.Length + 1);
        var text = (negative ? "-" : string.Empty) + digits[..(digits.Length - point)] + (point > 0 ? "." + digits[^point..] : string.Empty);

        return Invariant.TryParse(text, out var actual)
            && BitConverter.DoubleToInt64Bits(actual) == BitConverter.DoubleToInt64Bits(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
    }
}
