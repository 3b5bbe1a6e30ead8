using Segmentation.Cli.Tests.Support;
using Segmentation.Synthetic;

namespace Segmentation.Cli.Tests.Reliability;

/// <summary>
/// The CLI part of the bad-input catalog (the rest is tests/Segmentation.Tests/Reliability): each bad command line or
/// bad file gives the usage (2) or data (3) exit code and a one-line message naming the problem, never exit 1
/// ("unexpected ...", a crash). The CSV and model files are the catalog's own, linked into this project's output.
/// </summary>
public class CliBadInputTests
{
    private static TempFolder? s_folder;

    private static TempFolder Folder => s_folder ??= CreateFolder();

    private static string Catalog(string name) => Path.Combine(TestContext.CurrentContext.TestDirectory, "Reliability", "Catalog", name);

    private static string Out => Folder.File("out-" + Guid.NewGuid().ToString("N"));

    private static TempFolder CreateFolder()
    {
        var folder = new TempFolder();
        SyntheticCustomers.Mall(60).SaveCsv(folder.File("mall.csv"));
        var analyze = CliRun.Of("analyze", folder.File("mall.csv"), "--k", "3", "--out", folder.File("model-out"));
        Assert.That(analyze.ExitCode, Is.Zero, analyze.ToString);
        var model = File.ReadAllBytes(folder.File("model-out/model.json"));
        File.WriteAllBytes(folder.File("truncated.json"), model[..(model.Length / 2)]);
        var flipped = (byte[])model.Clone();
        flipped[Array.FindLastIndex(flipped, b => b is >= (byte)'1' and <= (byte)'8')] ^= 1;
        File.WriteAllBytes(folder.File("flipped.json"), flipped);
        File.WriteAllText(folder.File("no_income.csv"), "CustomerID,Gender,Age,Spending Score (1-100)\n1,Male,30,50\n");
        return folder;
    }

    [OneTimeTearDown]
    public void DeleteFolder() => s_folder?.Dispose();

    private static IEnumerable<TestCaseData> Cases()
    {
        TestCaseData Case(string name, Func<string[]> args, int exitCode, params string[] fragments) =>
            new TestCaseData(args, exitCode, fragments).SetName($"CLI: {name}");

        yield return Case("empty file", () => ["analyze", Catalog("empty.csv"), "--out", Out], ExitCodes.Data, "'empty.csv' is empty");
        yield return Case("header only", () => ["analyze", Catalog("header_only.csv"), "--out", Out], ExitCodes.Data, "has a header but no data rows");
        yield return Case("ragged row", () => ["analyze", Catalog("ragged_rows.csv"), "--out", Out], ExitCodes.Data, "line 4 (row index 2) has 4 fields");
        yield return Case("unclosed quote", () => ["analyze", Catalog("unclosed_quote.csv"), "--out", Out], ExitCodes.Data, "opens a quoted field that is not closed");
        yield return Case("non-UTF-8 bytes", () => ["analyze", Catalog("latin1_bytes.csv"), "--out", Out], ExitCodes.Data, "column 'Name'", "not valid UTF-8");
        yield return Case("Infinity text", () => ["analyze", Catalog("infinity_text.csv"), "--out", Out], ExitCodes.Data, "column 'Income': value 'Infinity' is not a finite number");
        yield return Case("duplicate headers", () => ["analyze", Catalog("duplicate_headers.csv"), "--out", Out], ExitCodes.Data, "names column 'Age' twice");
        yield return Case("corrupt gzip", () => ["analyze", Catalog("corrupt_gzip.csv.gz"), "--out", Out], ExitCodes.Data, "corrupt_gzip.csv.gz");
        yield return Case("missing file", () => ["analyze", Catalog("no_such_file.csv"), "--out", Out], ExitCodes.Data, "no_such_file.csv");
        yield return Case("duplicate rows only", () => ["analyze", Catalog("duplicate_rows_only.csv"), "--out", Out], ExitCodes.Data, "No column can be a feature");
        yield return Case("more clusters than rows", () => ["analyze", Catalog("four_rows.csv"), "--k", "5", "--out", Out], ExitCodes.Data, "rows=4", "clusterCount=5");
        yield return Case("misspelt feature", () => ["analyze", Folder.File("mall.csv"), "--features", "Anual Income (k$)", "--out", Out], ExitCodes.Data, "Anual Income (k$)", "Annual Income (k$)");
        yield return Case("k of zero", () => ["analyze", Folder.File("mall.csv"), "--k", "0", "--out", Out], ExitCodes.Usage, "0");
        yield return Case("k range reversed", () => ["analyze", Folder.File("mall.csv"), "--k", "6-3", "--out", Out], ExitCodes.Usage, "6");
        yield return Case("unknown scaling", () => ["analyze", Folder.File("mall.csv"), "--scale", "bogus", "--out", Out], ExitCodes.Usage, "bogus");
        yield return Case("unknown command", () => ["segmentify"], ExitCodes.Usage, "segmentify");
        yield return Case("model that is not JSON", () => ["score", "--model", Catalog("not_json.segmodel"), Folder.File("mall.csv")], ExitCodes.Data, "is not a Segmentation model");
        yield return Case("model of a newer version", () => ["score", "--model", Catalog("version_99.segmodel"), Folder.File("mall.csv")], ExitCodes.Data, "formatVersion=99");
        yield return Case("truncated model", () => ["score", "--model", Folder.File("truncated.json"), Folder.File("mall.csv")], ExitCodes.Data, "truncated");
        yield return Case("bit-flipped model", () => ["score", "--model", Folder.File("flipped.json"), Folder.File("mall.csv")], ExitCodes.Data, "is corrupted: its payload checksum is");
        yield return Case("missing column at scoring", () => ["score", "--model", Folder.File("model-out/model.json"), Folder.File("no_income.csv")], ExitCodes.Data, "Annual Income (k$)");
        yield return Case("missing model file", () => ["score", "--model", Folder.File("none.json"), Folder.File("mall.csv")], ExitCodes.Data, "none.json");
    }

    [TestCaseSource(nameof(Cases))]
    public void A_bad_command_line_or_file_gives_a_usage_or_data_exit_code_and_names_the_problem(Func<string[]> args, int exitCode, string[] fragments)
    {
        var run = CliRun.Of(args());

        Assert.Multiple(() =>
        {
            Assert.That(run.Error, Does.Not.Contain("unexpected"), run.ToString);
            Assert.That(run.ExitCode, Is.EqualTo(exitCode), run.ToString);
            foreach (var fragment in fragments)
            {
                Assert.That(run.Error, Does.Contain(fragment), run.ToString);
            }
        });
    }
}
