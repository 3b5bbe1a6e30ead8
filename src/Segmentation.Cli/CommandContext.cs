namespace Segmentation.Cli;

/// <summary>The writers a command prints to, and how it decides between rich and plain output.</summary>
internal sealed class CommandContext(TextWriter output, TextWriter error)
{
    /// <summary>Gets where results go.</summary>
    public TextWriter Output { get; } = output;

    /// <summary>Gets where messages about failures and progress notes go.</summary>
    public TextWriter Error { get; } = error;

    /// <summary>
    /// Gets a terminal for this run: rich (Spectre tables, live progress) only when writing to the real console that is
    /// not redirected and the caller did not ask for machine-readable output; plain text otherwise.
    /// </summary>
    public Terminal Terminal(bool machineReadable) =>
        new(Output, rich: !machineReadable && ReferenceEquals(Output, Console.Out) && !Console.IsOutputRedirected);
}
