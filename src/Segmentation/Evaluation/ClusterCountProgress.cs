namespace Segmentation.Evaluation;

/// <summary>Progress of a k sweep, reported after each step.</summary>
/// <param name="Stage">What finished: "fit and scores", "gap" or "stability".</param>
/// <param name="K">The k the step was about, or null for a step over all k (the gap).</param>
/// <param name="CompletedSteps">Steps finished so far.</param>
/// <param name="TotalSteps">Steps in the whole sweep.</param>
public sealed record ClusterCountProgress(string Stage, int? K, int CompletedSteps, int TotalSteps);
