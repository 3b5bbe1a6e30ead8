namespace Segmentation.Cli.Tests.Support;

/// <summary>
/// Finds the real data sets and scikit-learn reference values in ../shared beside the repository.
/// A user's clone without ../shared skips the tests that need it, with a message saying so;
/// under CI (CI=true) a missing folder fails them instead, so CI never passes by skipping.
/// </summary>
internal static class SharedData
{
    /// <summary>NUnit category of tests that read ../shared (slower, real data).</summary>
    public const string Category = "RealData";

    private static readonly Lazy<string?> Root = new(FindRoot);

    /// <summary>The repository root (the folder holding Segmentation.sln).</summary>
    public static string RepositoryRoot =>
        FindRepositoryRoot() ?? throw new InvalidOperationException("Segmentation.sln was not found above the test directory.");

    /// <summary>Full path of a file in ../shared/data, or the test is skipped (failed under CI) when absent.</summary>
    public static string DataFile(string fileName) => Require(Path.Combine("data", fileName));

    /// <summary>Full path of a file in ../shared/reference, or the test is skipped (failed under CI) when absent.</summary>
    public static string ReferenceFile(string fileName) => Require(Path.Combine("reference", fileName));

    private static string Require(string relativePath)
    {
        var root = Root.Value;
        var path = root is null ? null : Path.Combine(root, relativePath);
        if (path is not null && File.Exists(path))
        {
            return path;
        }

        var message = $"../shared/{relativePath.Replace('\\', '/')} is not beside this clone; real-data tests need it.";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(message + " CI=true, so this is a failure, not a skip.");
        }

        Assert.Ignore(message);
        return path!;
    }

    private static string? FindRoot()
    {
        var repository = FindRepositoryRoot();
        if (repository is null)
        {
            return null;
        }

        var shared = Path.GetFullPath(Path.Combine(repository, "..", "shared"));
        return Directory.Exists(shared) ? shared : null;
    }

    private static string? FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Segmentation.sln")))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
