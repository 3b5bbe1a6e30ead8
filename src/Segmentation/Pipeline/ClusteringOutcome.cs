using Segmentation.Clustering;
using Segmentation.Evaluation;

namespace Segmentation.Pipeline;

/// <summary>What the pipeline's one clustering step produced: hard labels, centres in the feature space, and the fit itself.</summary>
/// <param name="Algorithm">Which clustering ran.</param>
/// <param name="Labels">The segment of each training row.</param>
/// <param name="Centres">The centres in the numeric feature space: K-Means centroids, mixture means, or the prototypes' numeric part.</param>
/// <param name="Inertia">The within-segment sum of squared distances to <paramref name="Centres"/>.</param>
/// <param name="Novelty">The novelty detector fitted on the training rows.</param>
internal sealed record ClusteringOutcome(
    SegmentationAlgorithm Algorithm, int[] Labels, DenseMatrix Centres, double Inertia, NoveltyDetector Novelty)
{
    public KMeansModel? KMeans { get; init; }

    public ClusterCountSelection? Selection { get; init; }

    public GaussianMixtureModel? Mixture { get; init; }

    public GaussianMixtureSelection? MixtureSelection { get; init; }

    public KPrototypesModel? Prototypes { get; init; }

    public PrototypeCategories? Categories { get; init; }

    public int Seed { get; init; } = Defaults.Seed;

    public int MaxDegreeOfParallelism { get; init; } = Defaults.MaxDegreeOfParallelism;
}
