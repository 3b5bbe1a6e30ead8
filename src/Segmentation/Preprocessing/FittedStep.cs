using System.Text.Json.Serialization;
using Segmentation.Data;

namespace Segmentation.Preprocessing;

/// <summary>
/// A fitted preprocessing step: immutable learned state that replays exactly on new data, and serializes to and from
/// JSON with System.Text.Json (the "$step" property names the concrete type).
/// </summary>
/// <remarks>
/// <see cref="Transform"/> is the scoring replay: it never drops rows, so its output has one row per input row.
/// <see cref="TransformTraining"/> is used once, on the frame the step was fitted on: row filters drop rows there.
/// Fitted steps are immutable and safe to share across threads.
/// </remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$step")]
[JsonDerivedType(typeof(FittedColumnSelection), "selectColumns")]
[JsonDerivedType(typeof(FittedDerivedColumn), "deriveColumn")]
[JsonDerivedType(typeof(FittedImputation), "imputeMissing")]
[JsonDerivedType(typeof(FittedOneHotEncoding), "oneHotEncode")]
[JsonDerivedType(typeof(FittedNormalization), "normalize")]
[JsonDerivedType(typeof(FittedColumnDrop), "dropColumns")]
[JsonDerivedType(typeof(FittedPredicateFilter), "filterRows")]
[JsonDerivedType(typeof(FittedInvalidValueFilter), "excludeInvalidValues")]
[JsonDerivedType(typeof(FittedOutlierFilter), "excludeOutliers")]
[JsonDerivedType(typeof(FittedPrincipalComponents), "reduceDimensions")]
public abstract record FittedStep
{
    private protected FittedStep()
    {
    }

    /// <summary>Replays the step on <paramref name="frame"/> (scoring): rows are never dropped, only reported.</summary>
    /// <param name="frame">A frame with the columns the step was fitted on.</param>
    /// <param name="report">Receives what the step did (values imputed, unknown categories, flagged rows, ...).</param>
    /// <returns>The transformed frame, one row per row of <paramref name="frame"/>.</returns>
    /// <exception cref="ColumnNotFoundException">A column the step needs is missing.</exception>
    /// <exception cref="SegmentationDataException">A value the step cannot handle (e.g. a negative value under log1p).</exception>
    public DataFrame Transform(DataFrame frame, PreprocessingReport report)
    {
        Guard.NotNull(frame);
        Guard.NotNull(report);
        report.Attach(frame);
        return TransformCore(frame, report, training: false);
    }

    /// <summary>
    /// Applies the step to the frame it was fitted on: the same as <see cref="Transform"/>, except that row filters
    /// drop the rows they exclude (each listed in <see cref="PreprocessingReport.ExcludedRows"/>).
    /// </summary>
    /// <param name="training">The frame passed to <see cref="PreprocessingStep.Fit"/>.</param>
    /// <param name="report">The report passed to <see cref="PreprocessingStep.Fit"/>.</param>
    /// <returns>The transformed training frame.</returns>
    public DataFrame TransformTraining(DataFrame training, PreprocessingReport report)
    {
        Guard.NotNull(training);
        Guard.NotNull(report);
        report.Attach(training);
        return TransformCore(training, report, training: true);
    }

    private protected abstract DataFrame TransformCore(DataFrame frame, PreprocessingReport report, bool training);
}
