using System.Text.Json;
using Segmentation.Tests.Support;

namespace Segmentation.Tests.Profiling;

/// <summary>Reads the labels and centroids of a scikit-learn reference file in ../shared/reference.</summary>
internal sealed record ReferenceLabels(int[] Labels, double[][] Centroids)
{
    public static ReferenceLabels Read(string fileName)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(SharedData.ReferenceFile(fileName)));
        var root = document.RootElement;
        return new ReferenceLabels(
            root.GetProperty("labels").EnumerateArray().Select(l => l.GetInt32()).ToArray(),
            root.GetProperty("centroids").EnumerateArray().Select(c => c.EnumerateArray().Select(v => v.GetDouble()).ToArray()).ToArray());
    }

    public int CountOf(int label) => Labels.Count(l => l == label);
}
