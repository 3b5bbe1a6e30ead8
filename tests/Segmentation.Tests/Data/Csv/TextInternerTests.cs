using Segmentation.Data.Csv;

namespace Segmentation.Tests.Data.Csv;

public class TextInternerTests
{
    [Test]
    public void Equal_texts_give_the_same_string_and_different_texts_different_strings()
    {
        var interner = new TextInterner();
        var texts = Enumerable.Range(0, 5000)
            .SelectMany(i => new[] { $"{i}", $"ITEM {i} WHITE HANGING HEART", $"WHITE {i % 7} HANGING HEART T-LIGHT HOLDER {i % 3}", string.Empty })
            .ToArray();

        var first = texts.Select(text => interner.Intern(text.AsSpan())).ToArray();
        var second = texts.Select(text => interner.Intern(text.ToCharArray())).ToArray();

        Assert.Multiple(() =>
        {
            Assert.That(first, Is.EqualTo(texts));
            Assert.That(first.Zip(second).All(pair => ReferenceEquals(pair.First, pair.Second)), Is.True);
            Assert.That(first.Distinct(ReferenceEqualityComparer.Instance).Count(), Is.EqualTo(texts.Distinct().Count()));
        });
    }
}
