namespace Segmentation.Pipeline;

/// <summary>How far a <see cref="SegmentationPipeline.Fit"/> has come, reported through <see cref="IProgress{T}"/>.</summary>
/// <param name="Stage">What is running: "Preprocessing", "Choosing k", "Clustering", "Profiling".</param>
/// <param name="Completed">Units of the stage done (for "Choosing k", values of k fitted).</param>
/// <param name="Total">Units of the stage in all.</param>
public sealed record SegmentationProgress(string Stage, int Completed, int Total);
