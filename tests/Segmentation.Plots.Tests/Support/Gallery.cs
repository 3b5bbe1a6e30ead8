using Segmentation.Clustering;

namespace Segmentation.Plots.Tests.Support;

/// <summary>Every chart of the small fixed case, by name: the golden files and the preview gallery use the same set.</summary>
internal static class Gallery
{
    public static int[] ClusterCounts { get; } = [2, 3, 4, 5, 6, 7, 8];

    public static double[] Inertias { get; } = [21000, 9800, 7100, 5400, 4700, 4300, 3990];

    public static double[] SilhouetteScores { get; } = [0.42, 0.61, 0.55, 0.50, 0.46, 0.44, 0.41];

    public static double[] DaviesBouldin { get; } = [0.95, 0.58, 0.71, 0.80, 0.86, 0.90, 0.93];

    public static double[] CalinskiHarabasz { get; } = [88.1, 151.3, 140.2, 128.7, 120.0, 111.5, 104.9];

    public static DenseMatrix Contrasts { get; } = new(new double[,]
    {
        { -1.05, -1.12, 0.02 },
        { 0.01, 0.04, -0.21 },
        { 1.10, 1.45, 0.31 },
    });

    public static IReadOnlyList<(string Name, SvgChart Chart)> All() =>
    [
        ("scatter", Plots.Charts.Scatter(Samples.Data, 1, 2, Samples.Labels, Samples.Centroids, new ScatterChartOptions
        {
            XTitle = "Annual income", XUnit = "k$", YTitle = "Spending score", YUnit = "1-100", SegmentNames = Samples.SegmentNames,
            Title = "Income and spending by segment",
        })),
        ("pca-scatter", Plots.Charts.PcaScatter(Samples.Data, [0.443, 0.331, 0.226], Samples.Labels, null,
            new ScatterChartOptions { SegmentNames = Samples.SegmentNames })),
        ("pair-plot", Plots.Charts.PairPlot(Samples.Data, Samples.FeatureNames, Samples.Labels,
            new ScatterChartOptions { SegmentNames = Samples.SegmentNames, Height = 800 })),
        ("elbow", Plots.Charts.Elbow(ClusterCounts, Inertias, knee: 3)),
        ("criteria", Plots.Charts.Criteria(ClusterCounts, SilhouetteScores, DaviesBouldin, CalinskiHarabasz, chosenClusterCount: 3)),
        ("silhouette", Plots.Charts.Silhouette(SampleSilhouettes(), Samples.Labels, Samples.SegmentNames)),
        ("profile-heatmap", Plots.Charts.ProfileHeatmap(Contrasts, Samples.SegmentNames, Samples.FeatureNames, Samples.Centroids)),
        ("profile-heatmap-wide", Plots.Charts.ProfileHeatmap(WideContrasts(), ["Loyal big spenders", "Bargain hunters", "New customers", "Lapsed", "Occasional"],
            ["Recency (days)", "Frequency (orders)", "Monetary (GBP)", "Average basket value", "Web share", "Discount share", "Tenure (months)", "Returns", "Categories bought", "Age"])),
        ("segment-sizes", Plots.Charts.SegmentSizes([4, 4, 4], Samples.SegmentNames)),
        ("histogram", Plots.Charts.Histogram(Column(2), "Spending Score", "1-100")),
        ("histograms", Plots.Charts.Histograms(Samples.Data, Samples.FeatureNames)),
        ("correlation-heatmap", Plots.Charts.CorrelationHeatmap(Samples.Data, Samples.FeatureNames)),
    ];

    /// <summary>5 segments x 10 features of contrasts between -2.5 and 2.5, a fixed pattern.</summary>
    public static DenseMatrix WideContrasts()
    {
        var values = new double[5 * 10];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Math.Round(2.5 * Math.Sin(i * 1.7), 2);
        }

        return new DenseMatrix(values, 5, 10);
    }

    public static double[] Column(int column) => [.. Enumerable.Range(0, Samples.Data.Rows).Select(row => Samples.Data[row, column])];

    /// <summary>Silhouette values of the sample data, computed directly from the definition (Euclidean).</summary>
    public static double[] SampleSilhouettes()
    {
        var data = Samples.Data;
        var labels = Samples.Labels;
        var result = new double[data.Rows];
        for (var i = 0; i < data.Rows; i++)
        {
            var sums = new double[3];
            var counts = new int[3];
            for (var j = 0; j < data.Rows; j++)
            {
                if (i == j)
                {
                    continue;
                }

                var distance = 0.0;
                for (var c = 0; c < data.Columns; c++)
                {
                    distance += (data[i, c] - data[j, c]) * (data[i, c] - data[j, c]);
                }

                sums[labels[j]] += Math.Sqrt(distance);
                counts[labels[j]]++;
            }

            var own = sums[labels[i]] / counts[labels[i]];
            var nearest = Enumerable.Range(0, 3).Where(s => s != labels[i]).Min(s => sums[s] / counts[s]);
            result[i] = (nearest - own) / Math.Max(own, nearest);
        }

        return result;
    }
}
