using System.Globalization;
using Segmentation.Cli.Tests.Support;
using Segmentation.Clustering.Streaming;
using Segmentation.Synthetic;

namespace Segmentation.Cli.Tests.Commands;

public class AnalyzeOutOfCoreTests
{
    private const string IncomeAndSpending = "Annual Income (k$),Spending Score (1-100)";
    private static readonly string[] Features = ["Annual Income (k$)", "Spending Score (1-100)"];

    [Test]
    public void Out_of_core_analysis_writes_the_label_of_every_row_and_the_centres_of_the_recommended_k()
    {
        using var folder = new TempFolder();
        var input = folder.File("mall.csv");
        SyntheticCustomers.Mall(rowCount: 2000).SaveCsv(input);
        var output = folder.File("out");

        var run = CliRun.Of("analyze", input, "--features", IncomeAndSpending, "--k", "2..8", "--out-of-core", "--memory", "16MB", "--out", output);

        var selection = new StreamingClusterCountSelector(new StreamingClusterCountSelectorOptions
        {
            MinClusters = 2,
            MaxClusters = 8,
            KMeans = new StreamingKMeansOptions { Standardize = true, MemoryBudgetBytes = 16L << 20 },
        }).Select(new CsvRowBlockSource(input, Features));
        var model = selection.GetModel(selection.RecommendedClusterCount);
        var expected = new List<int>();
        model.Assign(new CsvRowBlockSource(input, Features), (_, labels) => expected.AddRange(labels.ToArray()));
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString);
        Assert.That(run.Output, Does.Contain($"k = {selection.RecommendedClusterCount}: {selection.Reason}"));
        Assert.That(run.Output, Does.Contain("Streamed mall.csv: 2000 rows in blocks of 2000 (memory budget 16 MiB)."));
        var written = File.ReadAllLines(Path.Combine(output, "segments.csv"));
        Assert.That(written[0], Is.EqualTo("Segment"));
        Assert.That(written.Skip(1).Select(line => int.Parse(line, CultureInfo.InvariantCulture)), Is.EqualTo(expected));
        var centres = File.ReadAllLines(Path.Combine(output, "centres.csv"));
        Assert.That(centres[0], Is.EqualTo("Segment,Size,Share,Annual Income (k$),Spending Score (1-100)"));
        Assert.That(centres, Has.Length.EqualTo(selection.RecommendedClusterCount + 1));
    }

    [Test]
    public void Out_of_core_analysis_with_a_fixed_k_prints_one_json_summary()
    {
        using var folder = new TempFolder();
        var input = folder.File("mall.csv");
        SyntheticCustomers.Mall(rowCount: 500).SaveCsv(input);

        var run = CliRun.Of("analyze", input, "--features", IncomeAndSpending, "--k", "5", "--out-of-core", "--json", "--out", folder.File("out"));

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString);
        var json = run.Json();
        Assert.That(json.GetProperty("outOfCore").GetBoolean(), Is.True);
        Assert.That(json.GetProperty("rows").GetInt64(), Is.EqualTo(500));
        Assert.That(json.GetProperty("k").GetInt32(), Is.EqualTo(5));
        Assert.That(json.GetProperty("segments").EnumerateArray().Sum(segment => segment.GetProperty("size").GetInt64()), Is.EqualTo(500));
    }

    [TestCase(new[] { "--k", "5", "--out-of-core" }, "--out-of-core needs --features: the columns cannot be chosen without reading the whole file.")]
    [TestCase(new[] { "--features", IncomeAndSpending, "--memory", "64MB" }, "--memory applies only with --out-of-core.")]
    [TestCase(new[] { "--features", IncomeAndSpending, "--out-of-core", "--memory", "lots" }, "--memory \"lots\" is not a memory size; write it as 256MB, 1GB or a number of bytes.")]
    [TestCase(new[] { "--features", IncomeAndSpending, "--out-of-core", "--scale", "minmax" }, "--out-of-core scales with zscore or none, not minmax.")]
    [TestCase(new[] { "--features", IncomeAndSpending, "--k", "5", "--out-of-core", "--memory", "1KB" }, "MemoryBudgetBytes=1024 is too small: ")]
    public void Out_of_core_usage_mistakes_are_usage_errors_that_say_what_to_do(string[] options, string message)
    {
        using var folder = new TempFolder();
        var input = folder.File("mall.csv");
        SyntheticCustomers.Mall().SaveCsv(input);

        var run = CliRun.Of(["analyze", input, "--out", folder.File("out"), .. options]);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Usage), run.ToString);
        Assert.That(run.Error, Does.Contain(message));
    }
}
