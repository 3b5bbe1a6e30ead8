using System.CommandLine;
using Segmentation.Pipeline;

namespace Segmentation.Cli.Commands;

/// <summary><c>segment score --model model.json &lt;file&gt;</c>: assign new customers to the segments of a saved model.</summary>
internal static class ScoreCommand
{
    public static Command Create(CommandContext context)
    {
        var file = new Argument<string>("file") { Description = "The customers to score: CSV with the columns the model was fitted on." };
        var model = new Option<string>("--model") { Description = "The model.json written by 'segment analyze'.", Required = true };
        var output = new Option<string?>("--out") { Description = "Write the scored CSV here and print the segment counts; default: the CSV goes to stdout." };
        var command = new Command("score", "Assign customers to the segments of a saved model (adds Segment and SegmentName columns).")
        {
            file, model, output,
        };
        command.SetAction(parsed => Run(parsed.GetRequiredValue(file), parsed.GetRequiredValue(model), parsed.GetValue(output), context));
        return command;
    }

    private static int Run(string file, string modelPath, string? outputPath, CommandContext context)
    {
        var model = SegmentationModel.Load(InputFiles.RequireFile(modelPath));
        var frame = InputFiles.LoadCsv(file);
        var scored = model.Assign(frame);
        if (outputPath is null)
        {
            scored.SaveCsv(context.Output);
            return ExitCodes.Ok;
        }

        var fullPath = Path.GetFullPath(outputPath);
        if (Path.GetDirectoryName(fullPath) is { } directory)
        {
            Directory.CreateDirectory(directory);
        }

        scored.SaveCsv(fullPath);
        var terminal = context.Terminal(machineReadable: false);
        var segments = scored.Columns.GetNumeric("Segment");
        var rows = Enumerable.Range(0, model.SegmentCount).Select(segment =>
        {
            var count = 0;
            foreach (var value in segments.Values)
            {
                count += value == segment ? 1 : 0;
            }

            return (IReadOnlyList<string>)[CellFormat.Count(segment), model.SegmentNames[segment], CellFormat.Count(count),
                CellFormat.Percent(frame.Rows.Count == 0 ? 0 : (double)count / frame.Rows.Count)];
        }).ToArray();
        terminal.Table(["Segment", "Name", "Customers", "Share"], rows);
        terminal.Line($"Wrote {CellFormat.Count(frame.Rows.Count)} scored rows to {fullPath}");
        return ExitCodes.Ok;
    }
}
