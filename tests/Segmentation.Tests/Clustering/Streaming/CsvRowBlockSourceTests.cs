using Segmentation.Clustering.Streaming;

namespace Segmentation.Tests.Clustering.Streaming;

public sealed class CsvRowBlockSourceTests
{
    private StreamingTestFiles _files = null!;

    [SetUp]
    public void CreateFolder() => _files = new StreamingTestFiles();

    [TearDown]
    public void DeleteFolder() => _files.Dispose();

    [Test]
    public void Chosen_columns_are_read_in_the_order_asked_in_blocks_of_whole_rows()
    {
        var path = _files.Write("a.csv", "name,a,b,c\nx,1,2,3\ny,4,5,6\n\nz,7,8,9\n");
        var source = new CsvRowBlockSource(path, ["c", "a"]);

        var blocks = ReadAll(source, blockRows: 2);

        Assert.That(blocks, Is.EqualTo(new[] { new double[] { 3, 1, 6, 4 }, [9, 7] }));
    }

    [Test]
    public void Every_pass_reads_the_file_again_from_the_first_row()
    {
        var path = _files.Write("a.csv", "a,b\n1,2\n3,4\n5,6\n");
        var source = new CsvRowBlockSource(path, ["a", "b"]);

        var first = ReadAll(source, blockRows: 2).SelectMany(block => block).ToArray();
        var second = ReadAll(source, blockRows: 3).SelectMany(block => block).ToArray();

        Assert.That(second, Is.EqualTo(first));
        Assert.That(first, Is.EqualTo(new double[] { 1, 2, 3, 4, 5, 6 }));
    }

    [Test]
    public void A_gzip_file_and_a_semicolon_separated_file_with_quotes_read_alike()
    {
        var gzip = _files.Write("a.csv.gz", "a,b\n1.5,-2e3\n3,4\n");
        var semicolons = _files.Write("b.csv", "\"a\";\"b\"\n\"1.5\";-2e3\r\n3;4\r\n");

        var fromGzip = ReadAll(new CsvRowBlockSource(gzip, ["a", "b"]), blockRows: 10);
        var semicolonSource = new CsvRowBlockSource(semicolons, ["a", "b"]);
        var fromSemicolons = ReadAll(semicolonSource, blockRows: 10);

        Assert.That(fromGzip, Is.EqualTo(new[] { new double[] { 1.5, -2000, 3, 4 } }));
        Assert.That(fromSemicolons, Is.EqualTo(fromGzip));
        Assert.That(semicolonSource.Separator, Is.EqualTo(';'));
    }

    [Test]
    public void A_missing_column_names_the_closest_existing_ones()
    {
        var path = _files.Write("a.csv", "Annual Income,Spending Score\n1,2\n");

        var error = Assert.Throws<ColumnNotFoundException>(() => new CsvRowBlockSource(path, ["Annual Incme"]));

        Assert.That(error.Message, Is.EqualTo("Column 'Annual Incme' was not found. Did you mean 'Annual Income'?"));
        Assert.That(error.Suggestions, Is.EqualTo(new[] { "Annual Income" }));
    }

    [Test]
    public void A_value_that_is_not_a_number_names_the_file_line_row_column_and_value()
    {
        var path = _files.Write("bad.csv", "a,b\n1,2\n\n3,abc\n");
        var source = new CsvRowBlockSource(path, ["a", "b"]);

        var error = Assert.Throws<SegmentationDataException>(() => ReadAll(source, blockRows: 10));

        Assert.That(error.Message, Is.EqualTo("CSV file 'bad.csv' line 4 (row index 1), column 'b': value 'abc' is not a number."));
        Assert.That((error.ColumnName, error.RowIndex, error.Value), Is.EqualTo(("b", (int?)1, "abc")));
    }

    [TestCase("", "value '' is missing")]
    [TestCase("NA", "value 'NA' is missing")]
    [TestCase("Infinity", "value 'Infinity' is not a finite number.")]
    public void A_missing_or_infinite_value_is_refused_naming_it(string value, string expected)
    {
        var path = _files.Write("bad.csv", $"a,b\n1,2\n{value},4\n");
        var source = new CsvRowBlockSource(path, ["a", "b"]);

        var error = Assert.Throws<SegmentationDataException>(() => ReadAll(source, blockRows: 10));

        Assert.That(error.Message, Does.StartWith($"CSV file 'bad.csv' line 3 (row index 1), column 'a': {expected}"));
    }

    [Test]
    public void A_row_with_too_few_fields_is_refused_naming_its_line()
    {
        var path = _files.Write("ragged.csv", "a,b,c\n1,2,3\n4,5\n");
        var source = new CsvRowBlockSource(path, ["a"]);

        var error = Assert.Throws<SegmentationDataException>(() => ReadAll(source, blockRows: 10));

        Assert.That(error.Message, Is.EqualTo("CSV file 'ragged.csv' line 3 (row index 1) has 2 fields but the header has 3."));
    }

    [Test]
    public void An_empty_file_and_a_header_without_rows_are_refused()
    {
        var empty = _files.Write("empty.csv", "\n\n");
        var headerOnly = new CsvRowBlockSource(_files.Write("header.csv", "a,b\n"), ["a"]);

        var emptyError = Assert.Throws<SegmentationDataException>(() => _ = new CsvRowBlockSource(empty, ["a"]));
        var headerError = Assert.Throws<SegmentationDataException>(() => ReadAll(headerOnly, blockRows: 10));

        Assert.That(emptyError.Message, Is.EqualTo("CSV file 'empty.csv' is empty: it has no header and no data rows."));
        Assert.That(headerError.Message, Is.EqualTo("CSV file 'header.csv' has a header but no data rows."));
    }

    [Test]
    public void A_feature_named_twice_is_an_argument_error()
    {
        var path = _files.Write("a.csv", "a,b\n1,2\n");

        var error = Assert.Throws<ArgumentException>(() => _ = new CsvRowBlockSource(path, ["a", "a"]));

        Assert.That(error.Message, Does.StartWith("featureColumns names 'a' twice."));
    }

    [Test]
    public void Quoted_fields_may_hold_separators_quotes_and_line_breaks_and_lines_are_still_counted()
    {
        var path = _files.Write("quoted.csv", "\uFEFF\"the \"\"name\"\"\",value\r\n\"a,\nb\",1\r\n\r\n\"c\rd\",2\rx,bad\n");
        var source = new CsvRowBlockSource(path, ["value"]);

        var error = Assert.Throws<SegmentationDataException>(() => ReadAll(source, blockRows: 10));
        var named = new CsvRowBlockSource(path, ["the \"name\""]);

        Assert.That(error.Message, Is.EqualTo("CSV file 'quoted.csv' line 7 (row index 2), column 'value': value 'bad' is not a number."));
        Assert.That(named.FeatureNames, Is.EqualTo(new[] { "the \"name\"" }));
    }

    [Test]
    public void A_quote_left_open_to_the_end_is_refused_naming_its_line()
    {
        var path = _files.Write("open.csv", "a,b\n1,2\n3,\"4\n5,6\n");
        var source = new CsvRowBlockSource(path, ["a", "b"]);

        var error = Assert.Throws<SegmentationDataException>(() => ReadAll(source, blockRows: 10));

        Assert.That(error.Message, Is.EqualTo("CSV file 'open.csv' line 3 (row index 1) opens a quoted field that is not closed before the end of the input."));
    }

    [Test]
    public void A_record_longer_than_the_read_buffer_is_read_whole()
    {
        var padding = new string('x', 200_000);
        var path = _files.Write("long.csv", $"note,a\n{padding},1.25\nshort,2\n");

        var blocks = ReadAll(new CsvRowBlockSource(path, ["a"]), blockRows: 1);

        Assert.That(blocks, Is.EqualTo(new[] { new[] { 1.25 }, [2.0] }));
    }

    private static List<double[]> ReadAll(IRowBlockSource source, int blockRows)
    {
        var features = source.FeatureNames.Count;
        var buffer = new double[blockRows * features];
        var blocks = new List<double[]>();
        using var reader = source.OpenReader();
        int read;
        while ((read = reader.Read(buffer)) > 0)
        {
            blocks.Add(buffer[..(read * features)]);
        }

        return blocks;
    }
}
