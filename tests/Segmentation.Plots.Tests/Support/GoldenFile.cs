namespace Segmentation.Plots.Tests.Support;

/// <summary>
/// Compares output with a golden file in tests/Segmentation.Plots.Tests/Golden (copied to the test output).
/// On a difference it writes <c>name.actual.svg</c> next to the golden file in the source tree for review;
/// with UPDATE_GOLDEN=1 it rewrites the golden file in the source tree instead and passes.
/// </summary>
internal static class GoldenFile
{
    public static void AssertMatches(string name, string actual)
    {
        var sourceFolder = SourceFolder();
        var goldenPath = Path.Combine(sourceFolder, name);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(goldenPath, actual);
            TestContext.Out.WriteLine($"UPDATE_GOLDEN=1: rewrote {goldenPath}");
            return;
        }

        var copied = Path.Combine(TestContext.CurrentContext.TestDirectory, "Golden", name);
        var actualPath = Path.Combine(sourceFolder, Path.GetFileNameWithoutExtension(name) + ".actual" + Path.GetExtension(name));
        if (!File.Exists(copied))
        {
            File.WriteAllText(actualPath, actual);
            Assert.Fail($"Golden file {name} does not exist; wrote {actualPath}. Review it, then run with UPDATE_GOLDEN=1 to accept.");
        }

        var expected = File.ReadAllText(copied).ReplaceLineEndings("\n");
        if (expected != actual)
        {
            File.WriteAllText(actualPath, actual);
            Assert.Fail($"{name} differs from the golden file ({FirstDifference(expected, actual)}); wrote {actualPath}. " +
                        "Review it, then run with UPDATE_GOLDEN=1 to accept.");
        }

        if (File.Exists(actualPath))
        {
            File.Delete(actualPath);
        }
    }

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Min(expectedLines.Length, actualLines.Length); i++)
        {
            if (expectedLines[i] != actualLines[i])
            {
                return $"line {i + 1}: expected '{expectedLines[i].Trim()}' but was '{actualLines[i].Trim()}'";
            }
        }

        return $"expected {expectedLines.Length} lines but was {actualLines.Length}";
    }

    /// <summary>tests/Segmentation.Plots.Tests/Golden in the source tree, found above the test output folder.</summary>
    private static string SourceFolder()
    {
        for (var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "Segmentation.Plots.Tests", "Golden");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }

            if (File.Exists(Path.Combine(directory.FullName, "Segmentation.Plots.Tests.csproj")))
            {
                return Path.Combine(directory.FullName, "Golden");
            }
        }

        throw new InvalidOperationException("tests/Segmentation.Plots.Tests/Golden was not found above the test directory.");
    }
}
