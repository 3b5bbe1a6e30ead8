using Segmentation.Data;

namespace Segmentation.Preprocessing;

/// <summary>
/// An unfitted preprocessing step: an immutable description, validated when created, that learns its state from a
/// training frame in <see cref="Fit"/> and returns a <see cref="FittedStep"/> that replays on new data.
/// </summary>
public abstract class PreprocessingStep
{
    private protected PreprocessingStep()
    {
    }

    /// <summary>Gets the step's name as reports show it, e.g. "ImputeMissing".</summary>
    public string Name => GetType().Name;

    /// <summary>Learns the step's state (fill values, scales, categories, bounds, ...) from <paramref name="training"/>.</summary>
    /// <param name="training">The frame the step sees during fitting (the output of the previous step).</param>
    /// <param name="report">Receives what the step learned and decided (columns dropped and why, ...).</param>
    /// <returns>The fitted step; apply it to the training frame with <see cref="FittedStep.TransformTraining"/>.</returns>
    /// <exception cref="ColumnNotFoundException">A named column does not exist.</exception>
    /// <exception cref="SegmentationDataException">The data does not allow the step (e.g. an all-missing column to impute).</exception>
    public FittedStep Fit(DataFrame training, PreprocessingReport report)
    {
        Guard.NotNull(training);
        Guard.NotNull(report);
        report.Attach(training);
        return FitCore(training, report);
    }

    /// <summary>The step's parameters, e.g. "ImputeMissing(Median)", for reports and the HTML method section.</summary>
    public abstract override string ToString();

    private protected abstract FittedStep FitCore(DataFrame training, PreprocessingReport report);
}
