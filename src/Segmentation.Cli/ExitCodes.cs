namespace Segmentation.Cli;

/// <summary>The exit codes of the <c>segment</c> tool.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Ok = 0;

    /// <summary>Something unexpected failed (a bug or the machine); the message says what.</summary>
    public const int Failure = 1;

    /// <summary>The command line is wrong: an unknown option, a missing argument, a bad option value.</summary>
    public const int Usage = 2;

    /// <summary>The data is wrong: a missing file, a CSV that does not parse, an unknown column, a bad model file.</summary>
    public const int Data = 3;
}
