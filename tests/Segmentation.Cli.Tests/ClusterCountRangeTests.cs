namespace Segmentation.Cli.Tests;

public class ClusterCountRangeTests
{
    [TestCase("5", 5, 5)]
    [TestCase("2..10", 2, 10)]
    [TestCase(" 3 .. 4 ", 3, 4)]
    [TestCase("1", 1, 1)]
    public void A_number_or_an_inclusive_range_parses(string text, int minimum, int maximum)
    {
        Assert.That(ClusterCountRange.TryParse(text, out var range, out _), Is.True);
        Assert.That(range, Is.EqualTo(new ClusterCountRange(minimum, maximum)));
    }

    [TestCase("10..2", "--k '10..2': the range is empty; write the smaller number first (--k 2..10).")]
    [TestCase("0", "--k '0': the number of segments must be at least 1.")]
    [TestCase("five", "--k 'five' is not a number of segments: use a whole number (--k 5) or a range (--k 2..10).")]
    [TestCase("2..", "--k '2..' is not a number of segments: use a whole number (--k 5) or a range (--k 2..10).")]
    [TestCase("-3", "--k '-3' is not a number of segments: use a whole number (--k 5) or a range (--k 2..10).")]
    public void A_bad_value_is_refused_with_a_message_quoting_it(string text, string message)
    {
        Assert.That(ClusterCountRange.TryParse(text, out _, out var error), Is.False);
        Assert.That(error, Is.EqualTo(message));
    }

    [Test]
    public void A_range_prints_as_it_is_written() =>
        Assert.That(new ClusterCountRange(2, 10).ToString(), Is.EqualTo("2..10"));
}
