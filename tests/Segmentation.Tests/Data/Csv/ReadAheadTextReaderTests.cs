using Segmentation.Data.Csv;

namespace Segmentation.Tests.Data.Csv;

public class ReadAheadTextReaderTests
{
    [Test]
    public void It_reads_the_same_text_as_its_inner_reader()
    {
        var text = string.Concat(Enumerable.Range(0, 100_000).Select(i => $"{i},row {i}\n"));
        using var reader = new ReadAheadTextReader(new StringReader(text));

        Assert.That(reader.ReadToEnd(), Is.EqualTo(text));
        Assert.That(reader.Read(), Is.EqualTo(-1));
    }

    [Test]
    public void An_error_of_the_inner_reader_reaches_the_caller_after_the_text_before_it()
    {
        using var reader = new ReadAheadTextReader(new FailingReader("abc"));

        Assert.That(reader.Read(new char[10], 0, 10), Is.EqualTo(3));
        Assert.Throws<InvalidDataException>(() => reader.Read(new char[10], 0, 10));
    }

    [Test]
    public void Disposing_before_the_end_stops_the_thread_and_disposes_the_inner_reader()
    {
        var inner = new EndlessReader();
        var reader = new ReadAheadTextReader(inner);
        Assert.That(reader.Read(), Is.EqualTo('x'));

        reader.Dispose();

        Assert.That(inner.Disposed, Is.True);
    }

    private sealed class FailingReader(string text) : TextReader
    {
        private bool _served;

        public override int Read(char[] buffer, int index, int count)
        {
            if (_served)
            {
                throw new InvalidDataException("corrupt");
            }

            _served = true;
            text.CopyTo(buffer.AsSpan(index));
            return text.Length;
        }
    }

    private sealed class EndlessReader : TextReader
    {
        public bool Disposed { get; private set; }

        public override int Read(char[] buffer, int index, int count)
        {
            buffer.AsSpan(index, count).Fill('x');
            return count;
        }

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }
}
