using System.Diagnostics;

namespace Segmentation.Plots.Tests.Support;

/// <summary>
/// Renders HTML or SVG files to PNG with headless Chromium (Debian package <c>chromium</c>). Set CHROMIUM to use another
/// executable. When no browser is found the calling test is skipped with a message, or failed when CI=true.
/// </summary>
internal static class Chromium
{
    /// <summary>NUnit category of tests that start a browser.</summary>
    public const string Category = "Browser";

    private static readonly string[] Candidates = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

    /// <summary>The browser executable, or the test is skipped (failed under CI=true).</summary>
    public static string Require()
    {
        var configured = Environment.GetEnvironmentVariable("CHROMIUM");
        var found = !string.IsNullOrEmpty(configured) && File.Exists(configured) ? configured : FindOnPath();
        if (found is not null)
        {
            return found;
        }

        const string Message = "Chromium was not found (looked for CHROMIUM, then chromium, chromium-browser, google-chrome on PATH); " +
                               "install the Debian package chromium to run the browser tests.";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(Message + " CI=true, so this is a failure, not a skip.");
        }

        Assert.Ignore(Message);
        return null!;
    }

    /// <summary>Screenshots <paramref name="inputPath"/> into <paramref name="pngPath"/> at the given window size.</summary>
    /// <returns>The browser's standard error, for diagnostics.</returns>
    public static string Screenshot(string inputPath, string pngPath, int width, int height, TimeSpan? timeout = null)
    {
        var executable = Require();
        var profile = Directory.CreateTempSubdirectory("segmentation-chromium-");
        try
        {
            var start = new ProcessStartInfo(executable)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--force-device-scale-factor=1",
                $"--user-data-dir={profile.FullName}", $"--screenshot={pngPath}", $"--window-size={width},{height}",
                new Uri(Path.GetFullPath(inputPath)).AbsoluteUri,
            })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {executable}.");
            var error = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(timeout ?? TimeSpan.FromSeconds(120)))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"{executable} did not finish the screenshot of {inputPath} in time.");
            }

            return error.Result;
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }

    private static string? FindOnPath()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(folder => Candidates.Select(name => Path.Combine(folder, name)))
            .FirstOrDefault(File.Exists);
    }
}
