using Segmentation.Clustering;
using Segmentation.Data;
using Segmentation.Evaluation;
using Segmentation.Preprocessing;
using Segmentation.Profiling;

namespace Segmentation.Pipeline;

/// <summary>
/// One run of <see cref="SegmentationPipeline.Fit"/>: preprocess, choose k, cluster, profile, package. The clustering is a
/// <see cref="KMeansStepOptions"/>, <see cref="GaussianMixtureStepOptions"/> or <see cref="KPrototypesStepOptions"/>.
/// </summary>
internal sealed class PipelineFit(
    string? idColumnName,
    IReadOnlyList<PreprocessingStep> steps,
    ClusteringStepOptions clustering,
    (double Quantile, NoveltyRule Rule) novelty,
    SegmentProfilerOptions? profiling,
    IProgress<SegmentationProgress>? progress,
    CancellationToken cancellationToken)
{
    public SegmentationResult Run(DataFrame frame)
    {
        progress?.Report(new SegmentationProgress("Preprocessing", 0, 1));
        var report = new PreprocessingReport(idColumnName);
        var prepared = Preprocessor.Fit(steps, frame, report);
        var categoricalColumns = (clustering as KPrototypesStepOptions)?.CategoricalColumns ?? [];
        var featureNames = prepared.Frame.Columns.Names.Where(name => !categoricalColumns.Contains(name)).ToArray();
        var features = categoricalColumns.Count == 0
            ? FeatureMatrix.Build(prepared.Frame, report)
            : FeatureMatrix.Build(prepared.Frame, featureNames, report);
        cancellationToken.ThrowIfCancellationRequested();

        var outcome = clustering switch
        {
            KMeansStepOptions kMeans => ClusterKMeans(kMeans, features),
            GaussianMixtureStepOptions mixture => ClusterMixture(mixture, features),
            KPrototypesStepOptions prototypes => ClusterPrototypes(prototypes, features, prepared.Frame, report),
            _ => throw new InvalidOperationException($"Unknown clustering step {clustering}."),
        };
        var clusterCount = outcome.Centres.Rows;
        var labels = outcome.Labels;

        progress?.Report(new SegmentationProgress("Profiling", 0, 1));
        var trainingRows = KeptRows(frame.Rows.Count, report);
        var profileFrame = ProfileFrame(frame.TakeRows(trainingRows), prepared.Preprocessing);
        var segments = SegmentProfiler.Profile(profileFrame, labels, ProfilerOptions(profileFrame, featureNames, clusterCount));
        var segmentNames = segments.Select(segment => segment.Name).ToArray();
        var model = new SegmentationModel(
            idColumnName,
            prepared.Preprocessing,
            featureNames,
            outcome.Centres,
            segmentNames,
            new SegmentationModel.Scoring(outcome.Algorithm, outcome.Novelty, outcome.Mixture, outcome.Prototypes, outcome.Categories));
        progress?.Report(new SegmentationProgress("Profiling", 1, 1));
        var (quality, silhouette) = Quality(features, labels, outcome);
        return new SegmentationResult(
            model,
            labels,
            trainingRows,
            features,
            outcome,
            segments,
            report,
            quality,
            silhouette,
            CentroidTable(profileFrame, labels, segmentNames, featureNames));
    }

    private ClusteringOutcome ClusterKMeans(KMeansStepOptions options, DenseMatrix features)
    {
        var (kMeans, selection) = Cluster(options, features);
        var labels = kMeans.Labels.ToArray();
        return new ClusteringOutcome(SegmentationAlgorithm.KMeans, labels, kMeans.Centroids, kMeans.Inertia, Novelty(kMeans.Centroids, features, labels))
        {
            KMeans = kMeans,
            Selection = selection,
            Seed = options.Seed,
            MaxDegreeOfParallelism = options.MaxDegreeOfParallelism,
        };
    }

    /// <summary>A fixed count, or the lowest BIC over the range; hard labels are each row's most probable component.</summary>
    private ClusteringOutcome ClusterMixture(GaussianMixtureStepOptions options, DenseMatrix features)
    {
        progress?.Report(new SegmentationProgress("Clustering", 0, 1));
        GaussianMixtureModel mixture;
        GaussianMixtureSelection? selection = null;
        if (options.ComponentCount is { } componentCount)
        {
            mixture = new GaussianMixture(options.ToGaussianMixtureOptions(componentCount)).Fit(features, cancellationToken);
        }
        else
        {
            selection = GaussianMixture.SelectComponentCount(
                features, options.MinimumComponents, options.MaximumComponents, options.ToGaussianMixtureOptions(options.MinimumComponents), cancellationToken);
            mixture = selection.BestModel;
        }

        progress?.Report(new SegmentationProgress("Clustering", 1, 1));
        var labels = mixture.Predict(features);
        return new ClusteringOutcome(
            SegmentationAlgorithm.GaussianMixture, labels, mixture.Means, Inertia.Compute(features, labels, mixture.Means), Novelty(mixture.Means, features, labels))
        {
            Mixture = mixture,
            MixtureSelection = selection,
            Seed = options.Seed,
        };
    }

    private ClusteringOutcome ClusterPrototypes(KPrototypesStepOptions options, DenseMatrix features, DataFrame prepared, PreprocessingReport report)
    {
        progress?.Report(new SegmentationProgress("Clustering", 0, 1));
        var categories = PrototypeCategories.Learn(prepared, options.CategoricalColumns, report);
        var codes = categories.Encode(prepared, null);
        var data = MixedData.Wrap(features, codes, categories.Columns.Count);
        var prototypes = new KPrototypes(options.ToKPrototypesOptions()).Fit(data, cancellationToken);
        progress?.Report(new SegmentationProgress("Clustering", 1, 1));
        var labels = prototypes.Labels.ToArray();
        var centres = prototypes.Prototypes.Numeric;
        var embeddedCentres = categories.Embed(centres, prototypes.Prototypes.CategoricalCodes, prototypes.Gamma);
        var embedded = categories.Embed(features, codes, prototypes.Gamma);
        var detector = NoveltyDetector.Fit(embeddedCentres, embedded, labels, novelty.Quantile, novelty.Rule);
        return new ClusteringOutcome(SegmentationAlgorithm.KPrototypes, labels, centres, Inertia.Compute(features, labels, centres), detector)
        {
            Prototypes = prototypes,
            Categories = categories,
            Seed = options.Seed,
        };
    }

    private NoveltyDetector Novelty(DenseMatrix centres, DenseMatrix features, int[] labels) =>
        NoveltyDetector.Fit(centres, features, labels, novelty.Quantile, novelty.Rule);

    /// <summary>The fixed k, or the sweep's recommendation together with the sweep's fit for it (no second fit).</summary>
    private (KMeansModel Model, ClusterCountSelection? Selection) Cluster(KMeansStepOptions options, DenseMatrix features)
    {
        var choice = options.Choice;
        if (choice.MinimumClusters > features.Rows)
        {
            Guard.ThrowData(
                $"rows={features.Rows} must be >= clusterCount={choice.MinimumClusters}: there are fewer customers than segments asked for.");
        }

        if (choice.IsFixed)
        {
            progress?.Report(new SegmentationProgress("Clustering", 0, 1));
            var model = new KMeans(options.ToKMeansOptions(choice.MinimumClusters)).Fit(features, cancellationToken);
            progress?.Report(new SegmentationProgress("Clustering", 1, 1));
            return (model, null);
        }

        var selector = new ClusterCountSelector(new ClusterCountSelectorOptions
        {
            MinClusters = choice.MinimumClusters,
            MaxClusters = choice.MaximumClusters,
            KMeans = options.ToKMeansOptions(choice.MinimumClusters),
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

    /// <summary>
    /// The criteria of the final segments; the exact per-sample silhouettes come along (computed once, kept for the
    /// silhouette plot) up to <see cref="Defaults.ExactSilhouetteMaximumRows"/> rows, a sampled mean above.
    /// </summary>
    private (ClusterQuality Quality, SilhouetteResult? Silhouette) Quality(DenseMatrix features, int[] labels, ClusteringOutcome outcome)
    {
        var distinct = labels.Distinct().Count();
        if (distinct < 2 || distinct >= features.Rows)
        {
            return (new ClusterQuality(outcome.Inertia, null, null, null), null);
        }

        SilhouetteResult? exact = null;
        double silhouette;
        if (features.Rows <= Defaults.ExactSilhouetteMaximumRows)
        {
            exact = Silhouette.Compute(features, labels, outcome.MaxDegreeOfParallelism, cancellationToken);
            silhouette = exact.Mean;
        }
        else
        {
            silhouette = Silhouette.Sample(
                features, labels, Defaults.ExactSilhouetteMaximumRows, outcome.Seed,
                maxDegreeOfParallelism: outcome.MaxDegreeOfParallelism, cancellationToken: cancellationToken).Mean;
        }

        var quality = new ClusterQuality(
            outcome.Inertia, silhouette, DaviesBouldin.Score(features, labels), CalinskiHarabasz.Score(features, labels));
        return (quality, exact);
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
