using System.Globalization;
using Segmentation.Data;
using Segmentation.Pipeline;

namespace Segmentation.Plots;

/// <summary>
/// Builds the self-contained HTML report of a segmentation: the data overview (describe table, histograms,
/// correlations), what preprocessing did (columns dropped, values imputed, rows excluded, by id), the number of
/// segments and why, the segments with their names, profiles and charts, the quality criteria and the method.
/// </summary>
public static class SegmentationReport
{
    private const int MaximumRowsListed = 50;

    /// <summary>Builds the report.</summary>
    /// <param name="result">The fitted segmentation.</param>
    /// <param name="data">The frame given to Fit.</param>
    /// <param name="title">The title. Default "Customer segments".</param>
    /// <returns>The report; save it with <see cref="HtmlReport.Save"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static HtmlReport Create(SegmentationResult result, DataFrame data, string title = "Customer segments") =>
        Create(result, data, SegmentationCharts.Create(result, data), title);

    /// <summary>Builds the report around charts already drawn (e.g. to save them as files too).</summary>
    /// <param name="result">The fitted segmentation.</param>
    /// <param name="data">The frame given to Fit.</param>
    /// <param name="charts">The charts from <see cref="SegmentationCharts.Create"/>.</param>
    /// <param name="title">The title.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static HtmlReport Create(SegmentationResult result, DataFrame data, IReadOnlyList<NamedChart> charts, string title)
    {
        Guard.NotNull(result);
        Guard.NotNull(data);
        Guard.NotNull(charts);
        IEnumerable<HtmlReportBlock> Figures(params string[] names) =>
            names.Select(name => charts.FirstOrDefault(chart => chart.Name == name)).OfType<NamedChart>()
                .Select(chart => HtmlReportBlock.Figure(chart.Chart));

        var report = new HtmlReport(Guard.NotNullOrWhiteSpace(title))
        {
            Subtitle = Invariant($"{data.Rows.Count} customers; {result.ChosenClusterCount} segments; features: {string.Join(", ", result.Model.FeatureNames)}"),
        };
        report.AddSection("Data", [HtmlReportBlock.Table(DescribeHeader, DescribeRows(data), "Describe: every column of the input"), .. Figures("histograms", "correlations")]);
        report.AddSection("Preprocessing", PreprocessingBlocks(result));
        report.AddSection("Number of segments", [.. ClusterCountBlocks(result), .. Figures("elbow", "criteria")]);
        report.AddSection(
            "Segments",
            [
                HtmlReportBlock.List(result.Segments.ToSummaryLines()),
                HtmlReportBlock.Table(SegmentHeader(result), SegmentRows(result), "Segment means in the data's own units"),
                .. Figures("sizes", "segments", "segments-pca", "silhouette", "profiles"),
            ]);
        report.AddSection("Method", MethodBlocks(result));
        return report;
    }

    private static readonly string[] DescribeHeader =
        ["Column", "Kind", "Count", "Missing", "Distinct", "Mean", "Std", "Min", "25%", "50%", "75%", "Max", "Top"];

    private static IEnumerable<IReadOnlyList<string>> DescribeRows(DataFrame data) =>
        data.Describe().Columns.Select(column => (IReadOnlyList<string>)
        [
            column.Name,
            column.Kind.ToString(),
            Invariant($"{column.Count}"),
            Invariant($"{column.MissingCount}"),
            Invariant($"{column.DistinctCount}"),
            Number(column.Mean),
            Number(column.StandardDeviation),
            column.Kind == ColumnKind.Date ? Date(column.Earliest) : Number(column.Minimum),
            Number(column.FirstQuartile),
            Number(column.Median),
            Number(column.ThirdQuartile),
            column.Kind == ColumnKind.Date ? Date(column.Latest) : Number(column.Maximum),
            column.Top is null ? string.Empty : Invariant($"{column.Top} ({column.TopFrequency})"),
        ]);

    private static IEnumerable<HtmlReportBlock> PreprocessingBlocks(SegmentationResult result)
    {
        var report = result.Report;
        yield return HtmlReportBlock.Paragraph($"Features clustered on: {string.Join(", ", result.Model.FeatureNames)}.");
        if (report.DroppedColumns.Count > 0)
        {
            yield return HtmlReportBlock.Paragraph("Columns left out:");
            yield return HtmlReportBlock.List(report.DroppedColumns.Select(dropped => $"{dropped.Column}: {dropped.Reason} ({dropped.Step})"));
        }

        yield return report.ImputedValues.Count == 0
            ? HtmlReportBlock.Paragraph("No value was imputed.")
            : HtmlReportBlock.Table(["Column", "Values filled", "Fill value"], report.ImputedValues.Select(imputed =>
                (IReadOnlyList<string>)[imputed.Column, Invariant($"{imputed.Count}"), imputed.FillValue]), "Missing values imputed");
        if (report.ExcludedRows.Count == 0)
        {
            yield return HtmlReportBlock.Paragraph("No row was excluded.");
        }
        else
        {
            yield return HtmlReportBlock.Paragraph(Invariant($"{report.ExcludedRows.Count} rows were excluded from the fit:"));
            var listed = report.ExcludedRows.Take(MaximumRowsListed).Select(row => $"{row.RowId}: {row.Reason} ({row.Step})");
            yield return HtmlReportBlock.List(report.ExcludedRows.Count > MaximumRowsListed
                ? listed.Append(Invariant($"... and {report.ExcludedRows.Count - MaximumRowsListed} more (see the result's Report)"))
                : listed);
        }

        if (report.Notes.Count > 0)
        {
            yield return HtmlReportBlock.List(report.Notes);
        }
    }

    private static IEnumerable<HtmlReportBlock> ClusterCountBlocks(SegmentationResult result)
    {
        if (result.ClusterCountSelection is not { } selection)
        {
            yield return HtmlReportBlock.Paragraph(Invariant($"The number of segments was fixed at {result.ChosenClusterCount}."));
            yield break;
        }

        yield return HtmlReportBlock.Paragraph(Invariant($"Chosen: k = {selection.RecommendedClusterCount}. {selection.Reason}."));
        yield return HtmlReportBlock.Table(
            ["k", "Inertia", "Silhouette", "Davies-Bouldin", "Calinski-Harabasz"],
            selection.Evaluations.Select(e => (IReadOnlyList<string>)
                [Invariant($"{e.K}"), Number(e.Inertia), Number(e.Silhouette), Number(e.DaviesBouldin), Number(e.CalinskiHarabasz)]),
            "Criteria for each k");
    }

    private static IReadOnlyList<string> SegmentHeader(SegmentationResult result) =>
        ["Segment", "Name", "Size", .. result.CentroidsInOriginalUnits.Columns.Skip(3).Select(column => column.Name)];

    private static IEnumerable<IReadOnlyList<string>> SegmentRows(SegmentationResult result)
    {
        var table = result.CentroidsInOriginalUnits;
        for (var row = 0; row < table.Rows.Count; row++)
        {
            yield return [.. table.Columns.Take(3).Select(column => column.FormatValue(row)),
                .. table.Columns.Skip(3).Select(column => Number(((NumericColumn)column)[row]))];
        }
    }

    private static IEnumerable<HtmlReportBlock> MethodBlocks(SegmentationResult result)
    {
        var steps = result.Model.Preprocessing.Steps.Select(step => step.ToString()).ToList();
        yield return HtmlReportBlock.Paragraph("Preprocessing steps, as fitted (replayed exactly when the model scores new customers):");
        yield return HtmlReportBlock.List(steps.Count == 0 ? ["none"] : steps);
        var quality = result.Quality;
        var scores = Invariant(
            $"inertia {Number(quality.Inertia)}, silhouette {Number(quality.Silhouette)}, Davies-Bouldin {Number(quality.DaviesBouldin)}, Calinski-Harabasz {Number(quality.CalinskiHarabasz)}");
        switch (result.Algorithm)
        {
            case SegmentationAlgorithm.KMeans:
                var clustering = result.Clustering;
                yield return HtmlReportBlock.Paragraph(Invariant(
                    $"K-Means with k = {clustering.ClusterCount}: {clustering.Iterations} iterations, {(clustering.Converged ? "converged" : "stopped at the iteration limit")}; {scores}."));
                if (clustering.Diagnostics.Count > 0)
                {
                    yield return HtmlReportBlock.List(clustering.Diagnostics);
                }

                break;
            case SegmentationAlgorithm.GaussianMixture:
                var mixture = result.Mixture!;
                yield return HtmlReportBlock.Paragraph(Invariant(
                    $"Gaussian mixture with {mixture.ComponentCount} components ({mixture.CovarianceType} covariance): {mixture.Iterations} EM iterations, log-likelihood {Number(mixture.LogLikelihood)}, BIC {Number(mixture.Bic)}; {scores}."));
                break;
            default:
                var prototypes = result.Prototypes!;
                yield return HtmlReportBlock.Paragraph(Invariant(
                    $"k-prototypes with k = {prototypes.ClusterCount} and categorical weight gamma = {Number(prototypes.Gamma)}: {prototypes.Iterations} iterations, cost {Number(prototypes.Cost)}; {scores}."));
                break;
        }
    }

    private static string Number(double? value) =>
        value is not { } number || double.IsNaN(number) ? string.Empty : number.ToString("G6", CultureInfo.InvariantCulture);

    private static string Date(DateTime? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
