using System.Globalization;
using Segmentation.Plots.Layout;
using Segmentation.Plots.Support;

namespace Segmentation.Plots;

public static partial class Charts
{
    private const string LineColor = "#0072B2";
    private const string HighlightColor = "#D55E00";

    /// <summary>
    /// Elbow curve: inertia (within-cluster sum of squares) against the number of clusters, with the knee marked by a
    /// ring, a dashed guide and a "knee: k = 5" label.
    /// </summary>
    /// <param name="clusterCounts">Candidate cluster counts in increasing order, at least 2 of them.</param>
    /// <param name="inertias">Inertia at each count, finite and &gt;= 0 (&gt; 0 with a log scale).</param>
    /// <param name="knee">The cluster count to mark, one of <paramref name="clusterCounts"/>, or null for none.</param>
    /// <param name="options">Size and title; null for defaults.</param>
    /// <param name="logScale">Draw inertia on a base-10 log scale. Default false.</param>
    /// <exception cref="ArgumentException">Lengths disagree, counts are not increasing, or <paramref name="knee"/> is not a candidate.</exception>
    /// <exception cref="SegmentationDataException">An inertia is NaN or infinite.</exception>
    public static SvgChart Elbow(
        ReadOnlySpan<int> clusterCounts, ReadOnlySpan<double> inertias, int? knee = null, ChartOptions? options = null, bool logScale = false)
    {
        ValidateClusterCounts(clusterCounts, knee);
        ChartInputs.SameLength(clusterCounts.Length, inertias.Length, nameof(clusterCounts), nameof(inertias));
        ChartInputs.Finite(inertias, "Inertia");
        if (logScale)
        {
            foreach (var inertia in inertias)
            {
                Guard.Positive(inertia, nameof(inertias));
            }
        }

        var canvas = new ChartCanvas(options ?? new ChartOptions(), "Elbow: inertia against the number of clusters", "elbow");
        var region = new Rect(0, canvas.ContentTop, canvas.Width, canvas.Height - canvas.ContentTop);
        var legend = knee is null
            ? new List<LegendEntry> { new("Inertia", LineColor, LegendSymbol.Line) }
            : [new("Inertia", LineColor, LegendSymbol.Line), new("Knee", HighlightColor, LegendSymbol.Circle)];
        var (minimum, maximum) = ChartInputs.Range(inertias);
        var frame = XyFrame.Create(canvas.Root, region, (clusterCounts[0] - 0.4, clusterCounts[^1] + 0.4),
            (logScale ? minimum : Math.Min(0, minimum), maximum),
            "Number of clusters (k)", "Inertia (within-cluster sum of squares)", legend, logScale, integerX: true);
        DrawCurve(frame, clusterCounts, inertias, knee, "Inertia");
        if (knee is { } k)
        {
            var index = clusterCounts.IndexOf(k);
            var x = frame.X.Map(k);
            var y = frame.Y.Map(inertias[index]);
            frame.Marks.Add(Axes.Line(x, y + 9, x, frame.Area.Bottom, HighlightColor, 1.5)).Set("stroke-dasharray", "5 4");
            frame.Marks.Add(Marks.Circle(x, y, 9, "none")
                .Set("stroke", HighlightColor).Set("stroke-width", 2.5).Set("data-mark", "knee"));
            frame.Marks.Add(ChartCanvas.Text(x + 14, y - 12, string.Create(CultureInfo.InvariantCulture, $"knee: k = {k}"),
                TextMetrics.AxisTitleFontSize, "start").Set("fill", HighlightColor).Set("font-weight", "bold"));
        }

        return canvas.Finish();
    }

    /// <summary>
    /// Small multiples, one panel per criterion against the number of clusters, each saying whether higher or lower is
    /// better and marking its best k; the chosen k (if given) is a dashed vertical line in every panel.
    /// </summary>
    /// <param name="clusterCounts">Candidate cluster counts in increasing order, at least 2.</param>
    /// <param name="criteria">One or more criteria, each with one value per count (NaN = not computed, drawn as a gap).</param>
    /// <param name="chosenClusterCount">The chosen k to mark, one of <paramref name="clusterCounts"/>, or null.</param>
    /// <param name="options">Size and title; null for defaults.</param>
    /// <exception cref="ArgumentException">No criteria, lengths disagree, counts not increasing, or the chosen k is not a candidate.</exception>
    public static SvgChart Criteria(
        ReadOnlySpan<int> clusterCounts, IReadOnlyList<ClusterCountCriterion> criteria, int? chosenClusterCount = null, ChartOptions? options = null)
    {
        Guard.NotNull(criteria);
        Guard.Positive(criteria.Count, "criteria.Count");
        ValidateClusterCounts(clusterCounts, chosenClusterCount);
        foreach (var criterion in criteria)
        {
            Guard.NotNull(criterion);
            ChartInputs.SameLength(clusterCounts.Length, criterion.Values.Count, nameof(clusterCounts), $"criteria['{criterion.Name}'].Values");
        }

        var canvas = new ChartCanvas(options ?? new ChartOptions(), "Criteria for choosing the number of clusters", "criteria");
        canvas.AddNote(chosenClusterCount is { } k
            ? string.Create(CultureInfo.InvariantCulture, $"Dashed line: chosen k = {k}. Orange point: each criterion's best k.")
            : "Orange point: each criterion's best k.");
        var gap = 16.0;
        var panelWidth = (canvas.Width - 8 - (gap * (criteria.Count - 1))) / criteria.Count;
        for (var i = 0; i < criteria.Count; i++)
        {
            var criterion = criteria[i];
            var values = criterion.Values.ToArray();
            var best = BestIndex(values, criterion.HigherIsBetter);
            var panel = canvas.Root.Add("g").Set("data-panel", criterion.Name);
            var left = 4 + (i * (panelWidth + gap));
            panel.Add(ChartCanvas.Text(left + (panelWidth / 2), canvas.ContentTop + 4, criterion.Name, TextMetrics.AxisTitleFontSize, "middle")
                .Set("font-weight", "bold"));
            panel.Add(ChartCanvas.Text(left + (panelWidth / 2), canvas.ContentTop + 20,
                criterion.HigherIsBetter ? "higher is better" : "lower is better", TextMetrics.TickFontSize, "middle")
                .Set("fill", ChartCanvas.MutedTextColor));
            var region = new Rect(left, canvas.ContentTop + 28, panelWidth, canvas.Height - canvas.ContentTop - 28);
            var (minimum, maximum) = ChartInputs.Range(values);
            var frame = XyFrame.Create(panel, region, (clusterCounts[0] - 0.4, clusterCounts[^1] + 0.4), (minimum, maximum), "k", null, [], integerX: true);
            if (chosenClusterCount is { } chosen)
            {
                var x = frame.X.Map(chosen);
                frame.Marks.Add(Axes.Line(x, frame.Area.Y, x, frame.Area.Bottom, "#777777", 1.2)).Set("stroke-dasharray", "5 4")
                    .Set("data-mark", "chosen");
            }

            DrawCurve(frame, clusterCounts, values, best is null ? null : clusterCounts[best.Value], criterion.Name);
        }

        return canvas.Finish();
    }

    /// <summary>Silhouette, Davies-Bouldin and Calinski-Harabasz against k, as three panels.</summary>
    /// <param name="clusterCounts">Candidate cluster counts in increasing order.</param>
    /// <param name="silhouette">Mean silhouette at each count (higher is better).</param>
    /// <param name="daviesBouldin">Davies-Bouldin index at each count (lower is better).</param>
    /// <param name="calinskiHarabasz">Calinski-Harabasz index at each count (higher is better).</param>
    /// <param name="chosenClusterCount">The chosen k to mark, or null.</param>
    /// <param name="options">Size and title; null for defaults.</param>
    /// <exception cref="ArgumentException">Lengths disagree, counts not increasing, or the chosen k is not a candidate.</exception>
    public static SvgChart Criteria(
        ReadOnlySpan<int> clusterCounts, ReadOnlySpan<double> silhouette, ReadOnlySpan<double> daviesBouldin,
        ReadOnlySpan<double> calinskiHarabasz, int? chosenClusterCount = null, ChartOptions? options = null) =>
        Criteria(clusterCounts,
            [
                new ClusterCountCriterion("Silhouette", silhouette.ToArray(), HigherIsBetter: true),
                new ClusterCountCriterion("Davies-Bouldin", daviesBouldin.ToArray(), HigherIsBetter: false),
                new ClusterCountCriterion("Calinski-Harabasz", calinskiHarabasz.ToArray(), HigherIsBetter: true),
            ],
            chosenClusterCount, options);

    private static void ValidateClusterCounts(ReadOnlySpan<int> clusterCounts, int? marked)
    {
        Guard.AtLeast(clusterCounts.Length, 2, "clusterCounts.Length");
        for (var i = 1; i < clusterCounts.Length; i++)
        {
            if (clusterCounts[i] <= clusterCounts[i - 1])
            {
                throw new ArgumentException(
                    $"clusterCounts must increase: clusterCounts[{i}]={clusterCounts[i]} follows {clusterCounts[i - 1]}.", nameof(clusterCounts));
            }
        }

        if (marked is { } k && clusterCounts.IndexOf(k) < 0)
        {
            throw new ArgumentException($"k={k} is not one of the cluster counts {string.Join(", ", clusterCounts.ToArray())}.", nameof(marked));
        }
    }

    private static int? BestIndex(double[] values, bool higherIsBetter)
    {
        int? best = null;
        for (var i = 0; i < values.Length; i++)
        {
            if (double.IsFinite(values[i]) &&
                (best is null || (higherIsBetter ? values[i] > values[best.Value] : values[i] < values[best.Value])))
            {
                best = i;
            }
        }

        return best;
    }

    /// <summary>A line through the finite values (NaN breaks it) with a point at each, the highlighted k in orange.</summary>
    private static void DrawCurve(XyFrame frame, ReadOnlySpan<int> clusterCounts, ReadOnlySpan<double> values, int? highlighted, string name)
    {
        var segment = new List<(double X, double Y)>();
        for (var i = 0; i <= values.Length; i++)
        {
            if (i < values.Length && double.IsFinite(values[i]))
            {
                segment.Add((frame.X.Map(clusterCounts[i]), frame.Y.Map(values[i])));
                continue;
            }

            if (segment.Count > 1)
            {
                frame.Marks.Add(Marks.Polyline(segment, LineColor, 2)).Set("data-mark", "line");
            }

            segment.Clear();
        }

        for (var i = 0; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                continue;
            }

            var isHighlighted = clusterCounts[i] == highlighted;
            var point = frame.Marks.Add(Marks.Circle(frame.X.Map(clusterCounts[i]), frame.Y.Map(values[i]), isHighlighted ? 5.5 : 4,
                    isHighlighted ? HighlightColor : LineColor)
                .Set("stroke", "#FFFFFF").Set("stroke-width", 1.5)
                .Set("data-mark", "point"));
            point.Add("title").WithText(string.Create(CultureInfo.InvariantCulture, $"{name} at k = {clusterCounts[i]}: {values[i]:G6}"));
        }
    }
}
