using System.Text.Json;
using Segmentation.Data;
using Segmentation.Profiling;

namespace Segmentation.Tests.Profiling;

public class SegmentProfileSetTests
{
    /// <summary>Segment 0: 3 rich low spenders; segment 1: 2 poor high spenders.</summary>
    private static SegmentProfileSet TwoSegments() => SegmentProfiler.Profile(
        new DataFrame(
            new NumericColumn("Income", [100, 90, 110, 10, 20]),
            new NumericColumn("Spending", [10, 20, 30, 80, 90]),
            new CategoricalColumn("Gender", ["Female", "Male", "Female", "Male", "Male"])),
        [0, 0, 0, 1, 1]);

    [Test]
    public void A_segment_renders_as_one_invariant_summary_line()
    {
        var profiles = TwoSegments();

        Assert.That(profiles.ToSummaryLines(), Is.EqualTo(new[]
        {
            "High income, low spending: 3 customers, 60%",
            "Low income, high spending: 2 customers, 40%",
        }));
    }

    [Test]
    public void Segments_can_be_renamed_one_at_a_time_or_swapped()
    {
        var profiles = TwoSegments();

        var renamed = profiles.WithName(0, "Untapped potential");
        var swapped = profiles.WithNames(new Dictionary<int, string> { [0] = profiles[1].Name, [1] = profiles[0].Name });

        Assert.Multiple(() =>
        {
            Assert.That(renamed[0].Name, Is.EqualTo("Untapped potential"));
            Assert.That(renamed["untapped potential"].Id, Is.Zero);
            Assert.That(profiles[0].Name, Is.EqualTo("High income, low spending"));
            Assert.That(swapped[0].Name, Is.EqualTo("Low income, high spending"));
            Assert.That(profiles[0].WithName("Rich").Name, Is.EqualTo("Rich"));
        });
    }

    [Test]
    public void Renaming_to_another_segments_name_is_rejected()
    {
        var profiles = TwoSegments();

        var error = Assert.Throws<ArgumentException>(() => profiles.WithName(0, "LOW income, high spending"));

        Assert.That(error!.Message, Does.StartWith("Segments 0 and 1 would both be named 'LOW income, high spending'; segment names must be unique."));
    }

    [Test]
    public void Value_ranking_orders_segments_by_mean_and_reports_totals()
    {
        var ranking = TwoSegments().RankByValue("Spending");

        Assert.Multiple(() =>
        {
            Assert.That(ranking.Select(r => r.SegmentId), Is.EqualTo(new[] { 1, 0 }));
            Assert.That(ranking[0].Rank, Is.EqualTo(1));
            Assert.That(ranking[0].Mean, Is.EqualTo(85));
            Assert.That(ranking[0].Total, Is.EqualTo(170));
            Assert.That(ranking[0].RankByTotal, Is.EqualTo(1));
            Assert.That(ranking[0].ShareOfTotal, Is.EqualTo(170.0 / 230));
            Assert.That(ranking[1].Mean, Is.EqualTo(20));
            Assert.That(ranking[1].Total, Is.EqualTo(60));
            Assert.That(ranking[0].ToString(), Is.EqualTo("1. Low income, high spending: mean 85, total 170 (73.9% of Spending)"));
        });
    }

    [Test]
    public void Value_ranking_by_a_categorical_column_is_rejected()
    {
        var error = Assert.Throws<SegmentationDataException>(() => TwoSegments().RankByValue("Gender"));

        Assert.That(error!.Message, Is.EqualTo("Value column 'Gender' is Categorical, not Numeric; rank by a numeric column such as spending."));
    }

    [Test]
    public void Value_ranking_by_an_unknown_column_suggests_the_closest()
    {
        var error = Assert.Throws<ColumnNotFoundException>(() => TwoSegments().RankByValue("spending"));

        Assert.That(error!.Message, Is.EqualTo("Column 'spending' was not found. Did you mean 'Spending'?"));
    }

    [Test]
    public void Markdown_has_a_row_per_segment_and_a_population_row()
    {
        var markdown = TwoSegments().ToMarkdown();

        Assert.That(markdown, Is.EqualTo(
            "| Id | Segment | Size | Share | Income mean | Spending mean | Gender (top level) |\n" +
            "| ---: | --- | ---: | ---: | ---: | ---: | ---: |\n" +
            "| 0 | High income, low spending | 3 | 60.0% | 100 | 20 | Female 67% |\n" +
            "| 1 | Low income, high spending | 2 | 40.0% | 15 | 85 | Male 100% |\n" +
            "|  | All customers | 5 | 100.0% | 66 | 46 | Male 60% |\n"));
    }

    [Test]
    public void Text_rendering_is_fixed_width_with_the_top_contrasts()
    {
        // Income: mean 66, population sd sqrt(8920 / 5) = 42.24, so (100 - 66) / 42.24 = +0.80 and (15 - 66) / 42.24 = -1.21.
        var text = TwoSegments().ToText(maximumContrasts: 1);

        Assert.That(text, Is.EqualTo(
            "Id  Segment                    Size   Share  Income mean  Spending mean  Gender (top level)\n" +
            "--  -------------------------  ----  ------  -----------  -------------  ------------------\n" +
            " 0  High income, low spending     3   60.0%          100             20          Female 67%\n" +
            " 1  Low income, high spending     2   40.0%           15             85           Male 100%\n" +
            "    All customers                 5  100.0%           66             46            Male 60%\n" +
            "\n" +
            "High income, low spending: 3 customers, 60%\n" +
            "  Income: 100 vs 66 (effect +0.80)\n" +
            "\n" +
            "Low income, high spending: 2 customers, 40%\n" +
            "  Income: 15 vs 66 (effect -1.21)\n"));
    }

    [Test]
    public void Csv_is_tidy_with_one_row_per_segment_and_column_or_level()
    {
        var lines = TwoSegments().ToCsv().Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Multiple(() =>
        {
            Assert.That(lines[0], Is.EqualTo(
                "SegmentId,SegmentName,Size,Share,Column,Level,Count,MissingCount,Mean,StandardDeviation,Minimum,LowerQuartile,Median,UpperQuartile,Maximum,PopulationMean,Difference,Ratio,EffectSize,LevelShare,PopulationLevelShare,Lift"));
            Assert.That(lines, Has.Length.EqualTo(1 + (2 * (2 + 2))));
            Assert.That(lines[1], Does.StartWith("0,\"High income, low spending\",3,0.6,Income,,3,0,100,10,90,95,100,105,110,66,34,"));
            Assert.That(lines[3], Does.StartWith("0,\"High income, low spending\",3,0.6,Gender,Female,2,0,,,,,,,,,"));
        });
    }

    [Test]
    public void Json_has_stable_camel_case_fields_and_null_for_missing_numbers()
    {
        var profiles = SegmentProfiler.Profile(new DataFrame(new NumericColumn("Income", [10, 20])), [0, 0], new SegmentProfilerOptions { SegmentCount = 2 });

        using var document = JsonDocument.Parse(profiles.ToJson());
        var root = document.RootElement;
        var first = root.GetProperty("segments")[0];
        var empty = root.GetProperty("segments")[1];

        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("rowCount").GetInt32(), Is.EqualTo(2));
            Assert.That(first.GetProperty("name").GetString(), Is.EqualTo("Average income"));
            Assert.That(profiles.WithName(0, "Can't lose").ToJson(), Does.Contain("\"name\": \"Can't lose\""));
            Assert.That(first.GetProperty("share").GetDouble(), Is.EqualTo(1.0));
            Assert.That(first.GetProperty("numeric")[0].GetProperty("segment").GetProperty("median").GetDouble(), Is.EqualTo(15));
            Assert.That(first.GetProperty("nameFeatures")[0].GetProperty("level").GetString(), Is.EqualTo("Average"));
            Assert.That(empty.GetProperty("numeric")[0].GetProperty("segment").GetProperty("mean").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(empty.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[]
            {
                "id", "name", "size", "share", "nameFeatures", "distinguishingFeatures", "numeric", "categorical",
            }));
        });
    }
}
