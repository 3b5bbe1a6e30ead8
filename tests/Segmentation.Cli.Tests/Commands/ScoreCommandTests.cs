using Segmentation.Cli.Tests.Support;
using Segmentation.Data;
using Segmentation.Synthetic;

namespace Segmentation.Cli.Tests.Commands;

public class ScoreCommandTests
{
    [Test]
    public void Scoring_the_training_file_with_the_saved_model_gives_the_same_segments()
    {
        using var folder = new TempFolder();
        var input = folder.File("mall.csv");
        SyntheticCustomers.Mall().SaveCsv(input);
        var analyze = CliRun.Of("analyze", input, "--k", "5", "--out", folder.File("out"));
        Assert.That(analyze.ExitCode, Is.EqualTo(0), analyze.ToString);

        var run = CliRun.Of("score", "--model", folder.File("out/model.json"), input, "--out", folder.File("scored.csv"));

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString);
        Assert.That(run.Output, Does.Contain("Wrote 200 scored rows"));
        var trained = DataFrame.LoadCsv(folder.File("out/segments.csv")).Columns.GetNumeric("Segment").Values.ToArray();
        var scored = DataFrame.LoadCsv(folder.File("scored.csv")).Columns.GetNumeric("Segment").Values.ToArray();
        Assert.That(scored, Is.EqualTo(trained));
    }

    [Test]
    public void Without_out_the_scored_csv_goes_to_stdout()
    {
        using var folder = new TempFolder();
        var input = folder.File("mall.csv");
        SyntheticCustomers.Mall().SaveCsv(input);
        CliRun.Of("analyze", input, "--k", "3", "--out", folder.File("out"));
        var newCustomers = folder.File("new.csv");
        SyntheticCustomers.Mall(20, seed: 9).SaveCsv(newCustomers);

        var run = CliRun.Of("score", "--model", folder.File("out/model.json"), newCustomers);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString);
        var scored = DataFrame.ParseCsv(run.Output);
        Assert.That(scored.Rows.Count, Is.EqualTo(20));
        Assert.That(scored.Columns.Names, Does.Contain("SegmentName"));
    }
}
