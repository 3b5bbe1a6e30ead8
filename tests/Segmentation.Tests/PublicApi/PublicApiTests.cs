using PublicApiGenerator;
using Segmentation.Data;
using Segmentation.Tests.Support;

namespace Segmentation.Tests.PublicApi;

/// <summary>
/// The public API of the Segmentation package is approved in Segmentation.approved.txt beside this file: a change to
/// it shows up in review as a diff of that file. On a difference the test writes Segmentation.received.txt next to it;
/// with UPDATE_PUBLIC_API=1 it rewrites the approved file instead.
/// </summary>
public sealed class PublicApiTests
{
    [Test]
    public void The_public_api_matches_the_approved_file()
    {
        var api = typeof(DataFrame).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute"],
        }).ReplaceLineEndings("\n") + "\n";
        var folder = Path.Combine(SharedData.RepositoryRoot, "tests", "Segmentation.Tests", "PublicApi");
        var approved = Path.Combine(folder, "Segmentation.approved.txt");
        var received = Path.Combine(folder, "Segmentation.received.txt");

        if (Environment.GetEnvironmentVariable("UPDATE_PUBLIC_API") == "1")
        {
            File.WriteAllText(approved, api);
            return;
        }

        var expected = File.Exists(approved) ? File.ReadAllText(approved).ReplaceLineEndings("\n") : string.Empty;
        if (expected != api)
        {
            File.WriteAllText(received, api);
            Assert.Fail($"The public API differs from {approved}; the current API is in {received}. " +
                        "Review the difference, then run with UPDATE_PUBLIC_API=1 to approve it.");
        }

        File.Delete(received);
    }
}
