using Segmentation.Cli.Tests.Support;
using Segmentation.Synthetic;

namespace Segmentation.Cli.Tests;

public class ExitCodeTests
{
    private const string Usage = "Run 'segment --help' (or 'segment <command> --help') for usage.";

    private TempFolder _folder = null!;
    private string _mall = null!;

    [SetUp]
    public void CreateFiles()
    {
        _folder = new TempFolder();
        _mall = _folder.File("mall.csv");
        SyntheticCustomers.Mall().SaveCsv(_mall);
    }

    [TearDown]
    public void DeleteFiles() => _folder.Dispose();

    [Test]
    public void Help_exits_zero() => Assert.That(CliRun.Of("--help").ExitCode, Is.EqualTo(0));

    [TestCase(new string[0], "segment: Required command was not provided.")]
    [TestCase(new[] { "analyze" }, "segment: Required argument missing for command: 'analyze'.")]
    [TestCase(new[] { "analyze", "x.csv", "--k", "10..2" }, "segment: --k '10..2': the range is empty; write the smaller number first (--k 2..10).")]
    [TestCase(new[] { "analyze", "x.csv", "--k", "0" }, "segment: --k '0': the number of segments must be at least 1.")]
    [TestCase(new[] { "analyze", "x.csv", "--k", "many" }, "segment: --k 'many' is not a number of segments: use a whole number (--k 5) or a range (--k 2..10).")]
    [TestCase(new[] { "analyze", "x.csv", "--seed", "abc" }, "segment: Cannot parse argument 'abc' for option '--seed' as expected type 'System.Int32'.")]
    [TestCase(new[] { "analyze", "x.csv", "--colour" }, "segment: Unrecognized command or argument '--colour'.")]
    [TestCase(new[] { "score", "x.csv" }, "segment: Option '--model' is required.")]
    [TestCase(new[] { "rfm", "x.csv", "--as-of", "yesterday" }, "segment: --as-of 'yesterday' is not a date; write it as yyyy-MM-dd (e.g. 2011-12-10).")]
    public void Bad_usage_exits_two_with_the_parser_message(string[] args, string message)
    {
        var run = CliRun.Of(args);

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString);
        Assert.That(run.Error, Does.StartWith(message + Environment.NewLine));
        Assert.That(run.Error, Does.EndWith(Usage + Environment.NewLine));
        Assert.That(run.Output, Is.Empty);
    }

    [Test]
    public void An_unknown_command_exits_two_naming_it()
    {
        var run = CliRun.Of("cluster", _mall);

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString);
        Assert.That(run.Error, Does.Contain("segment: Unrecognized command or argument 'cluster'." + Environment.NewLine));
    }

    [Test]
    public void An_unknown_scaling_exits_two_and_lists_the_choices()
    {
        var run = CliRun.Of("analyze", _mall, "--scale", "log");

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString);
        Assert.That(run.Error, Does.StartWith("segment: Argument 'log' not recognized. Must be one of:"));
        Assert.That(run.Error, Does.Contain("'zscore'").And.Contain("'minmax'").And.Contain("'robust'").And.Contain("'none'"));
    }

    [Test]
    public void An_empty_feature_name_exits_two()
    {
        var run = CliRun.Of("analyze", _mall, "--features", "Age,,Spending Score (1-100)", "--out", _folder.File("out"));

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString);
        Assert.That(run.Error, Is.EqualTo("segment: --features \"Age,,Spending Score (1-100)\" has an empty name; separate column names with single commas." + Environment.NewLine));
    }

    [Test]
    public void A_missing_file_exits_three_naming_it()
    {
        var run = CliRun.Of("analyze", _folder.File("nowhere.csv"), "--out", _folder.File("out"));

        Assert.That(run.ExitCode, Is.EqualTo(3), run.ToString);
        Assert.That(run.Error, Is.EqualTo($"segment: file not found: {_folder.File("nowhere.csv")}" + Environment.NewLine));
    }

    [Test]
    public void An_unknown_feature_exits_three_and_suggests_the_closest_columns()
    {
        var run = CliRun.Of("analyze", _mall, "--features", "Annual Income,Spending Score (1-100)", "--out", _folder.File("out"));

        Assert.That(run.ExitCode, Is.EqualTo(3), run.ToString);
        Assert.That(run.Error, Does.StartWith("segment: Column 'Annual Income' was not found. Did you mean 'Annual Income (k$)'?"));
        Assert.That(run.Error, Does.Not.Contain("   at "));
    }

    [Test]
    public void More_segments_than_customers_exits_three()
    {
        var tiny = _folder.Write("tiny.csv", "A,B\n1,2\n3,4\n5,7\n");

        var run = CliRun.Of("analyze", tiny, "--k", "5", "--out", _folder.File("out"));

        Assert.That(run.ExitCode, Is.EqualTo(3), run.ToString);
        Assert.That(run.Error, Does.StartWith("segment: rows=3 must be >= clusterCount=5"));
    }

    [Test]
    public void A_ragged_csv_exits_three_naming_the_row()
    {
        var ragged = _folder.Write("ragged.csv", "A,B\n1,2\n3\n5,6\n");

        var run = CliRun.Of("analyze", ragged, "--out", _folder.File("out"));

        Assert.That(run.ExitCode, Is.EqualTo(3), run.ToString);
        Assert.That(run.Error, Is.EqualTo("segment: CSV file 'ragged.csv' line 3 (row index 1) has 1 fields but the header has 2." + Environment.NewLine));
    }

    [Test]
    public void An_empty_csv_exits_three()
    {
        var empty = _folder.Write("empty.csv", string.Empty);

        var run = CliRun.Of("analyze", empty, "--out", _folder.File("out"));

        Assert.That(run.ExitCode, Is.EqualTo(3), run.ToString);
        Assert.That(run.Error, Is.EqualTo("segment: CSV file 'empty.csv' is empty: it has no header and no data rows." + Environment.NewLine));
    }

    [Test]
    public void Missing_values_with_imputation_off_exit_three_naming_the_column()
    {
        var gaps = _folder.Write("gaps.csv", "A,B\n1,2\n3,\n5,6\n7,8\n");

        var run = CliRun.Of("analyze", gaps, "--k", "2", "--impute", "none", "--out", _folder.File("out"));

        Assert.That(run.ExitCode, Is.EqualTo(3), run.ToString);
        Assert.That(run.Error, Does.StartWith("segment: Column 'B' has a missing value (NaN) in row 1"));
    }

    [Test]
    public void A_corrupted_model_file_exits_three()
    {
        var model = _folder.Write("model.json", "{\"format\": \"not a model\"");

        var run = CliRun.Of("score", "--model", model, _mall);

        Assert.That(run.ExitCode, Is.EqualTo(3), run.ToString);
        Assert.That(run.Error, Does.StartWith("segment: 'model.json' is not a Segmentation model: it is truncated or is not JSON"));
    }

    [Test]
    public void A_missing_model_file_exits_three()
    {
        var run = CliRun.Of("score", "--model", _folder.File("none.json"), _mall);

        Assert.That(run.ExitCode, Is.EqualTo(3), run.ToString);
        Assert.That(run.Error, Is.EqualTo($"segment: file not found: {_folder.File("none.json")}" + Environment.NewLine));
    }

    [Test]
    public void Scoring_a_file_without_a_model_column_exits_three_naming_it()
    {
        CliRun.Of("analyze", _mall, "--features", "Age,Annual Income (k$)", "--k", "3", "--out", _folder.File("out"));
        var other = _folder.Write("other.csv", "Age,Income\n30,40\n");

        var run = CliRun.Of("score", "--model", _folder.File("out/model.json"), other);

        Assert.That(run.ExitCode, Is.EqualTo(3), run.ToString);
        Assert.That(run.Error, Does.Contain("Annual Income (k$)"));
    }

    [Test]
    public void Rfm_with_an_unknown_column_exits_three()
    {
        var retail = _folder.File("retail.csv");
        SyntheticCustomers.RetailTransactions(20).SaveCsv(retail);

        var run = CliRun.Of("rfm", retail, "--customer", "Client", "--out", _folder.File("rfm"));

        Assert.That(run.ExitCode, Is.EqualTo(3), run.ToString);
        Assert.That(run.Error, Does.StartWith("segment: ").And.Contain("'Client'"));
    }

    [Test]
    public void Out_pointing_at_a_file_exits_two()
    {
        var run = CliRun.Of("analyze", _mall, "--out", _mall);

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString);
        Assert.That(run.Error, Is.EqualTo($"segment: --out '{_mall}' is a file; give a folder." + Environment.NewLine));
    }

    [Test]
    public void An_unexpected_failure_exits_one_with_a_short_message_and_no_stack_trace()
    {
        using var error = new StringWriter();

        var code = SegmentApp.Fail(Thrown(new InvalidOperationException("boom")), verbose: false, error);

        Assert.That(code, Is.EqualTo(1));
        Assert.That(error.ToString(), Is.EqualTo(
            "segment: unexpected InvalidOperationException: boom" + Environment.NewLine +
            "Run again with --verbose for the details." + Environment.NewLine));
    }

    [Test]
    public void Verbose_adds_the_stack_trace()
    {
        using var error = new StringWriter();

        var code = SegmentApp.Fail(Thrown(new InvalidOperationException("boom")), verbose: true, error);

        Assert.That(code, Is.EqualTo(1));
        Assert.That(error.ToString(), Does.StartWith("segment: unexpected InvalidOperationException: boom").And.Contain("   at "));
    }

    private static Exception Thrown(Exception exception)
    {
        try
        {
            throw exception;
        }
        catch (Exception caught)
        {
            return caught;
        }
    }
}
