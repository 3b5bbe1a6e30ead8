using Segmentation.Data;
using Segmentation.Pipeline;
using Segmentation.Plots;

namespace Segmentation.Cli.Output;

/// <summary>
/// Saves the standard charts of an analysis (<see cref="SegmentationCharts"/>) as <c>charts/*.svg</c> and the
/// HTML report (<see cref="SegmentationReport"/>) as <c>report.html</c>.
/// </summary>
internal static class ChartFiles
{
    public const string ChartFolder = "charts";
    public const string ReportFile = "report.html";

    public static IReadOnlyList<string> Write(SegmentationResult result, DataFrame frame, string inputFile, string outputDirectory)
    {
        var charts = SegmentationCharts.Create(result, frame);
        var folder = Path.Combine(outputDirectory, ChartFolder);
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        foreach (var chart in charts)
        {
            var path = Path.Combine(folder, chart.Name + ".svg");
            chart.Chart.Save(path);
            written.Add(path);
        }

        var reportPath = Path.Combine(outputDirectory, ReportFile);
        SegmentationReport.Create(result, frame, charts, $"Segments of {Path.GetFileName(inputFile)}").Save(reportPath);
        written.Add(reportPath);
        return written;
    }
}
