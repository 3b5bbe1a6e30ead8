using Segmentation.Data;

namespace Segmentation.Preprocessing;

/// <summary>
/// A fitted chain of preprocessing steps: replays on new data in order, and serializes to and from JSON with
/// System.Text.Json (each step carries a "$step" discriminator). Immutable and thread-safe.
/// </summary>
/// <param name="Steps">The fitted steps, in the order they apply.</param>
public sealed record FittedPreprocessing(IReadOnlyList<FittedStep> Steps)
{
    /// <summary>Replays every step on <paramref name="frame"/> (scoring): rows are never dropped, only reported.</summary>
    /// <param name="frame">New data with the columns the chain was fitted on.</param>
    /// <param name="report">Receives what each step did; create it with the id column, if any.</param>
    /// <returns>The transformed frame, one row per row of <paramref name="frame"/>.</returns>
    /// <exception cref="ColumnNotFoundException">A column a step needs is missing.</exception>
    /// <exception cref="SegmentationDataException">A value a step cannot handle.</exception>
    public DataFrame Transform(DataFrame frame, PreprocessingReport report)
    {
        Guard.NotNull(frame);
        Guard.NotNull(report);
        report.Attach(frame);
        foreach (var step in Steps)
        {
            frame = step.Transform(frame, report);
        }

        return frame;
    }
}
