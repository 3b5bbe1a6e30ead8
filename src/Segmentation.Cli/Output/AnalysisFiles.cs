using Segmentation.Data;
using Segmentation.Pipeline;

namespace Segmentation.Cli.Output;

/// <summary>Writes what <c>segment analyze</c> produces into the output folder; returns the paths written.</summary>
internal static class AnalysisFiles
{
    public const string SegmentsFile = "segments.csv";
    public const string ModelFile = "model.json";

    public static IReadOnlyList<string> Write(SegmentationResult result, DataFrame frame, string inputFile, string outputDirectory)
    {
        var written = new List<string>();
        void WriteText(string name, string content)
        {
            var path = Path.Combine(outputDirectory, name);
            File.WriteAllText(path, content);
            written.Add(path);
        }

        var segmentsPath = Path.Combine(outputDirectory, SegmentsFile);
        result.Assign(frame).SaveCsv(segmentsPath);
        written.Add(segmentsPath);
        WriteText("profiles.md", result.Segments.ToMarkdown());
        WriteText("profiles.csv", result.Segments.ToCsv());
        WriteText("profiles.json", result.Segments.ToJson());
        var modelPath = Path.Combine(outputDirectory, ModelFile);
        result.Model.Save(modelPath);
        written.Add(modelPath);
        written.AddRange(ChartFiles.Write(result, frame, inputFile, outputDirectory));
        return written;
    }
}
