using Segmentation.Data;

namespace Segmentation.Preprocessing;

/// <summary>Fits a chain of preprocessing steps on a training frame, each on the output of the one before.</summary>
public static class Preprocessor
{
    /// <summary>Fits <paramref name="steps"/> in order on <paramref name="training"/>.</summary>
    /// <param name="steps">The unfitted steps, in the order they apply.</param>
    /// <param name="training">The training frame.</param>
    /// <param name="report">Receives everything the steps did; create it with the id column, if any.</param>
    /// <returns>The fitted chain (serializable) and the transformed training frame.</returns>
    /// <exception cref="ArgumentNullException">An argument or a step is <see langword="null"/>.</exception>
    /// <exception cref="SegmentationDataException">A step cannot be fitted on the data (see each step).</exception>
    public static PreprocessingFit Fit(IEnumerable<PreprocessingStep> steps, DataFrame training, PreprocessingReport report)
    {
        Guard.NotNull(steps);
        Guard.NotNull(training);
        Guard.NotNull(report);
        var fitted = new List<FittedStep>();
        var frame = training;
        report.Attach(frame);
        foreach (var step in steps)
        {
            Guard.NotNull(step);
            var fittedStep = step.Fit(frame, report);
            frame = fittedStep.TransformTraining(frame, report);
            fitted.Add(fittedStep);
        }

        return new PreprocessingFit(new FittedPreprocessing(fitted), frame);
    }
}

/// <summary>The result of <see cref="Preprocessor.Fit"/>.</summary>
/// <param name="Preprocessing">The fitted chain, to replay on new data and to save with a model.</param>
/// <param name="Frame">The transformed training frame (rows excluded by filters removed).</param>
public sealed record PreprocessingFit(FittedPreprocessing Preprocessing, DataFrame Frame);
