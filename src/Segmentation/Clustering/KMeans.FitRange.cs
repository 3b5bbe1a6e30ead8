using System.Numerics;

namespace Segmentation.Clustering;

/// <content>The k sweep: one model per cluster count, sharing the work that does not depend on k.</content>
public sealed partial class KMeans
{
    /// <summary>
    /// Fits one model for each cluster count from <paramref name="minimumClusters"/> to <paramref name="maximumClusters"/>,
    /// doing once what does not depend on k: the data are checked and their row norms, column means and absolute
    /// tolerance computed a single time. On data of one row block (up to 4,096 rows) with one start per k, the counts are
    /// fitted in parallel instead. Each model equals <c>new KMeans(options with { ClusterCount = k }).Fit(data)</c>.
    /// </summary>
    /// <param name="options">The settings of every fit; <see cref="KMeansOptions.ClusterCount"/> is ignored.</param>
    /// <param name="data">rows x features; every value finite; at least <paramref name="maximumClusters"/> rows.</param>
    /// <param name="minimumClusters">The smallest k, at least 1.</param>
    /// <param name="maximumClusters">The largest k, at least <paramref name="minimumClusters"/>.</param>
    /// <param name="cancellationToken">Stops the sweep between iterations.</param>
    /// <returns>The models in order of k.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A setting or the range is out of range.</exception>
    /// <exception cref="SegmentationDataException">The data has fewer rows than <paramref name="maximumClusters"/>, or a value that is not finite.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static IReadOnlyList<KMeansModel> FitRange(
        KMeansOptions options, DenseMatrix data, int minimumClusters, int maximumClusters, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(data);
        var checkedOptions = CheckRange(options, minimumClusters, maximumClusters);
        return FitRange(checkedOptions, KMeansProblem.Create(data, null, maximumClusters, options.MaxDegreeOfParallelism), minimumClusters, maximumClusters, cancellationToken);
    }

    /// <summary>
    /// Fits one model for each cluster count from <paramref name="minimumClusters"/> to <paramref name="maximumClusters"/>
    /// on float32 <paramref name="data"/>, sharing the work that does not depend on k, as the <see cref="DenseMatrix"/> overload.
    /// </summary>
    /// <param name="options">The settings of every fit; <see cref="KMeansOptions.ClusterCount"/> is ignored.</param>
    /// <param name="data">rows x features; every value finite; at least <paramref name="maximumClusters"/> rows.</param>
    /// <param name="minimumClusters">The smallest k, at least 1.</param>
    /// <param name="maximumClusters">The largest k, at least <paramref name="minimumClusters"/>.</param>
    /// <param name="cancellationToken">Stops the sweep between iterations.</param>
    /// <returns>The models in order of k.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A setting or the range is out of range.</exception>
    /// <exception cref="SegmentationDataException">The data has fewer rows than <paramref name="maximumClusters"/>, or a value that is not finite.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static IReadOnlyList<KMeansModel> FitRange(
        KMeansOptions options, SinglePrecisionMatrix data, int minimumClusters, int maximumClusters, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(data);
        var checkedOptions = CheckRange(options, minimumClusters, maximumClusters);
        return FitRange(checkedOptions, KMeansProblem.Create(data, null, maximumClusters, options.MaxDegreeOfParallelism), minimumClusters, maximumClusters, cancellationToken);
    }

    private static KMeansOptions CheckRange(KMeansOptions options, int minimumClusters, int maximumClusters)
    {
        Guard.NotNull(options);
        Guard.Positive(minimumClusters);
        if (maximumClusters < minimumClusters)
        {
            Guard.ThrowArgumentOutOfRange(
                $"maximumClusters={maximumClusters} must be >= minimumClusters={minimumClusters}; the range is inclusive.", nameof(maximumClusters));
        }

        var checkedOptions = options with { ClusterCount = minimumClusters };
        checkedOptions.Validate();
        return checkedOptions;
    }

    private static KMeansModel[] FitRange<T>(
        KMeansOptions options, KMeansProblem<T> problem, int minimumClusters, int maximumClusters, CancellationToken cancellationToken)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var tolerance = KMeansTolerance.Absolute(problem, options.Tolerance);
        var models = new KMeansModel[maximumClusters - minimumClusters + 1];
        void FitOne(int index) =>
            models[index] = new KMeans(options with { ClusterCount = minimumClusters + index }).Fit(problem, tolerance, cancellationToken);

        var threads = options.MaxDegreeOfParallelism == -1 ? Environment.ProcessorCount : options.MaxDegreeOfParallelism;
        if (problem.Partition.BlockCount == 1 && options.Restarts == 1 && threads > 1)
        {
            Parallel.For(0, models.Length, new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken }, FitOne);
            return models;
        }

        for (var index = 0; index < models.Length; index++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            FitOne(index);
        }

        return models;
    }
}
