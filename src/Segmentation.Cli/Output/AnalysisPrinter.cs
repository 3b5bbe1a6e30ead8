using Segmentation.Cli.Commands;
using Segmentation.Data;
using Segmentation.Pipeline;

namespace Segmentation.Cli.Output;

/// <summary>The human-readable output of <c>segment analyze</c>: data, features, k choice, quality, segment table, files.</summary>
internal static class AnalysisPrinter
{
    private const int MaximumFeatureColumns = 6;

    public static void Print(Terminal terminal, AnalyzeRequest request, DataFrame frame, SegmentationResult result, IReadOnlyList<string> written)
    {
        terminal.Line($"Read {Path.GetFileName(request.File)}: {CellFormat.Count(frame.Rows.Count)} rows, {CellFormat.Count(frame.Columns.Count)} columns.");
        terminal.Line($"Features ({CellFormat.Count(result.Model.FeatureNames.Count)}): {string.Join(", ", result.Model.FeatureNames)}");
        foreach (var dropped in result.Report.DroppedColumns)
        {
            terminal.Line($"  left out {dropped.Column}: {dropped.Reason}");
        }

        foreach (var imputed in result.Report.ImputedValues)
        {
            terminal.Line($"  filled {CellFormat.Count(imputed.Count)} missing {imputed.Column} with {imputed.FillValue}");
        }

        terminal.Line();
        var sweep = ClusterCountExplanation.Sweep(result);
        if (sweep.Count > 0)
        {
            terminal.Table(
                ["k", "Inertia", "Silhouette", "Davies-Bouldin", "Calinski-Harabasz"],
                sweep.Select(point => (IReadOnlyList<string>)[
                    CellFormat.Count(point.K), CellFormat.Metric(point.ScaledInertia), CellFormat.Metric(point.Silhouette),
                    CellFormat.Metric(point.DaviesBouldin), CellFormat.Metric(point.CalinskiHarabasz)]).ToArray());
        }

        terminal.Heading(ClusterCountExplanation.Reason(result, request.ClusterCount));
        var quality = result.Quality;
        terminal.Line(
            $"Inertia {CellFormat.Metric(quality.Inertia)} (scaled space), silhouette {CellFormat.Metric(quality.Silhouette)}, " +
            $"Davies-Bouldin {CellFormat.Metric(quality.DaviesBouldin)}, Calinski-Harabasz {CellFormat.Metric(quality.CalinskiHarabasz)}");
        terminal.Line();
        PrintSegments(terminal, result);
        terminal.Line();
        terminal.Line($"Wrote {CellFormat.Count(written.Count)} files to {Path.GetDirectoryName(written[0])}:");
        terminal.Line("  " + string.Join(", ", written.Select(path => Path.GetRelativePath(Path.GetDirectoryName(written[0])!, path))));
    }

    private static void PrintSegments(Terminal terminal, SegmentationResult result)
    {
        var centres = result.CentroidsInOriginalUnits;
        var featureColumns = centres.Columns.Skip(3).Take(MaximumFeatureColumns).OfType<NumericColumn>().ToArray();
        var headers = new List<string> { "Segment", "Name", "Size", "Share" };
        headers.AddRange(featureColumns.Select(column => column.Name));
        var rows = result.Segments.Select(segment =>
        {
            var cells = new List<string> { CellFormat.Count(segment.Id), segment.Name, CellFormat.Count(segment.Size), CellFormat.Percent(segment.Share) };
            cells.AddRange(featureColumns.Select(column => CellFormat.Number(column[segment.Id])));
            return (IReadOnlyList<string>)cells;
        }).ToArray();
        terminal.Table(headers, rows);
        var more = centres.Columns.Count - 3 - featureColumns.Length;
        if (more > 0)
        {
            terminal.Line($"(segment means of {CellFormat.Count(more)} more features are in profiles.md)");
        }
    }
}
