using Segmentation.Clustering;

namespace Segmentation.Pipeline;

/// <summary>
/// The k-prototypes step of a <see cref="SegmentationPipeline"/>: <see cref="ClusterCount"/> clusters over the numeric
/// features the preprocessing yields plus the <see cref="CategoricalColumns"/>, which are neither one-hot encoded nor
/// scaled. Every other setting is a <see cref="KPrototypesOptions"/> setting with the same default.
/// </summary>
/// <remarks>
/// The categorical columns are read from the frame after preprocessing: the automatic feature selection keeps them,
/// and an explicit <see cref="SegmentationPipeline.SelectFeatures"/> must name them. Their categories are coded in
/// sorted ordinal order of the training values; a category unseen in training, or a missing value, met when scoring
/// gets a code that matches no prototype and is listed in <see cref="SegmentPredictions.Report"/>
/// (<see cref="Preprocessing.PreprocessingReport.UnknownCategories"/>). A missing value in training is a data error:
/// impute it first.
/// </remarks>
public sealed record KPrototypesStepOptions : ClusteringStepOptions
{
    /// <summary>Gets the number of clusters k, at least 1. Default <see cref="Defaults.PrototypeClusterCount"/> (8).</summary>
    public int ClusterCount { get; init; } = Defaults.PrototypeClusterCount;

    /// <summary>Gets the categorical columns, at least one, no duplicates. Default none (which <see cref="Validate"/> refuses).</summary>
    public IReadOnlyList<string> CategoricalColumns { get; init; } = [];

    /// <summary>
    /// Gets the weight of one categorical mismatch, or <see langword="null"/> (default) to estimate it from the training
    /// rows (see <see cref="KPrototypes.EstimateGamma"/>).
    /// </summary>
    public double? Gamma { get; init; }

    /// <summary>Gets how the first prototypes are picked. Default <see cref="KPrototypesInitialization.KMeansPlusPlus"/>.</summary>
    public KPrototypesInitialization Initialization { get; init; } = KPrototypesInitialization.KMeansPlusPlus;

    /// <summary>Gets the number of independent starts; the lowest cost wins. Default <see cref="Defaults.PrototypeRestarts"/> (10).</summary>
    public int Restarts { get; init; } = Defaults.PrototypeRestarts;

    /// <summary>Gets the iteration limit per start. Default <see cref="Defaults.PrototypeMaximumIterations"/> (100).</summary>
    public int MaximumIterations { get; init; } = Defaults.PrototypeMaximumIterations;

    /// <summary>Gets the seed of every random choice. Default <see cref="Defaults.Seed"/> (42).</summary>
    public int Seed { get; init; } = Defaults.Seed;

    /// <inheritdoc />
    public override SegmentationAlgorithm Algorithm => SegmentationAlgorithm.KPrototypes;

    /// <summary>Checks every setting.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range; the message quotes it.</exception>
    /// <exception cref="ArgumentException">No categorical column, a blank name or a duplicate.</exception>
    public override void Validate()
    {
        Guard.NotNull(CategoricalColumns, nameof(CategoricalColumns));
        if (CategoricalColumns.Count == 0)
        {
            Guard.ThrowArgument(
                "k-prototypes needs at least one categorical column; without one, use KMeans.", nameof(CategoricalColumns));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var column in CategoricalColumns)
        {
            Guard.NotNullOrWhiteSpace(column, nameof(CategoricalColumns));
            if (!seen.Add(column))
            {
                Guard.ThrowArgument($"The categorical column '{column}' is named twice.", nameof(CategoricalColumns));
            }
        }

        ToKPrototypesOptions().Validate();
    }

    internal KPrototypesOptions ToKPrototypesOptions() => new()
    {
        ClusterCount = ClusterCount,
        Gamma = Gamma,
        Initialization = Initialization,
        Restarts = Restarts,
        MaximumIterations = MaximumIterations,
        Seed = Seed,
    };
}
