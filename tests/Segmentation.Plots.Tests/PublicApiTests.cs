using PublicApiGenerator;
using Segmentation.Plots.Tests.Support;

namespace Segmentation.Plots.Tests;

/// <summary>The public API of Segmentation.Plots is approved in Golden/PublicApi.txt; UPDATE_GOLDEN=1 accepts a change.</summary>
public sealed class PublicApiTests
{
    [Test]
    public void The_public_api_matches_the_approved_file()
    {
        var api = typeof(SvgChart).Assembly.GeneratePublicApi(new ApiGeneratorOptions { ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute"] });

        GoldenFile.AssertMatches("PublicApi.txt", api.ReplaceLineEndings("\n") + "\n");
    }
}
