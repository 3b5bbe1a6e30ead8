namespace Segmentation.Cli;

/// <summary>A command-line mistake found after parsing (e.g. a blank feature name); the tool exits with <see cref="ExitCodes.Usage"/>.</summary>
internal sealed class UsageException(string message) : Exception(message);
