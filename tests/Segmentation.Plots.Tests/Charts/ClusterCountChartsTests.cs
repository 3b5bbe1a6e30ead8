using Segmentation.Plots.Tests.Support;

namespace Segmentation.Plots.Tests.Charts;

public sealed class ClusterCountChartsTests
{
    [Test]
    public void The_elbow_curve_has_a_point_per_k_one_line_and_the_knee_marked()
    {
        var chart = Plots.Charts.Elbow(Gallery.ClusterCounts, Gallery.Inertias, knee: 3);

        Assert.Multiple(() =>
        {
            Assert.That(ChartXml.Marks(chart, "point"), Has.Count.EqualTo(7));
            Assert.That(ChartXml.Marks(chart, "line"), Has.Count.EqualTo(1));
            Assert.That(ChartXml.Marks(chart, "knee"), Has.Count.EqualTo(1));
            Assert.That(ChartXml.Texts(chart), Does.Contain("knee: k = 3"));
        });
    }

    [Test]
    public void The_elbow_curve_can_use_a_log_scale()
    {
        var chart = Plots.Charts.Elbow(Gallery.ClusterCounts, Gallery.Inertias, logScale: true);

        Assert.That(ChartXml.Texts(chart), Does.Contain("1,000").And.Contain("10,000").And.Contain("100,000"));
        Assert.That(ChartXml.Marks(chart, "knee"), Is.Empty);
    }

    [Test]
    public void A_knee_that_is_not_a_candidate_is_rejected()
    {
        var exception = Assert.Throws<ArgumentException>(() => Plots.Charts.Elbow(Gallery.ClusterCounts, Gallery.Inertias, knee: 12));

        Assert.That(exception!.Message, Does.StartWith("k=12 is not one of the cluster counts 2, 3, 4, 5, 6, 7, 8."));
    }

    [Test]
    public void Cluster_counts_must_increase()
    {
        var exception = Assert.Throws<ArgumentException>(() => Plots.Charts.Elbow([2, 4, 3], [3.0, 2, 1]));

        Assert.That(exception!.Message, Does.StartWith("clusterCounts must increase: clusterCounts[2]=3 follows 4."));
    }

    [Test]
    public void The_criteria_chart_has_one_panel_per_criterion_and_marks_the_chosen_k_in_each()
    {
        var chart = Plots.Charts.Criteria(Gallery.ClusterCounts, Gallery.SilhouetteScores, Gallery.DaviesBouldin, Gallery.CalinskiHarabasz, 3);

        var panels = ChartXml.Parse(chart).Descendants().Where(element => element.Attribute("data-panel") is not null).ToArray();

        Assert.Multiple(() =>
        {
            Assert.That(panels.Select(panel => (string?)panel.Attribute("data-panel")),
                Is.EqualTo(new[] { "Silhouette", "Davies-Bouldin", "Calinski-Harabasz" }));
            Assert.That(ChartXml.Marks(chart, "point"), Has.Count.EqualTo(21));
            Assert.That(ChartXml.Marks(chart, "chosen"), Has.Count.EqualTo(3));
            Assert.That(ChartXml.Texts(chart), Does.Contain("lower is better"));
        });
    }

    [Test]
    public void The_best_k_of_each_criterion_is_highlighted_in_orange()
    {
        var chart = Plots.Charts.Criteria(Gallery.ClusterCounts, Gallery.SilhouetteScores, Gallery.DaviesBouldin, Gallery.CalinskiHarabasz);

        var highlighted = ChartXml.Marks(chart, "point").Where(point => (string?)point.Attribute("fill") == "#D55E00").ToArray();

        Assert.That(highlighted.Select(point => point.Value), Is.EqualTo(new[]
        {
            "Silhouette at k = 3: 0.61", "Davies-Bouldin at k = 3: 0.58", "Calinski-Harabasz at k = 3: 151.3",
        }));
    }

    [Test]
    public void Missing_criterion_values_break_the_line_instead_of_failing()
    {
        var chart = Plots.Charts.Criteria([2, 3, 4, 5],
            [new ClusterCountCriterion("Gap", [0.1, double.NaN, 0.3, 0.35], HigherIsBetter: true)]);

        Assert.That(ChartXml.Marks(chart, "point"), Has.Count.EqualTo(3));
        Assert.That(ChartXml.Marks(chart, "line"), Has.Count.EqualTo(1));
    }

    [Test]
    public void A_criterion_with_the_wrong_number_of_values_is_rejected()
    {
        var exception = Assert.Throws<ArgumentException>(() =>
            Plots.Charts.Criteria([2, 3, 4], [new ClusterCountCriterion("Silhouette", [0.5, 0.4], HigherIsBetter: true)]));

        Assert.That(exception!.Message, Does.StartWith("criteria['Silhouette'].Values.Length=2 must equal clusterCounts.Length=3."));
    }
}
