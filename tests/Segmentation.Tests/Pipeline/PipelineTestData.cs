using System.Text.Json.Nodes;
using Segmentation.Data;
using Segmentation.Persistence;
using Segmentation.Pipeline;

namespace Segmentation.Tests.Pipeline;

/// <summary>Shared helpers of the pipeline tests: the mall features, one-customer frames, model round trips and tampered files.</summary>
internal static class PipelineTestData
{
    public const string Income = "Annual Income (k$)";

    public const string Spending = "Spending Score (1-100)";

    public static readonly string[] IncomeAndSpending = [Income, Spending];

    /// <summary>A frame shaped like the synthetic mall with one customer per given row.</summary>
    public static DataFrame Customers(params (string? Gender, double Age, double Income, double Spending)[] rows) => new(
        new NumericColumn("CustomerID", rows.Select((_, index) => 1000.0 + index)),
        new CategoricalColumn("Gender", rows.Select(row => row.Gender)),
        new NumericColumn("Age", rows.Select(row => row.Age)),
        new NumericColumn(Income, rows.Select(row => row.Income)),
        new NumericColumn(Spending, rows.Select(row => row.Spending)));

    public static SegmentationModel RoundTrip(SegmentationModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return SegmentationModel.Load(new MemoryStream(stream.ToArray()));
    }

    /// <summary>Saves the model, lets <paramref name="change"/> edit its payload, and writes it back with a valid checksum.</summary>
    public static MemoryStream Tampered(SegmentationModel model, Action<JsonObject> change)
    {
        using var original = new MemoryStream();
        model.Save(original);
        var root = JsonNode.Parse(original.ToArray())!.AsObject();
        var payload = root["payload"]!.AsObject();
        change(payload);
        var rewritten = new MemoryStream();
        ModelFile.Write(rewritten, payload);
        rewritten.Position = 0;
        return rewritten;
    }

    public static double Distance(ReadOnlySpan<double> left, ReadOnlySpan<double> right)
    {
        var sum = 0.0;
        for (var i = 0; i < left.Length; i++)
        {
            sum += (left[i] - right[i]) * (left[i] - right[i]);
        }

        return Math.Sqrt(sum);
    }
}
