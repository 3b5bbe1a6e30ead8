using Segmentation.Data.Csv;

namespace Segmentation.Tests.Data.Csv;

public class CsvTokenizerTests
{
    private static List<(int Line, string[] Fields, bool Unclosed)> Records(string text, char separator = ',')
    {
        var tokenizer = new CsvTokenizer(new StringReader(text), separator);
        var records = new List<(int, string[], bool)>();
        while (tokenizer.Read())
        {
            var fields = Enumerable.Range(0, tokenizer.FieldCount).Select(i => tokenizer[i].ToString()).ToArray();
            records.Add((tokenizer.Line, fields, tokenizer.HasUnclosedField));
        }

        return records;
    }

    [Test]
    public void Records_end_at_crlf_lf_or_a_lone_cr()
    {
        var records = Records("a,b\r\n1,2\n3,4\r5,6");

        Assert.That(records.Select(r => string.Join("|", r.Fields)), Is.EqualTo(new[] { "a|b", "1|2", "3|4", "5|6" }));
        Assert.That(records.Select(r => r.Line), Is.EqualTo(new[] { 1, 2, 3, 4 }));
    }

    [Test]
    public void Empty_lines_are_skipped_but_counted()
    {
        var records = Records("\n\na\r\n\r\nb\n");

        Assert.That(records.Select(r => (r.Line, r.Fields[0])), Is.EqualTo(new[] { (3, "a"), (5, "b") }));
    }

    [Test]
    public void A_line_of_spaces_is_a_record_of_one_field()
    {
        Assert.That(Records("a,b\n  \n")[1].Fields, Is.EqualTo(new[] { "  " }));
    }

    [Test]
    public void Line_breaks_inside_quotes_count_towards_the_next_line_number()
    {
        var records = Records("\"x\r\ny\nz\",1\nnext,2\n");

        Assert.That(records[0].Fields[0], Is.EqualTo("x\r\ny\nz"));
        Assert.That(records[1].Line, Is.EqualTo(4));
    }

    [Test]
    public void A_trailing_separator_makes_an_empty_last_field()
    {
        Assert.That(Records("a,b,\n1,2,")[1].Fields, Is.EqualTo(new[] { "1", "2", string.Empty }));
    }

    [TestCase("\"a,b\",c", "a,b|c")]
    [TestCase("\"say \"\"hi\"\"\",c", "say \"hi\"|c")]
    [TestCase("\"\",c", "|c")]
    [TestCase("12\" pipe,c", "12\" pipe|c")]
    [TestCase("\"ab\"cd,c", "abcd|c")]
    [TestCase("a\"b\"c,\"d\"", "a\"b\"c|d")]
    public void Quotes_follow_the_rfc_4180_rules_leniently(string line, string fields)
    {
        Assert.That(string.Join("|", Records(line)[0].Fields), Is.EqualTo(fields));
    }

    [Test]
    public void A_quote_open_at_the_end_of_the_input_marks_its_field_unclosed()
    {
        var records = Records("a,b\n1,\"two\n3,4\n");

        Assert.That(records, Has.Count.EqualTo(2));
        Assert.That(records[1].Unclosed, Is.True);
        Assert.That(records[1].Fields[1], Is.EqualTo("two\n3,4\n"));
    }

    [Test]
    public void Records_longer_than_the_buffer_are_read_whole()
    {
        var longField = new string('x', 300_000);
        var quoted = "\"" + new string('y', 200_000) + "\"\"\"";

        var records = Records($"a,b\n{longField},{quoted}\r\nlast,1\n");

        Assert.Multiple(() =>
        {
            Assert.That(records[1].Fields[0], Has.Length.EqualTo(300_000));
            Assert.That(records[1].Fields[1], Is.EqualTo(new string('y', 200_000) + "\""));
            Assert.That(records[2].Fields, Is.EqualTo(new[] { "last", "1" }));
            Assert.That(records[2].Line, Is.EqualTo(3));
        });
    }

    [Test]
    public void A_crlf_split_across_two_reads_is_one_line_break()
    {
        var reader = new ChunkedReader("a,b\r", "\n1,2\r", "\n");
        var tokenizer = new CsvTokenizer(reader, ',');

        Assert.That(tokenizer.Read() && tokenizer.Read(), Is.True);
        Assert.That(tokenizer.Line, Is.EqualTo(2));
        Assert.That(tokenizer.Read(), Is.False);
    }

    [Test]
    public void The_position_counts_the_characters_through_the_current_record()
    {
        var tokenizer = new CsvTokenizer(new StringReader("ab,c\r\nd\n"), ',');

        tokenizer.Read();

        Assert.That(tokenizer.Position, Is.EqualTo(6));
    }

    /// <summary>Hands out its text in the given pieces, one per read.</summary>
    private sealed class ChunkedReader(params string[] pieces) : TextReader
    {
        private int _next;

        public override int Read(char[] buffer, int index, int count)
        {
            if (_next == pieces.Length)
            {
                return 0;
            }

            var piece = pieces[_next++];
            piece.CopyTo(buffer.AsSpan(index, count));
            return piece.Length;
        }
    }
}
