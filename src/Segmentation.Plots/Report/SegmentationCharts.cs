using Segmentation.Clustering;
using Segmentation.Data;
using Segmentation.Pipeline;
using Segmentation.Preprocessing;

namespace Segmentation.Plots;

/// <summary>
/// The standard charts of a fitted segmentation: segment sizes; the elbow and the criteria over k (when k was
/// swept); the segments in their two features (in the data's units) or on the first two principal components;
/// the silhouette plot; the profile heatmap; and a data overview (histograms, correlations).
/// </summary>
public static class SegmentationCharts
{
    /// <summary>Draws every chart that applies to <paramref name="result"/>.</summary>
    /// <param name="result">The fitted segmentation.</param>
    /// <param name="data">The frame given to Fit (the scatter of two features is drawn in its units).</param>
    /// <returns>The charts, in reading order.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IReadOnlyList<NamedChart> Create(SegmentationResult result, DataFrame data)
    {
        Guard.NotNull(result);
        Guard.NotNull(data);
        return [.. Overview(data, result.Model.IdColumnName), .. Segments(result, data)];
    }

    /// <summary>The data overview: a histogram per numeric column and, with two or more, a correlation heatmap.</summary>
    /// <param name="data">The customers.</param>
    /// <param name="idColumnName">A column to leave out (the id), or <see langword="null"/>.</param>
    /// <returns>Zero, one or two charts.</returns>
    public static IReadOnlyList<NamedChart> Overview(DataFrame data, string? idColumnName = null)
    {
        Guard.NotNull(data);
        var numeric = data.Columns.OfType<NumericColumn>().Where(column => column.Name != idColumnName).ToArray();
        if (numeric.Length == 0)
        {
            return [];
        }

        var names = numeric.Select(column => column.Name).ToArray();
        var matrix = ColumnsToMatrix(numeric);
        var charts = new List<NamedChart> { new("histograms", Charts.Histograms(matrix, names)) };
        if (numeric.Length >= 2)
        {
            charts.Add(new NamedChart("correlations", Charts.CorrelationHeatmap(matrix, names)));
        }

        return charts;
    }

    private static IEnumerable<NamedChart> Segments(SegmentationResult result, DataFrame data)
    {
        var names = result.Model.SegmentNames;
        var labels = result.Labels.ToArray();
        yield return new NamedChart("sizes", Charts.SegmentSizes(result.Segments.Select(segment => segment.Size).ToArray(), names));

        if (result.ClusterCountSelection is { } selection)
        {
            var ks = selection.Evaluations.Select(e => e.K).ToArray();
            yield return new NamedChart("elbow", Charts.Elbow(ks, selection.Evaluations.Select(e => e.Inertia).ToArray(), selection.KneeClusterCount));
            if (selection.Evaluations.All(e => e.Silhouette is not null && e.DaviesBouldin is not null && e.CalinskiHarabasz is not null))
            {
                yield return new NamedChart("criteria", Charts.Criteria(
                    ks,
                    selection.Evaluations.Select(e => e.Silhouette!.Value).ToArray(),
                    selection.Evaluations.Select(e => e.DaviesBouldin!.Value).ToArray(),
                    selection.Evaluations.Select(e => e.CalinskiHarabasz!.Value).ToArray(),
                    result.ChosenClusterCount));
            }
        }

        if (ScatterInDataUnits(result, data, names) is { } scatter)
        {
            yield return new NamedChart("segments", scatter);
        }
        else if (result.Features.Columns > 2 && Projection(result.Features, result.Model.Centroids) is { } projection)
        {
            yield return new NamedChart("segments-pca", Charts.PcaScatter(
                projection.Rows, projection.Ratios, labels, projection.Centroids, new ScatterChartOptions { SegmentNames = names }));
        }

        if (result.Silhouette is { } silhouette)
        {
            yield return new NamedChart("silhouette", Charts.Silhouette(silhouette.Samples.ToArray(), labels, names));
        }

        if (ProfileMatrices(result) is { } profile)
        {
            yield return new NamedChart("profiles", Charts.ProfileHeatmap(profile.Contrasts, names, profile.Columns, profile.Means));
        }
    }

    /// <summary>With exactly two numeric features that exist in the data, the segments in the data's own units.</summary>
    private static SvgChart? ScatterInDataUnits(SegmentationResult result, DataFrame data, IReadOnlyList<string> names)
    {
        var features = result.Model.FeatureNames;
        if (features.Count != 2
            || !data.Columns.TryGetColumn(features[0], out var x) || x is not NumericColumn xColumn
            || !data.Columns.TryGetColumn(features[1], out var y) || y is not NumericColumn yColumn)
        {
            return null;
        }

        var rows = result.TrainingRows;
        var points = new double[rows.Count * 2];
        for (var i = 0; i < rows.Count; i++)
        {
            points[2 * i] = xColumn[rows[i]];
            points[(2 * i) + 1] = yColumn[rows[i]];
        }

        var centres = result.CentroidsInOriginalUnits;
        var centroids = new double[centres.Rows.Count * 2];
        for (var segment = 0; segment < centres.Rows.Count; segment++)
        {
            centroids[2 * segment] = centres.Columns.GetNumeric(features[0])[segment];
            centroids[(2 * segment) + 1] = centres.Columns.GetNumeric(features[1])[segment];
        }

        return Charts.Scatter(
            new DenseMatrix(points, rows.Count, 2),
            0,
            1,
            result.Labels.ToArray(),
            new DenseMatrix(centroids, centres.Rows.Count, 2),
            new ScatterChartOptions { XTitle = features[0], YTitle = features[1], SegmentNames = names });
    }

    private static (DenseMatrix Rows, double[] Ratios, DenseMatrix Centroids)? Projection(DenseMatrix features, DenseMatrix centroids)
    {
        try
        {
            var components = PrincipalComponents.Fit(features);
            return components.ComponentCount < 2
                ? null
                : (components.Project(features, 2), components.ExplainedVarianceRatio.Take(2).ToArray(), components.Project(centroids, 2));
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

    private static DenseMatrix ColumnsToMatrix(NumericColumn[] columns)
    {
        var rows = columns[0].Length;
        var values = new double[rows * columns.Length];
        for (var column = 0; column < columns.Length; column++)
        {
            var source = columns[column].Values;
            for (var row = 0; row < rows; row++)
            {
                values[(row * columns.Length) + column] = source[row];
            }
        }

        return new DenseMatrix(values, rows, columns.Length);
    }
}
