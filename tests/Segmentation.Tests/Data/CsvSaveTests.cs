using System.Globalization;
using System.Text;
using Segmentation.Data;

namespace Segmentation.Tests.Data;

public class CsvSaveTests
{
    private static DataFrame Sample() => new(
        new NumericColumn("Income (k$)", [0.1, -0.0, 1e300, double.NaN, 15]),
        new CategoricalColumn("Note", ["plain", "with, comma", "say \"hi\"", null, "two\nlines"]),
        new DateColumn("Joined", [new DateTime(2012, 9, 4), new DateTime(2010, 12, 1, 8, 26, 0), null, new DateTime(2011, 1, 1, 0, 0, 0, 500), new DateTime(2014, 6, 29)]));

    [Test]
    public void Values_are_written_in_the_invariant_round_trip_form_with_quotes_only_where_needed()
    {
        var text = Sample().ToCsv();

        Assert.That(text, Is.EqualTo(
            "Income (k$),Note,Joined\n" +
            "0.1,plain,2012-09-04\n" +
            "-0,\"with, comma\",2010-12-01 08:26:00\n" +
            "1E+300,\"say \"\"hi\"\"\",\n" +
            ",,2011-01-01 00:00:00.5\n" +
            "15,\"two\nlines\",2014-06-29\n"));
    }

    [Test]
    public void Separator_newline_and_header_are_configurable()
    {
        var frame = new DataFrame(new NumericColumn("a", [1.5]), new CategoricalColumn("b", ["x;y"]));

        var text = frame.ToCsv(new CsvSaveOptions { Separator = ';', NewLine = "\r\n", IncludeHeader = false });

        Assert.That(text, Is.EqualTo("1.5;\"x;y\"\r\n"));
    }

    [Test]
    public void A_saved_file_loads_back_to_the_same_values()
    {
        var path = Path.Combine(Path.GetTempPath(), $"segmentation-{Guid.NewGuid():N}.csv.gz");
        try
        {
            var original = Sample();
            original.SaveCsv(path);

            var loaded = DataFrame.LoadCsv(path);

            AssertSameValues(original, loaded);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void A_saved_stream_is_utf8_without_a_byte_order_mark()
    {
        var frame = new DataFrame(new CategoricalColumn("item", ["£5 voucher"]));
        using var stream = new MemoryStream();

        frame.SaveCsv(stream);

        Assert.That(stream.ToArray(), Is.EqualTo(Encoding.UTF8.GetBytes("item\n£5 voucher\n")));
    }

#pragma warning disable NUnit1027 // FsCheck, not NUnit, supplies the arguments of a property.
    [FsCheck.NUnit.Property(MaxTest = 300)]
    public bool Csv_write_then_read_round_trips_every_value(double[] numbers, string?[] texts, DateTime[] dates)
#pragma warning restore NUnit1027
    {
        var rows = Math.Min(numbers.Length, Math.Min(texts.Length, dates.Length));
        if (rows == 0)
        {
            return true;
        }

        // Documented: only finite numbers are kept, and a text equal to a missing-value token (or only white space)
        // reads back as missing; the generator states those values as missing to begin with.
        var original = new DataFrame(
            new NumericColumn("number", numbers.Take(rows).Select(n => double.IsFinite(n) ? n : double.NaN)),
            new CategoricalColumn("text", texts.Take(rows).Select(t => IsMissingText(t) ? null : t)),
            new DateColumn("date", dates.Take(rows).Select(d => (DateTime?)d)));
        var types = new CsvLoadOptions
        {
            ColumnTypes = { ["number"] = ColumnKind.Numeric, ["text"] = ColumnKind.Categorical, ["date"] = ColumnKind.Date },
        };

        var loaded = DataFrame.ParseCsv(original.ToCsv(), types);

        AssertSameValues(original, loaded);
        return true;
    }

    private static bool IsMissingText(string? text) =>
        string.IsNullOrWhiteSpace(text) || Defaults.MissingValueTokens.Contains(text);

    private static void AssertSameValues(DataFrame expected, DataFrame actual)
    {
        Assert.That(actual.Columns.Names, Is.EqualTo(expected.Columns.Names));
        Assert.That(actual.Rows.Count, Is.EqualTo(expected.Rows.Count));
        for (var i = 0; i < expected.Columns.Count; i++)
        {
            Assert.That(actual.Columns[i].Kind, Is.EqualTo(expected.Columns[i].Kind), expected.Columns[i].Name);
            for (var row = 0; row < expected.Rows.Count; row++)
            {
                var want = expected.Columns[i].GetValue(row);
                var got = actual.Columns[i].GetValue(row);
                if (want is double number)
                {
                    Assert.That(BitConverter.DoubleToInt64Bits((double)got!), Is.EqualTo(BitConverter.DoubleToInt64Bits(number)),
                        $"{expected.Columns[i].Name}[{row}] = {number.ToString("R", CultureInfo.InvariantCulture)}");
                }
                else
                {
                    Assert.That(got, Is.EqualTo(want), $"{expected.Columns[i].Name}[{row}]");
                }
            }
        }
    }
}
