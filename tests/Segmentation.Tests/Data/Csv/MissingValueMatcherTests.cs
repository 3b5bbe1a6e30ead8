using Segmentation.Data.Csv;

namespace Segmentation.Tests.Data.Csv;

public class MissingValueMatcherTests
{
    private static readonly MissingValueMatcher Defaults = new(Segmentation.Defaults.MissingValueTokens);

    [TestCase("", true)]
    [TestCase("   ", true)]
    [TestCase("\t", true)]
    [TestCase("NA", true)]
    [TestCase("N/A", true)]
    [TestCase("NaN", true)]
    [TestCase("None", true)]
    [TestCase("-", true)]
    [TestCase("na", false)]
    [TestCase("NA ", false)]
    [TestCase("Nothing", false)]
    [TestCase("-1", false)]
    [TestCase(" x ", false)]
    [TestCase("0", false)]
    public void The_default_tokens_and_blank_cells_are_missing(string text, bool missing)
    {
        Assert.That(Defaults.IsMissing(text), Is.EqualTo(missing));
    }

    [Test]
    public void A_token_starting_with_a_non_ascii_character_is_matched()
    {
        var matcher = new MissingValueMatcher(["—", "?"]);

        Assert.Multiple(() =>
        {
            Assert.That(matcher.IsMissing("—"), Is.True);
            Assert.That(matcher.IsMissing("?"), Is.True);
            Assert.That(matcher.IsMissing("NA"), Is.False);
        });
    }
}
