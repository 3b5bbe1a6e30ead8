using Segmentation.Data;

namespace Segmentation.Cli.Commands;

/// <summary>Reads the files a command is given, failing with a data error that names the path.</summary>
internal static class InputFiles
{
    /// <summary>Loads a CSV (TAB, comma or semicolon; .gz too), inferring types and dates.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static DataFrame LoadCsv(string path) => DataFrame.LoadCsv(RequireFile(path));

    /// <summary>Returns the full path of an existing file.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static string RequireFile(string path)
    {
        var fullPath = Path.GetFullPath(path);
        return File.Exists(fullPath) ? fullPath : throw new FileNotFoundException($"file not found: {path}", path);
    }

    /// <summary>Creates the output folder if needed and returns its full path.</summary>
    public static string OutputDirectory(string path)
    {
        var fullPath = Path.GetFullPath(path);
        if (File.Exists(fullPath))
        {
            throw new UsageException($"--out '{path}' is a file; give a folder.");
        }

        Directory.CreateDirectory(fullPath);
        return fullPath;
    }
}
