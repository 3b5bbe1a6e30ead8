using System.CommandLine;
using Segmentation.Cli.Commands;

namespace Segmentation.Cli;

/// <summary>
/// The <c>segment</c> tool: parses the command line, runs a command, and turns every failure into an exit code and a
/// one-line message on the error writer. <see cref="Run"/> is the whole program, so tests call it directly.
/// </summary>
internal static class SegmentApp
{
    /// <summary>Runs the tool.</summary>
    /// <param name="args">The command line, without the program name.</param>
    /// <param name="output">Where results go (tables, JSON, CSV).</param>
    /// <param name="error">Where messages about failures go.</param>
    /// <returns>An exit code of <see cref="ExitCodes"/>.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);

        var verbose = new Option<bool>("--verbose")
        {
            Description = "Print the full exception when something unexpected fails.",
            Recursive = true,
        };
        var context = new CommandContext(output, error);
        var root = new RootCommand("Customer segmentation: named segments from a customer table, scoring with a saved model, RFM tables.")
        {
            AnalyzeCommand.Create(context),
            ScoreCommand.Create(context),
            RfmCommand.Create(context),
        };
        root.Options.Add(verbose);

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0 && parsed.Action is not { ClearsParseErrors: true })
        {
            foreach (var parseError in parsed.Errors)
            {
                error.WriteLine($"segment: {parseError.Message}");
            }

            error.WriteLine("Run 'segment --help' (or 'segment <command> --help') for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception exception)
        {
            return Fail(exception, parsed.GetValue(verbose), error);
        }
    }

    /// <summary>Writes the message for a failure (the stack trace only when verbose) and returns its exit code.</summary>
    internal static int Fail(Exception exception, bool verbose, TextWriter error)
    {
        var (code, message) = Classify(exception);
        error.WriteLine($"segment: {message}");
        if (verbose)
        {
            error.WriteLine(exception.ToString());
        }
        else if (code == ExitCodes.Failure)
        {
            error.WriteLine("Run again with --verbose for the details.");
        }

        return code;
    }

    private static (int Code, string Message) Classify(Exception exception) => exception switch
    {
        UsageException => (ExitCodes.Usage, exception.Message),
        ArgumentException => (ExitCodes.Usage, exception.Message),
        FileNotFoundException notFound => (ExitCodes.Data, $"file not found: {notFound.FileName ?? notFound.Message}"),
        DirectoryNotFoundException => (ExitCodes.Data, exception.Message),
        SegmentationException => (ExitCodes.Data, exception.Message),
        IOException or UnauthorizedAccessException => (ExitCodes.Data, exception.Message),
        OperationCanceledException => (ExitCodes.Failure, "cancelled."),
        _ => (ExitCodes.Failure, $"unexpected {exception.GetType().Name}: {exception.Message}"),
    };
}
