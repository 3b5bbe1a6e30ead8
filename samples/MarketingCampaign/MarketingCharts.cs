using Segmentation.Plots;
using Segmentation.Preprocessing;
using Segmentation.Pipeline;

/// <summary>Draws the sample's charts: the elbow over k and the segments on the first two principal components.</summary>
internal static class MarketingCharts
{
    public static IReadOnlyList<string> Write(SegmentationResult result, string folder)
    {
        Directory.CreateDirectory(folder);
        var sweep = result.ClusterCountSelection!;
        var elbow = Charts.Elbow(
            sweep.Evaluations.Select(e => e.K).ToArray(), sweep.Evaluations.Select(e => e.Inertia).ToArray(), sweep.KneeClusterCount);

        var pca = PrincipalComponents.Fit(result.Features);      // the scaled features the clustering saw
        var scatter = Charts.PcaScatter(
            pca.Project(result.Features, 2),
            pca.ExplainedVarianceRatio.Take(2).ToArray(),
            result.Labels.ToArray(),
            pca.Project(result.Clustering.Centroids, 2),
            new ScatterChartOptions { SegmentNames = result.Model.SegmentNames });

        var paths = new[] { Path.Combine(folder, "elbow.svg"), Path.Combine(folder, "segments-pca.svg") };
        elbow.Save(paths[0]);
        scatter.Save(paths[1]);
        return paths;
    }
}
