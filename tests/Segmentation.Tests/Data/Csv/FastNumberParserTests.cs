using System.Globalization;
using Segmentation.Data.Csv;

namespace Segmentation.Tests.Data.Csv;

public sealed class FastNumberParserTests
{
    [TestCase("0")]
    [TestCase("-0")]
    [TestCase("-0.000")]
    [TestCase("007")]
    [TestCase("0.05")]
    [TestCase("+5")]
    [TestCase("1.")]
    [TestCase(".5")]
    [TestCase("-12.375")]
    [TestCase("4.5e-3")]
    [TestCase("4.5E+03")]
    [TestCase("9007199254740993")]
    [TestCase("123456789012345678901234")]
    [TestCase("1e22")]
    [TestCase("1e23")]
    [TestCase("1e-400")]
    [TestCase("2.2250738585072011e-308")]
    [TestCase(" 3.5 ")]
    [TestCase("Infinity")]
    [TestCase("1e999")]
    public void A_number_parses_to_the_same_bits_as_double_Parse(string text)
    {
        var expected = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

        Assert.That(FastNumberParser.TryParse(text, out var value), Is.True);
        Assert.That(BitConverter.DoubleToInt64Bits(value), Is.EqualTo(BitConverter.DoubleToInt64Bits(expected)), text);
    }

    [TestCase("")]
    [TestCase("-")]
    [TestCase(".")]
    [TestCase("1e")]
    [TestCase("1.2.3")]
    [TestCase("12abc")]
    [TestCase("1,5")]
    public void Text_that_is_not_a_number_is_refused(string text)
    {
        Assert.That(FastNumberParser.TryParse(text, out _), Is.False);
    }

    [Test]
    public void Random_values_in_every_usual_format_parse_exactly_as_double_Parse()
    {
        var random = new Random(17);
        string[] formats = ["R", "G9", "G17", "F3", "F0", "E5", "0.######"];
        for (var i = 0; i < 100_000; i++)
        {
            var magnitude = Math.Pow(10, random.Next(-12, 16));
            var number = (random.NextDouble() - 0.5) * magnitude;
            var text = number.ToString(formats[i % formats.Length], CultureInfo.InvariantCulture);
            var expected = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

            Assert.That(FastNumberParser.TryParse(text, out var value), Is.True, text);
            if (BitConverter.DoubleToInt64Bits(value) != BitConverter.DoubleToInt64Bits(expected))
            {
                Assert.Fail($"'{text}' parsed to {value:R}, double.Parse gives {expected:R}");
            }
        }
    }
}
