using System.Globalization;
using System.Text;
using Segmentation.Data;

namespace Segmentation.Tests.Data;

public class CsvLoadTests
{
    private static DataFrame Parse(string text, CsvLoadOptions? options = null) => DataFrame.ParseCsv(text, options);

    private static DataFrame LoadBytes(byte[] bytes, CsvLoadOptions? options = null)
    {
        using var stream = new MemoryStream(bytes);
        return DataFrame.LoadCsv(stream, options);
    }

    private static SegmentationDataException ParseFails(string text, CsvLoadOptions? options = null) =>
        Assert.Throws<SegmentationDataException>(() => Parse(text, options))!;

    [TestCase("a,b\n1,2\n", ',')]
    [TestCase("a\tb\n1\t2\n", '\t')]
    [TestCase("a;b\n1;2\n", ';')]
    [TestCase("\"x,y\";b\n1;2\n", ';')]
    public void The_separator_is_detected_from_the_header(string text, char separator)
    {
        var frame = Parse(text);

        Assert.That(frame.Columns.Count, Is.EqualTo(2), $"separator {(int)separator}");
        Assert.That(frame.Columns[1].FormatValue(0), Is.EqualTo("2"));
    }

    [Test]
    public void A_given_separator_overrides_detection()
    {
        var frame = Parse("a,b;c\n1,2;3\n", new CsvLoadOptions { Separator = ';' });

        Assert.That(frame.Columns.Names, Is.EqualTo(new[] { "a,b", "c" }));
    }

    [Test]
    public void A_line_without_any_separator_is_one_column()
    {
        var frame = Parse("Age\n19\n21\n");

        Assert.That(frame.Columns.GetNumeric("Age").Values.ToArray(), Is.EqualTo(new[] { 19.0, 21.0 }));
    }

    [Test]
    public void Header_names_are_kept_exactly()
    {
        var frame = Parse("CustomerID,Annual Income (k$), Spending Score (1-100) \n1,15,39\n");

        Assert.That(frame.Columns.Names, Is.EqualTo(new[] { "CustomerID", "Annual Income (k$)", " Spending Score (1-100) " }));
    }

    [Test]
    public void A_utf8_byte_order_mark_is_not_part_of_the_first_name()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Age,Gender\n19,Male\n")).ToArray();

        var frame = LoadBytes(bytes);

        Assert.That(frame.Columns.Names[0], Is.EqualTo("Age"));
    }

    [Test]
    public void A_byte_order_mark_character_in_text_is_not_part_of_the_first_name()
    {
        var frame = Parse("\uFEFFAge,Gender\n19,Male\n");

        Assert.That(frame.Columns.Names[0], Is.EqualTo("Age"));
    }

    [Test]
    public void Crlf_and_lf_line_ends_read_the_same()
    {
        var crlf = Parse("a,b\r\n1,x\r\n2,y\r\n");
        var lf = Parse("a,b\n1,x\n2,y");

        Assert.That(crlf.ToCsv(), Is.EqualTo(lf.ToCsv()));
        Assert.That(crlf.Columns.GetCategorical("b")[1], Is.EqualTo("y"));
    }

    [Test]
    public void Quoted_fields_may_hold_separators_quotes_and_line_breaks()
    {
        var frame = Parse("name,note\n\"Smith, J\",\"said \"\"hi\"\"\nthen left\"\n");

        Assert.Multiple(() =>
        {
            Assert.That(frame.Columns.GetCategorical("name")[0], Is.EqualTo("Smith, J"));
            Assert.That(frame.Columns.GetCategorical("note")[0], Is.EqualTo("said \"hi\"\nthen left"));
        });
    }

    [Test]
    public void A_stray_quote_inside_an_unquoted_field_is_kept_as_written()
    {
        var frame = Parse("size,n\n12\" pipe,1\n");

        Assert.That(frame.Columns.GetCategorical("size")[0], Is.EqualTo("12\" pipe"));
    }

    [Test]
    public void Blank_cells_and_missing_value_tokens_are_missing()
    {
        var frame = Parse("x,t\n,a\nNA,N/A\nNaN,null\nNULL,None\n-,  \n5,b\n");

        Assert.Multiple(() =>
        {
            Assert.That(frame.Columns["x"].Kind, Is.EqualTo(ColumnKind.Numeric));
            Assert.That(frame.Columns["x"].MissingCount, Is.EqualTo(5));
            Assert.That(frame.Columns["t"].MissingCount, Is.EqualTo(4));
        });
    }

    [Test]
    public void Missing_value_tokens_are_configurable()
    {
        var options = new CsvLoadOptions { MissingValueTokens = { "?" } };

        var frame = Parse("x\n?\n1\n", options);

        Assert.That(frame.Columns["x"].Kind, Is.EqualTo(ColumnKind.Numeric));
        Assert.That(frame.Columns["x"].MissingCount, Is.EqualTo(1));
    }

    [Test]
    public void Cleared_missing_value_tokens_keep_NA_as_text()
    {
        var options = new CsvLoadOptions();
        options.MissingValueTokens.Clear();

        var frame = Parse("x\nNA\nb\n", options);

        Assert.That(frame.Columns.GetCategorical("x")[0], Is.EqualTo("NA"));
    }

    [Test]
    public void Blank_lines_are_skipped_and_line_numbers_still_count_them()
    {
        var error = ParseFails("a,b\n\n1,2\n\n3\n");

        Assert.That(error.Message, Is.EqualTo("CSV input line 5 (row index 1) has 1 fields but the header has 2."));
    }

    [Test]
    public void A_column_of_numbers_is_numeric_with_the_invariant_culture()
    {
        var frame = Parse("x\n1.5\n-2e3\n 7 \n+0.25\n");

        Assert.That(frame.Columns.GetNumeric("x").Values.ToArray(), Is.EqualTo(new[] { 1.5, -2000, 7, 0.25 }));
    }

    [Test]
    public void One_text_value_makes_the_whole_column_categorical()
    {
        var frame = Parse("InvoiceNo\n536365\n536366\nC536379\n");

        Assert.That(frame.Columns["InvoiceNo"].Kind, Is.EqualTo(ColumnKind.Categorical));
        Assert.That(frame.Columns.GetCategorical("InvoiceNo")[0], Is.EqualTo("536365"));
    }

    [Test]
    public void Categorical_values_are_kept_exactly_with_their_spaces()
    {
        var frame = Parse("d\nWHITE HEART  \n lantern\n");

        Assert.That(frame.Columns.GetCategorical("d")[0], Is.EqualTo("WHITE HEART  "));
        Assert.That(frame.Columns.GetCategorical("d")[1], Is.EqualTo(" lantern"));
    }

    [Test]
    public void An_all_missing_column_is_numeric()
    {
        var frame = Parse("a,b\n1,\n2,NA\n");

        Assert.That(frame.Columns["b"].Kind, Is.EqualTo(ColumnKind.Numeric));
        Assert.That(frame.Columns["b"].MissingCount, Is.EqualTo(2));
    }

    [Test]
    public void Iso_dates_and_times_make_a_date_column()
    {
        var frame = Parse("d,t\n2010-12-01,2010-12-01 08:26:00\n2011-01-31,2011-12-09 12:50:00\n");

        Assert.Multiple(() =>
        {
            Assert.That(frame.Columns.GetDate("d")[1], Is.EqualTo(new DateTime(2011, 1, 31)));
            Assert.That(frame.Columns.GetDate("t")[0], Is.EqualTo(new DateTime(2010, 12, 1, 8, 26, 0)));
        });
    }

    [Test]
    public void Ambiguous_dashed_dates_are_read_day_first()
    {
        var frame = Parse("Dt_Customer\n04-09-2012\n08-03-2014\n");

        Assert.That(frame.Columns.GetDate("Dt_Customer")[0], Is.EqualTo(new DateTime(2012, 9, 4)));
    }

    [Test]
    public void A_value_with_a_day_above_12_in_the_second_field_makes_the_column_month_first()
    {
        var frame = Parse("d\n04-09-2012\n12-25-2012\n");

        Assert.That(frame.Columns.GetDate("d")[0], Is.EqualTo(new DateTime(2012, 4, 9)));
    }

    [Test]
    public void Given_date_formats_are_tried_before_the_defaults()
    {
        var frame = Parse("d\n04-09-2012\n", new CsvLoadOptions { DateFormats = { "MM-dd-yyyy" } });

        Assert.That(frame.Columns.GetDate("d")[0], Is.EqualTo(new DateTime(2012, 4, 9)));
    }

    [Test]
    public void Iso_dates_with_and_without_times_mix_in_one_column()
    {
        var frame = Parse("d\n2012-09-04\n2010-12-01 08:26:00\n");

        Assert.That(frame.Columns.GetDate("d")[1], Is.EqualTo(new DateTime(2010, 12, 1, 8, 26, 0)));
    }

    [Test]
    public void A_column_mixing_day_first_and_month_first_dates_is_categorical()
    {
        var frame = Parse("d\n25-12-2012\n12-25-2012\n");

        Assert.That(frame.Columns["d"].Kind, Is.EqualTo(ColumnKind.Categorical));
    }

    [Test]
    public void A_given_culture_parses_decimal_commas()
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.NumberFormat.NumberDecimalSeparator = ",";

        var frame = Parse("a;b\n1,5;x\n", new CsvLoadOptions { Culture = culture });

        Assert.That(frame.Columns.GetNumeric("a")[0], Is.EqualTo(1.5));
    }

    [Test]
    public void Given_column_types_override_inference()
    {
        var options = new CsvLoadOptions { ColumnTypes = { ["ID"] = ColumnKind.Categorical, ["When"] = ColumnKind.Date } };

        var frame = Parse("ID,When\n0001,2012-01-01\n0002,\n", options);

        Assert.Multiple(() =>
        {
            Assert.That(frame.Columns.GetCategorical("ID")[0], Is.EqualTo("0001"));
            Assert.That(frame.Columns.GetDate("When")[1], Is.Null);
        });
    }

    [Test]
    public void Without_a_header_columns_are_numbered()
    {
        var frame = Parse("1,x\n2,y\n", new CsvLoadOptions { HasHeader = false });

        Assert.That(frame.Columns.Names, Is.EqualTo(new[] { "Column1", "Column2" }));
        Assert.That(frame.Rows.Count, Is.EqualTo(2));
    }

    [Test]
    public void Without_a_header_a_ragged_row_is_compared_with_the_first_row()
    {
        var error = ParseFails("1,x\n2\n", new CsvLoadOptions { HasHeader = false });

        Assert.That(error.Message, Is.EqualTo("CSV input line 2 (row index 1) has 1 fields but the first row has 2."));
    }

    [Test]
    public void A_gzip_stream_is_decompressed()
    {
        using var compressed = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(compressed, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes("a,b\n1,2\n"));
        }

        var frame = LoadBytes(compressed.ToArray());

        Assert.That(frame.Columns.GetNumeric("b")[0], Is.EqualTo(2));
    }

    [Test]
    public void Bytes_with_the_gzip_signature_that_are_not_gzip_are_a_data_error()
    {
        var error = Assert.Throws<SegmentationDataException>(() => LoadBytes([0x1f, 0x8b, 1, 2, 3, 4, 5, 6, 7, 8, 9]))!;

        Assert.That(error.Message, Does.StartWith("CSV input is not valid gzip data: "));
    }

    [Test]
    public void A_gzip_stream_cut_short_is_reported_as_truncated_not_read_partly()
    {
        var rows = string.Concat(Enumerable.Repeat("1,2\n", 2000));
        using var compressed = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(compressed, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes("a,b\n" + rows));
        }

        var cut = compressed.ToArray()[..^4];

        var error = Assert.Throws<SegmentationDataException>(() => LoadBytes(cut))!;

        Assert.That(error.Message, Does.StartWith("CSV input is truncated or corrupt: its gzip trailer states "));
        Assert.That(error.Message, Does.EndWith($" bytes but the data ends after {4 + rows.Length}."));
    }

    [Test]
    public void A_stream_that_cannot_seek_is_read_as_plain_text()
    {
        using var stream = new NonSeekableStream(Encoding.UTF8.GetBytes("a;b\n1;x\n"));

        var frame = DataFrame.LoadCsv(stream);

        Assert.That(frame.Columns.Names, Is.EqualTo(new[] { "a", "b" }));
    }

    [Test]
    public void One_row_of_one_column_loads()
    {
        var frame = Parse("x\n1\n");

        Assert.That(frame.Rows.Count, Is.EqualTo(1));
        Assert.That(frame.Columns.Count, Is.EqualTo(1));
    }

    [Test]
    public void Latin1_text_reads_with_the_latin1_encoding()
    {
        var bytes = Encoding.Latin1.GetBytes("item,price\nCAFÉ,£3\n");

        var frame = LoadBytes(bytes, new CsvLoadOptions { Encoding = Encoding.Latin1 });

        Assert.That(frame.Columns.GetCategorical("item")[0], Is.EqualTo("CAFÉ"));
    }

    // ---- bad input: one test each, exact messages ----

    [Test]
    public void An_empty_input_is_an_error()
    {
        var error = ParseFails("");

        Assert.That(error.Message, Is.EqualTo("CSV input is empty: it has no header and no data rows."));
    }

    [Test]
    public void An_input_of_blank_lines_is_empty()
    {
        Assert.That(ParseFails("\n\r\n  \n").Message, Is.EqualTo("CSV input is empty: it has no header and no data rows."));
    }

    [Test]
    public void A_header_without_data_rows_is_an_error()
    {
        var error = ParseFails("a,b\n");

        Assert.That(error.Message, Is.EqualTo(
            "CSV input has a header but no data rows. Set CsvLoadOptions.AllowNoDataRows to load it as a frame with no rows."));
    }

    [Test]
    public void A_header_without_data_rows_loads_empty_when_allowed()
    {
        var frame = Parse("a,b\n", new CsvLoadOptions { AllowNoDataRows = true });

        Assert.That(frame.Rows.Count, Is.Zero);
        Assert.That(frame.Columns.Names, Is.EqualTo(new[] { "a", "b" }));
    }

    [Test]
    public void A_ragged_row_names_its_line_row_and_field_counts()
    {
        var error = ParseFails("a,b,c\n1,2,3\n4,5\n");

        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Is.EqualTo("CSV input line 3 (row index 1) has 2 fields but the header has 3."));
            Assert.That(error.RowIndex, Is.EqualTo(1));
        });
    }

    [Test]
    public void A_row_with_too_many_fields_is_ragged()
    {
        Assert.That(ParseFails("a,b\n1,2,3\n").Message, Is.EqualTo("CSV input line 2 (row index 0) has 3 fields but the header has 2."));
    }

    [Test]
    public void Mixed_separators_make_a_ragged_row()
    {
        Assert.That(ParseFails("a,b\n1;2\n").Message, Is.EqualTo("CSV input line 2 (row index 0) has 1 fields but the header has 2."));
    }

    [Test]
    public void An_unclosed_quote_names_the_line_where_it_opens()
    {
        var error = ParseFails("a,b\n1,2\n3,\"four\n5,6\n");

        Assert.That(error.Message, Is.EqualTo("CSV input line 3 (row index 1) opens a quoted field that is not closed before the end of the input."));
    }

    [Test]
    public void An_unclosed_quote_in_the_header_is_an_error()
    {
        Assert.That(ParseFails("a,\"b\n1,2\n").Message,
            Is.EqualTo("CSV input line 1 (header) opens a quoted field that is not closed before the end of the input."));
    }

    [Test]
    public void A_duplicate_header_name_names_both_positions()
    {
        var error = ParseFails("Age,Income,Age\n1,2,3\n");

        Assert.That(error.Message, Is.EqualTo(
            "CSV input header names column 'Age' twice (columns 1 and 3, counting from 1); column names must be unique."));
        Assert.That(error.ColumnName, Is.EqualTo("Age"));
    }

    [Test]
    public void An_empty_header_name_is_an_error()
    {
        Assert.That(ParseFails("a,,c\n1,2,3\n").Message,
            Is.EqualTo("CSV input header has an empty name for column 2 (counting from 1); every column needs a name."));
    }

    [Test]
    public void Text_in_a_column_given_as_numeric_names_value_column_row_and_line()
    {
        var options = new CsvLoadOptions { ColumnTypes = { ["Income"] = ColumnKind.Numeric } };

        var error = ParseFails("ID,Income\n1,58138\n2,\n3,unknown\n", options);

        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Is.EqualTo(
                "CSV input line 4 (row index 2), column 'Income': value 'unknown' is not a number; the column's type was given as Numeric."));
            Assert.That(error.ColumnName, Is.EqualTo("Income"));
            Assert.That(error.RowIndex, Is.EqualTo(2));
            Assert.That(error.Value, Is.EqualTo("unknown"));
        });
    }

    [Test]
    public void Text_in_a_column_given_as_date_names_the_format_tried()
    {
        var options = new CsvLoadOptions { ColumnTypes = { ["d"] = ColumnKind.Date } };

        var error = ParseFails("d\n01-02-2012\nsoon\n", options);

        Assert.That(error.Message, Is.EqualTo(
            "CSV input line 3 (row index 1), column 'd': value 'soon' is not a date in the formats 'dd-MM-yyyy', 'dd-MM-yyyy HH:mm:ss', 'dd-MM-yyyy HH:mm', 'dd/MM/yyyy', 'dd/MM/yyyy HH:mm:ss', 'dd/MM/yyyy HH:mm', 'dd.MM.yyyy'; the column's type was given as Date. Add its format to CsvLoadOptions.DateFormats."));
    }

    [TestCase("Infinity")]
    [TestCase("-Infinity")]
    [TestCase("1e999")]
    public void A_number_that_is_not_finite_is_an_error(string value)
    {
        var error = ParseFails($"x\n1\n{value}\n");

        Assert.That(error.Message, Is.EqualTo(
            $"CSV input line 3 (row index 1), column 'x': value '{value}' is not a finite number. Add it to CsvLoadOptions.MissingValueTokens to read it as missing, or give the column type Categorical."));
    }

    [Test]
    public void Infinity_listed_as_a_missing_token_is_missing()
    {
        var frame = Parse("x\n1\nInfinity\n", new CsvLoadOptions { MissingValueTokens = { "Infinity" } });

        Assert.That(frame.Columns["x"].MissingCount, Is.EqualTo(1));
    }

    [Test]
    public void Huge_subnormal_and_negative_zero_values_are_kept()
    {
        var frame = Parse("x\n1e300\n5e-324\n-0\n");

        var values = frame.Columns.GetNumeric("x").Values.ToArray();
        Assert.That(values, Is.EqualTo(new[] { 1e300, double.Epsilon, 0.0 }));
        Assert.That(double.IsNegative(values[2]), Is.True);
    }

    [Test]
    public void Bytes_that_are_not_utf8_name_line_row_and_column()
    {
        var bytes = Encoding.Latin1.GetBytes("item,price\ntea,1\nCAFÉ,2\n");

        var error = Assert.Throws<SegmentationDataException>(() => LoadBytes(bytes))!;

        Assert.That(error.Message, Is.EqualTo(
            "CSV input line 3 (row index 1), column 'item': value 'CAF\uFFFD' holds bytes that are not valid UTF-8. Set CsvLoadOptions.Encoding to the file's encoding (for example Encoding.Latin1)."));
    }

    [Test]
    public void Bytes_that_are_not_utf8_in_the_header_name_the_column_position()
    {
        var bytes = Encoding.Latin1.GetBytes("item,café\ntea,1\n");

        var error = Assert.Throws<SegmentationDataException>(() => LoadBytes(bytes))!;

        Assert.That(error.Message, Is.EqualTo(
            "CSV input line 1 (header), column 2: name 'caf\uFFFD' holds bytes that are not valid UTF-8. Set CsvLoadOptions.Encoding to the file's encoding (for example Encoding.Latin1)."));
    }

    [Test]
    public void A_column_type_for_an_unknown_column_suggests_the_closest_names()
    {
        var options = new CsvLoadOptions { ColumnTypes = { ["Incom"] = ColumnKind.Numeric } };

        var error = Assert.Throws<ColumnNotFoundException>(() => Parse("ID,Income\n1,2\n", options))!;

        Assert.That(error.Message, Is.EqualTo("Column 'Incom' was not found. Did you mean 'Income'?"));
    }

    [Test]
    public void With_many_cells_typed_in_parallel_the_first_column_with_a_problem_is_reported()
    {
        const int Rows = 100_000;
        var text = new StringBuilder("a,b\n");
        for (var row = 0; row < Rows; row++)
        {
            text.Append(row == Rows - 1 ? "late" : "1").Append(',').Append(row == 0 ? "early" : "2").Append('\n');
        }

        var options = new CsvLoadOptions { ColumnTypes = { ["a"] = ColumnKind.Numeric, ["b"] = ColumnKind.Numeric } };

        var error = ParseFails(text.ToString(), options);

        Assert.That(error.Message, Is.EqualTo(
            $"CSV input line {Rows + 1} (row index {Rows - 1}), column 'a': value 'late' is not a number; the column's type was given as Numeric."));
    }

    [Test]
    public void A_quote_as_separator_is_an_argument_error()
    {
        Assert.Throws<ArgumentException>(() => Parse("a\n1\n", new CsvLoadOptions { Separator = '"' }));
    }

    [Test]
    public void A_file_path_appears_in_messages_by_its_name()
    {
        var path = Path.Combine(Path.GetTempPath(), $"segmentation-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "a,b\n1\n");
        try
        {
            var error = Assert.Throws<SegmentationDataException>(() => DataFrame.LoadCsv(path))!;

            Assert.That(error.Message, Is.EqualTo($"CSV file '{Path.GetFileName(path)}' line 2 (row index 0) has 1 fields but the header has 2."));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
