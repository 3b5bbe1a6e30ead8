using Segmentation.Clustering;
using Segmentation.Data;
using Segmentation.Evaluation;
using Segmentation.Preprocessing;
using Segmentation.Profiling;

namespace Segmentation.Pipeline;

/// <summary>One run of <see cref="SegmentationPipeline.Fit"/>: preprocess, choose k, cluster, profile, package.</summary>
internal sealed class PipelineFit(
    string? idColumnName,
    IReadOnlyList<PreprocessingStep> steps,
    KMeansStepOptions clustering,
    SegmentProfilerOptions? profiling,
    IProgress<SegmentationProgress>? progress,
    CancellationToken cancellationToken)
{
    public SegmentationResult Run(DataFrame frame)
    {
        progress?.Report(new SegmentationProgress("Preprocessing", 0, 1));
        var report = new PreprocessingReport(idColumnName);
        var prepared = Preprocessor.Fit(steps, frame, report);
        var featureNames = prepared.Frame.Columns.Names;
        var features = FeatureMatrix.Build(prepared.Frame, report);
        cancellationToken.ThrowIfCancellationRequested();

        var (kmeans, selection) = Cluster(features);
        var clusterCount = kmeans.ClusterCount;
        var labels = kmeans.Labels.ToArray();

        progress?.Report(new SegmentationProgress("Profiling", 0, 1));
        var trainingRows = KeptRows(frame.Rows.Count, report);
        var profileFrame = ProfileFrame(frame.TakeRows(trainingRows), prepared.Preprocessing);
        var segments = SegmentProfiler.Profile(profileFrame, labels, ProfilerOptions(profileFrame, featureNames, clusterCount));
        var segmentNames = segments.Select(segment => segment.Name).ToArray();
        var model = new SegmentationModel(idColumnName, prepared.Preprocessing, featureNames, kmeans.Centroids, segmentNames);
        progress?.Report(new SegmentationProgress("Profiling", 1, 1));
        return new SegmentationResult(
            model,
            labels,
            trainingRows,
            features,
            kmeans,
            selection,
            segments,
            report,
            Quality(features, labels, kmeans),
            CentroidTable(profileFrame, labels, segmentNames, featureNames));
    }

    /// <summary>The fixed k, or the sweep's recommendation together with the sweep's fit for it (no second fit).</summary>
    private (KMeansModel Model, ClusterCountSelection? Selection) Cluster(DenseMatrix features)
    {
        var choice = clustering.Choice;
        if (choice.MinimumClusters > features.Rows)
        {
            Guard.ThrowData(
                $"rows={features.Rows} must be >= clusterCount={choice.MinimumClusters}: there are fewer customers than segments asked for.");
        }

        if (choice.IsFixed)
        {
            progress?.Report(new SegmentationProgress("Clustering", 0, 1));
            var model = new KMeans(clustering.ToKMeansOptions(choice.MinimumClusters)).Fit(features, cancellationToken);
            progress?.Report(new SegmentationProgress("Clustering", 1, 1));
            return (model, null);
        }

        var selector = new ClusterCountSelector(new ClusterCountSelectorOptions
        {
            MinClusters = choice.MinimumClusters,
            MaxClusters = choice.MaximumClusters,
            KMeans = clustering.ToKMeansOptions(choice.MinimumClusters),
        });
        var sweepProgress = progress is null
            ? null
            : new SynchronousProgress<ClusterCountProgress>(
                p => progress.Report(new SegmentationProgress("Choosing k", p.CompletedSteps, p.TotalSteps)));
        var selection = selector.Select(features, sweepProgress, cancellationToken);
        return (selection.GetModel(selection.RecommendedClusterCount), selection);
    }

    private static int[] KeptRows(int rowCount, PreprocessingReport report)
    {
        var excluded = new HashSet<int>(report.ExcludedRows.Select(row => row.RowIndex));
        return Enumerable.Range(0, rowCount).Where(row => !excluded.Contains(row)).ToArray();
    }

    /// <summary>The original rows plus every derived column, unscaled: profiles speak in the data's own units.</summary>
    private static DataFrame ProfileFrame(DataFrame original, FittedPreprocessing preprocessing)
    {
        var frame = original;
        foreach (var derived in preprocessing.Steps.OfType<FittedDerivedColumn>())
        {
            var withDerived = derived.Transform(frame, new PreprocessingReport());
            frame = frame.WithColumn(withDerived.Columns[derived.Name]);
        }

        return frame;
    }

    private SegmentProfilerOptions ProfilerOptions(DataFrame profileFrame, IReadOnlyList<string> featureNames, int clusterCount)
    {
        var options = new SegmentProfilerOptions
        {
            NamingColumns = profiling?.NamingColumns
                ?? featureNames.Where(name => profileFrame.Columns.TryGetColumn(name, out var column) && column is NumericColumn).ToList(),
            NamingFeatureCount = profiling?.NamingFeatureCount ?? Defaults.NamingFeatureCount,
            NamingEffectThreshold = profiling?.NamingEffectThreshold ?? Defaults.NamingEffectThreshold,
            NamingScale = profiling?.NamingScale ?? Defaults.NamingScale,
            SegmentCount = clusterCount,
        };
        foreach (var excluded in profiling?.ExcludedColumns ?? [])
        {
            options.ExcludedColumns.Add(excluded);
        }

        foreach (var column in profileFrame.Columns.Where(c => c.Name == idColumnName || AutomaticFeatureSelection.IsIdLike(c)))
        {
            options.ExcludedColumns.Add(column.Name);
        }

        foreach (var (column, display) in profiling?.DisplayNames ?? new Dictionary<string, string>())
        {
            options.DisplayNames[column] = display;
        }

        return options;
    }

    private ClusterQuality Quality(DenseMatrix features, int[] labels, KMeansModel kmeans)
    {
        var distinct = labels.Distinct().Count();
        if (distinct < 2 || distinct >= features.Rows)
        {
            return new ClusterQuality(kmeans.Inertia, null, null, null);
        }

        var silhouette = features.Rows <= Defaults.ExactSilhouetteMaximumRows
            ? Silhouette.Score(features, labels, clustering.MaxDegreeOfParallelism, cancellationToken)
            : Silhouette.Sample(features, labels, Defaults.ExactSilhouetteMaximumRows, clustering.Seed, maxDegreeOfParallelism: clustering.MaxDegreeOfParallelism, cancellationToken: cancellationToken).Mean;
        return new ClusterQuality(
            kmeans.Inertia, silhouette, DaviesBouldin.Score(features, labels), CalinskiHarabasz.Score(features, labels));
    }

    /// <summary>Reports on the calling thread, unlike <see cref="Progress{T}"/>, so reports arrive in order.</summary>
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }

    private static DataFrame CentroidTable(DataFrame profileFrame, int[] labels, string[] segmentNames, IReadOnlyList<string> featureNames)
    {
        var clusterCount = segmentNames.Length;
        var sizes = new double[clusterCount];
        foreach (var label in labels)
        {
            sizes[label]++;
        }

        var columns = new List<DataFrameColumn>
        {
            new NumericColumn("Segment", Enumerable.Range(0, clusterCount).Select(i => (double)i)),
            new CategoricalColumn("SegmentName", segmentNames),
            new NumericColumn("Size", sizes),
        };
        foreach (var name in featureNames)
        {
            if (!profileFrame.Columns.TryGetColumn(name, out var column) || column is not NumericColumn numeric)
            {
                continue;
            }

            var sums = new double[clusterCount];
            var counts = new double[clusterCount];
            for (var row = 0; row < labels.Length; row++)
            {
                if (!double.IsNaN(numeric[row]))
                {
                    sums[labels[row]] += numeric[row];
                    counts[labels[row]]++;
                }
            }

            columns.Add(new NumericColumn(name, sums.Select((sum, segment) => counts[segment] == 0 ? double.NaN : sum / counts[segment])));
        }

        return new DataFrame(columns);
    }
}
