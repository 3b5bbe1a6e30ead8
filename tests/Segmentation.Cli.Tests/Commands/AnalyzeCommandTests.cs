using Segmentation.Cli.Tests.Support;
using Segmentation.Data;
using Segmentation.Synthetic;
using Segmentation.Tests.Support;

namespace Segmentation.Cli.Tests.Commands;

public class AnalyzeCommandTests
{
    private const string IncomeAndSpending = "Annual Income (k$),Spending Score (1-100)";

    [Test]
    public void Analyze_writes_every_artefact_and_keeps_every_input_row_and_column()
    {
        using var folder = new TempFolder();
        var input = folder.File("mall.csv");
        SyntheticCustomers.Mall().SaveCsv(input);
        var output = folder.File("out");

        var run = CliRun.Of("analyze", input, "--features", IncomeAndSpending, "--k", "5", "--out", output);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString);
        foreach (var name in new[]
        {
            "segments.csv", "profiles.md", "profiles.csv", "profiles.json", "model.json", "report.html",
            "charts/sizes.svg", "charts/segments.svg", "charts/silhouette.svg", "charts/profiles.svg",
        })
        {
            Assert.That(File.Exists(Path.Combine(output, name)), Is.True, name);
        }

        var segments = DataFrame.LoadCsv(Path.Combine(output, "segments.csv"));
        Assert.That(segments.Rows.Count, Is.EqualTo(200));
        Assert.That(
            segments.Columns.Names,
            Is.EqualTo(new[] { "CustomerID", "Gender", "Age", "Annual Income (k$)", "Spending Score (1-100)", "Segment", "SegmentName", "Novel" }));
        Assert.That(segments.Columns.GetNumeric("Segment").Values.ToArray().Distinct().Count(), Is.EqualTo(5));
    }

    [Test]
    public void A_k_sweep_adds_the_elbow_and_criteria_charts_and_more_than_two_features_a_pca_chart()
    {
        using var folder = new TempFolder();
        var input = folder.File("mall.csv");
        SyntheticCustomers.Mall().SaveCsv(input);
        var output = folder.File("out");

        var run = CliRun.Of("analyze", input, "--features", "Age," + IncomeAndSpending, "--k", "2..6", "--out", output);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString);
        var charts = Directory.GetFiles(Path.Combine(output, "charts")).Select(Path.GetFileName);
        Assert.That(charts, Is.SupersetOf(new[] { "elbow.svg", "criteria.svg", "segments-pca.svg" }));
        var report = File.ReadAllText(Path.Combine(output, "report.html"));
        Assert.That(report, Does.Contain("<svg").And.Contain("Chosen: k = "));
    }

    [Test]
    public void Analyze_prints_the_k_choice_with_its_reason_and_the_segment_table()
    {
        using var folder = new TempFolder();
        var input = folder.File("mall.csv");
        SyntheticCustomers.Mall().SaveCsv(input);

        var run = CliRun.Of("analyze", input, "--features", IncomeAndSpending, "--k", "2..6", "--out", folder.File("out"));

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString);
        Assert.That(run.Output, Does.Contain("chosen from 2..6: "));
        Assert.That(run.Output, Does.Contain("Segment  Name"));
        Assert.That(run.Output, Does.Contain("Silhouette"));
        Assert.That(run.Error, Is.Empty);
    }

    [Test]
    public void Analyze_json_prints_one_summary_with_k_metrics_sizes_names_and_reason()
    {
        using var folder = new TempFolder();
        var input = folder.File("mall.csv");
        SyntheticCustomers.Mall().SaveCsv(input);

        var run = CliRun.Of("analyze", input, "--features", IncomeAndSpending, "--k", "2..8", "--out", folder.File("out"), "--json");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString);
        var json = run.Json();
        var k = json.GetProperty("k").GetInt32();
        var segments = json.GetProperty("segments").EnumerateArray().ToArray();
        Assert.That(segments, Has.Length.EqualTo(k));
        Assert.That(segments.Sum(s => s.GetProperty("size").GetInt32()), Is.EqualTo(200));
        Assert.That(segments.Select(s => s.GetProperty("name").GetString()), Is.All.Not.Empty);
        Assert.That(json.GetProperty("reason").GetString(), Does.StartWith($"k = {k} chosen from 2..8: "));
        var sweep = json.GetProperty("sweep").EnumerateArray().ToArray();
        Assert.That(sweep.Select(point => point.GetProperty("k").GetInt32()), Is.EqualTo(new[] { 2, 3, 4, 5, 6, 7, 8 }));
        Assert.That(
            sweep.Single(point => point.GetProperty("k").GetInt32() == k).GetProperty("scaledInertia").GetDouble(),
            Is.EqualTo(json.GetProperty("scaledInertia").GetDouble()).Within(1e-9).Percent);
        foreach (var metric in new[] { "inertia", "scaledInertia", "silhouette", "daviesBouldin", "calinskiHarabasz" })
        {
            Assert.That(json.GetProperty(metric).GetDouble(), Is.GreaterThan(0), metric);
        }
    }

    [Test]
    public void Without_scaling_the_inertia_and_the_scaled_inertia_are_the_same_number()
    {
        using var folder = new TempFolder();
        var input = folder.File("mall.csv");
        SyntheticCustomers.Mall().SaveCsv(input);

        var json = CliRun.Of("analyze", input, "--features", IncomeAndSpending, "--k", "5", "--scale", "none", "--out", folder.File("out"), "--json").Json();

        Assert.That(json.GetProperty("inertia").GetDouble(), Is.EqualTo(json.GetProperty("scaledInertia").GetDouble()).Within(1e-9).Percent);
    }

    [Test]
    public void With_no_options_id_like_constant_and_non_numeric_columns_are_left_out_and_reported()
    {
        using var folder = new TempFolder();
        var input = folder.File("marketing.csv");
        SyntheticCustomers.Marketing(300).SaveCsv(input, new CsvSaveOptions { Separator = '\t' });

        var run = CliRun.Of("analyze", input, "--out", folder.File("out"), "--json");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString);
        var json = run.Json();
        var excluded = json.GetProperty("excludedColumns").EnumerateArray().Select(c => c.GetProperty("column").GetString()).ToArray();
        Assert.That(excluded, Is.SupersetOf(new[] { "ID", "Z_CostContact", "Z_Revenue", "Dt_Customer", "Education" }));
        var features = json.GetProperty("features").EnumerateArray().Select(f => f.GetString()).ToArray();
        Assert.That(features, Does.Contain("Income").And.Not.Contain("ID"));
    }

    [Test]
    public void The_same_seed_gives_the_same_segments()
    {
        using var folder = new TempFolder();
        var input = folder.File("mall.csv");
        SyntheticCustomers.Mall().SaveCsv(input);

        var first = CliRun.Of("analyze", input, "--k", "4", "--seed", "7", "--out", folder.File("a"));
        var second = CliRun.Of("analyze", input, "--k", "4", "--seed", "7", "--out", folder.File("b"));

        Assert.That(first.ExitCode, Is.EqualTo(0), first.ToString);
        Assert.That(File.ReadAllText(folder.File("b/segments.csv")), Is.EqualTo(File.ReadAllText(folder.File("a/segments.csv"))));
    }

    [Test]
    public void Log_scaling_and_other_options_are_accepted()
    {
        using var folder = new TempFolder();
        var input = folder.File("mall.csv");
        SyntheticCustomers.Mall().SaveCsv(input);

        var run = CliRun.Of(
            "analyze", input, "--features", IncomeAndSpending, "--k", "3", "--scale", "robust", "--log", "--impute", "mean",
            "--id", "CustomerID", "--out", folder.File("out"), "--json");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString);
        Assert.That(run.Json().GetProperty("k").GetInt32(), Is.EqualTo(3));
    }

    [Test]
    [Category(SharedData.Category)]
    public void Mall_income_and_spending_chooses_five_with_the_scikit_learn_inertia()
    {
        var input = SharedData.DataFile("mall_customers.csv");
        using var reference = System.Text.Json.JsonDocument.Parse(File.ReadAllText(SharedData.ReferenceFile("mall_income_spending_raw.json")));
        var expected = reference.RootElement.GetProperty("best_inertia_by_k").GetProperty("5").GetDouble();
        using var folder = new TempFolder();

        var run = CliRun.Of("analyze", input, "--features", IncomeAndSpending, "--k", "2..10", "--json", "--out", folder.File("out"));

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString);
        var json = run.Json();
        Assert.That(json.GetProperty("k").GetInt32(), Is.EqualTo(5));
        Assert.That(json.GetProperty("inertia").GetDouble(), Is.EqualTo(expected).Within(1e-6 * expected));
    }

    [Test]
    [Category(SharedData.Category)]
    public void Mall_income_and_spending_unscaled_reaches_the_scikit_learn_inertia_in_the_clustering_space_too()
    {
        var input = SharedData.DataFile("mall_customers.csv");
        using var reference = System.Text.Json.JsonDocument.Parse(File.ReadAllText(SharedData.ReferenceFile("mall_income_spending_raw.json")));
        var expected = reference.RootElement.GetProperty("best_inertia_by_k").GetProperty("5").GetDouble();
        using var folder = new TempFolder();

        var json = CliRun.Of("analyze", input, "--features", IncomeAndSpending, "--k", "5", "--scale", "none", "--json", "--out", folder.File("out")).Json();

        Assert.That(json.GetProperty("scaledInertia").GetDouble(), Is.EqualTo(expected).Within(1e-6 * expected));
    }

    [Test]
    [Category(SharedData.Category)]
    public void Marketing_campaign_works_with_no_option_and_reports_what_it_left_out()
    {
        var input = SharedData.DataFile("marketing_campaign.csv");
        using var folder = new TempFolder();
        var output = folder.File("out");

        var run = CliRun.Of("analyze", input, "--out", output);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString);
        Assert.That(run.Output, Does.Contain("Read marketing_campaign.csv: 2240 rows, 29 columns."));
        Assert.That(run.Output, Does.Contain("left out ID: ID-like"));
        Assert.That(run.Output, Does.Contain("left out Z_CostContact: constant"));
        Assert.That(run.Output, Does.Contain("left out Z_Revenue: constant"));
        Assert.That(run.Output, Does.Contain("left out Dt_Customer: "));
        Assert.That(run.Output, Does.Contain("filled 24 missing Income"));
        Assert.That(DataFrame.LoadCsv(Path.Combine(output, "segments.csv")).Rows.Count, Is.EqualTo(2240));
    }
}
