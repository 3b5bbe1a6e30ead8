using System.Globalization;
using Segmentation.Clustering;
using Segmentation.Evaluation;
using Segmentation.Pipeline;
using Segmentation.Plots;
using Segmentation.Preprocessing;

namespace Segmentation.Cli.Output;

/// <summary>
/// Draws the charts of an analysis into <c>charts/*.svg</c> and gathers them, with the k choice and the segment table,
/// into <c>report.html</c>: sizes, elbow and criteria over k (when k was chosen), the segments in two features or on
/// the first two principal components, silhouettes, and a profile heatmap.
/// </summary>
internal static class ChartFiles
{
    public const string ChartFolder = "charts";
    public const string ReportFile = "report.html";

    public static IReadOnlyList<string> Write(SegmentationResult result, AnalyzeContext context, string outputDirectory)
    {
        var charts = Draw(result).ToList();
        var folder = Path.Combine(outputDirectory, ChartFolder);
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        foreach (var (name, chart) in charts)
        {
            var path = Path.Combine(folder, name + ".svg");
            chart.Save(path);
            written.Add(path);
        }

        var reportPath = Path.Combine(outputDirectory, ReportFile);
        Report(result, context, charts).Save(reportPath);
        written.Add(reportPath);
        return written;
    }

    private static IEnumerable<(string Name, SvgChart Chart)> Draw(SegmentationResult result)
    {
        var names = result.Model.SegmentNames;
        var labels = result.Labels.ToArray();
        var sizes = result.Segments.Select(segment => segment.Size).ToArray();
        yield return ("sizes", Charts.SegmentSizes(sizes, names));

        if (result.ClusterCountSelection is { } selection)
        {
            var ks = selection.Evaluations.Select(e => e.K).ToArray();
            yield return ("elbow", Charts.Elbow(ks, selection.Evaluations.Select(e => e.Inertia).ToArray(), selection.KneeClusterCount));
            if (selection.Evaluations.All(e => e.Silhouette is not null && e.DaviesBouldin is not null && e.CalinskiHarabasz is not null))
            {
                yield return ("criteria", Charts.Criteria(
                    ks,
                    selection.Evaluations.Select(e => e.Silhouette!.Value).ToArray(),
                    selection.Evaluations.Select(e => e.DaviesBouldin!.Value).ToArray(),
                    selection.Evaluations.Select(e => e.CalinskiHarabasz!.Value).ToArray(),
                    result.ChosenClusterCount));
            }
        }

        var features = result.Features;
        if (features.Columns == 2)
        {
            var featureNames = result.Model.FeatureNames;
            yield return ("segments", Charts.Scatter(features, 0, 1, labels, result.Clustering.Centroids, new ScatterChartOptions
            {
                XTitle = featureNames[0] + " (scaled)",
                YTitle = featureNames[1] + " (scaled)",
                SegmentNames = names,
            }));
        }
        else if (features.Columns > 2 && TryProject(features, result.Clustering.Centroids) is { } projection)
        {
            yield return ("segments-pca", Charts.PcaScatter(
                projection.Rows, projection.Ratios, labels, projection.Centroids, new ScatterChartOptions { SegmentNames = names }));
        }

        if (result.ChosenClusterCount >= 2 && result.ChosenClusterCount < features.Rows
            && features.Rows <= Defaults.ExactSilhouetteMaximumRows)
        {
            var silhouette = Silhouette.Compute(features, labels);
            yield return ("silhouette", Charts.Silhouette(silhouette.Samples.ToArray(), labels, names));
        }

        if (ProfileMatrices(result) is { } profile)
        {
            yield return ("profiles", Charts.ProfileHeatmap(profile.Contrasts, names, profile.Columns, profile.Means));
        }
    }

    private static (DenseMatrix Rows, double[] Ratios, DenseMatrix Centroids)? TryProject(DenseMatrix features, DenseMatrix centroids)
    {
        try
        {
            var components = PrincipalComponents.Fit(features);
            if (components.ComponentCount < 2)
            {
                return null;
            }

            return (components.Project(features, 2), components.ExplainedVarianceRatio.Take(2).ToArray(), components.Project(centroids, 2));
        }
        catch (SegmentationDataException)
        {
            return null;   // no variance to project: the chart is left out, the analysis stands
        }
    }

    private static (DenseMatrix Contrasts, DenseMatrix Means, string[] Columns)? ProfileMatrices(SegmentationResult result)
    {
        var columns = result.Model.FeatureNames
            .Where(name => result.Segments.All(segment => segment.Numeric.Any(feature => feature.Column == name)))
            .ToArray();
        if (columns.Length == 0)
        {
            return null;
        }

        var k = result.Segments.Count;
        var contrasts = new double[k, columns.Length];
        var means = new double[k, columns.Length];
        for (var segment = 0; segment < k; segment++)
        {
            for (var column = 0; column < columns.Length; column++)
            {
                var feature = result.Segments[segment].NumericFeature(columns[column]);
                contrasts[segment, column] = feature.EffectSize;
                means[segment, column] = feature.Segment.Mean;
            }
        }

        return (new DenseMatrix(contrasts), new DenseMatrix(means), columns);
    }

    private static HtmlReport Report(SegmentationResult result, AnalyzeContext context, List<(string Name, SvgChart Chart)> charts)
    {
        SvgChart? Chart(string name) => charts.FirstOrDefault(chart => chart.Name == name).Chart;
        IEnumerable<HtmlReportBlock> Figures(params string[] names) =>
            names.Select(Chart).OfType<SvgChart>().Select(chart => HtmlReportBlock.Figure(chart));

        var report = new HtmlReport($"Segments of {Path.GetFileName(context.File)}")
        {
            Subtitle = string.Create(CultureInfo.InvariantCulture, $"{context.Rows} rows; {result.ChosenClusterCount} segments; seed {context.Seed}"),
        };
        var left = result.Report.DroppedColumns.Select(dropped => $"{dropped.Column}: {dropped.Reason}").ToList();
        report.AddSection(
            "Data",
            [
                HtmlReportBlock.Paragraph($"Features: {string.Join(", ", result.Model.FeatureNames)}."),
                .. left.Count > 0 ? [HtmlReportBlock.Paragraph("Left out:"), HtmlReportBlock.List(left)] : Array.Empty<HtmlReportBlock>(),
            ]);
        report.AddSection(
            "Number of segments",
            [HtmlReportBlock.Paragraph(context.Reason), .. Figures("elbow", "criteria")]);
        var segmentRows = result.Segments.Select(segment => (IReadOnlyList<string>)[
            segment.Id.ToString(CultureInfo.InvariantCulture), segment.Name,
            segment.Size.ToString(CultureInfo.InvariantCulture), segment.Share.ToString("0.0%", CultureInfo.InvariantCulture)]);
        report.AddSection(
            "Segments",
            [
                HtmlReportBlock.Table(["Segment", "Name", "Size", "Share"], segmentRows),
                HtmlReportBlock.List(result.Segments.ToSummaryLines()),
                .. Figures("sizes", "segments", "segments-pca", "silhouette", "profiles"),
            ]);
        return report;
    }
}

/// <summary>What the report says about the run beyond the result: the input, its size, the seed and the k reason.</summary>
internal sealed record AnalyzeContext(string File, int Rows, int Seed, string Reason);
