using System.Text.Json;
using Segmentation.Data;
using Segmentation.Persistence;
using Segmentation.Preprocessing;

namespace Segmentation.Tests.Preprocessing;

/// <summary>Helpers shared by the preprocessing tests: frame equality, JSON round trips, fitting one step.</summary>
internal static class PreprocessingAssert
{
    /// <summary>Fits one step and applies it to its training frame.</summary>
    public static (FittedStep Step, DataFrame Frame, PreprocessingReport Report) FitTransform(
        PreprocessingStep step, DataFrame training, string? idColumn = null)
    {
        var report = new PreprocessingReport(idColumn);
        var fitted = step.Fit(training, report);
        return (fitted, fitted.TransformTraining(training, report), report);
    }

    /// <summary>Asserts two frames have the same column names, kinds and values (as text, so NaN equals NaN).</summary>
    public static void FramesEqual(DataFrame actual, DataFrame expected)
    {
        Assert.That(actual.Columns.Names, Is.EqualTo(expected.Columns.Names), "column names");
        Assert.That(actual.Rows.Count, Is.EqualTo(expected.Rows.Count), "row count");
        for (var c = 0; c < expected.Columns.Count; c++)
        {
            Assert.That(actual.Columns[c].Kind, Is.EqualTo(expected.Columns[c].Kind), $"kind of {expected.Columns[c].Name}");
            for (var row = 0; row < expected.Rows.Count; row++)
            {
                Assert.That(
                    actual.Columns[c].FormatValue(row),
                    Is.EqualTo(expected.Columns[c].FormatValue(row)),
                    $"column '{expected.Columns[c].Name}', row {row}");
            }
        }
    }

    /// <summary>
    /// Serializes a fitted step as its base type, reads it back, and asserts the copy serializes identically and
    /// transforms <paramref name="frame"/> exactly as the original.
    /// </summary>
    public static FittedStep RoundTrips(FittedStep step, DataFrame frame, string expectedDiscriminator)
    {
        var json = JsonSerializer.Serialize(step);
        Assert.That(json, Does.StartWith($"{{\"$step\":\"{expectedDiscriminator}\""));
        var copy = JsonSerializer.Deserialize<FittedStep>(json);
        Assert.That(copy, Is.Not.Null.And.TypeOf(step.GetType()));
        Assert.That(JsonSerializer.Serialize(copy), Is.EqualTo(json));
        FramesEqual(copy!.Transform(frame, new PreprocessingReport()), step.Transform(frame, new PreprocessingReport()));

        // The options saved models are written with (camelCase, named floating-point literals).
        var modelJson = JsonSerializer.Serialize(step, ModelFile.SerializerOptions);
        var modelCopy = JsonSerializer.Deserialize<FittedStep>(modelJson, ModelFile.SerializerOptions);
        Assert.That(JsonSerializer.Serialize(modelCopy, ModelFile.SerializerOptions), Is.EqualTo(modelJson));
        FramesEqual(modelCopy!.Transform(frame, new PreprocessingReport()), step.Transform(frame, new PreprocessingReport()));
        return copy;
    }

    public static NumericColumn Numbers(string name, params double[] values) => new(name, values);

    public static CategoricalColumn Categories(string name, params string?[] values) => new(name, values);

    public static double[] Values(DataFrame frame, string column) => frame.Columns.GetNumeric(column).Values.ToArray();
}
