using System.Text.RegularExpressions;
using Segmentation.Tests.Support;

namespace Segmentation.Tests;

/// <summary>README code comes from the samples CI builds: every C# line the README shows stands in a sample.</summary>
public sealed partial class ReadmeTests
{
    [Test]
    public void Every_csharp_line_in_the_readme_is_taken_from_a_sample()
    {
        var root = SharedData.RepositoryRoot;
        var sampleLines = Directory.GetFiles(Path.Combine(root, "samples"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(File.ReadAllLines)
            .Select(Code)
            .ToHashSet(StringComparer.Ordinal);
        var readme = File.ReadAllText(Path.Combine(root, "README.md"));

        var readmeLines = CSharpBlock().Matches(readme)
            .SelectMany(block => block.Groups[1].Value.Split('\n'))
            .Select(Code)
            .Where(line => line.Length > 0)
            .ToArray();

        Assert.That(readmeLines, Is.Not.Empty);
        Assert.That(readmeLines.Where(line => !sampleLines.Contains(line)), Is.Empty, "README lines not found in samples/");
    }

    /// <summary>The code of a line: no comment, no indentation.</summary>
    private static string Code(string line)
    {
        var comment = line.IndexOf("//", StringComparison.Ordinal);
        return (comment >= 0 ? line[..comment] : line).Trim();
    }

    [GeneratedRegex(@"```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
