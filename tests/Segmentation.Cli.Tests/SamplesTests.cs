using System.Reflection;
using Segmentation.Cli.Tests.Support;
using Segmentation.Tests.Support;

namespace Segmentation.Cli.Tests;

/// <summary>Runs every sample's entry point, as <c>dotnet run --project samples/&lt;Name&gt;</c> would, on synthetic and real data.</summary>
[NonParallelizable]
public class SamplesTests
{
    [TestCase("MallCustomers")]
    [TestCase("MarketingCampaign", "Chosen k = ", "customers, ", "segments-pca.svg")]
    [TestCase("OnlineRetailRfm", "K-Means on log-RFM: k = ", "Champions")]
    [TestCase("SqliteRoundTrip", "Segments written to table customer_segments", "High income, high spending")]
    [TestCase("LargeFileSegmentation", "k = 5: ", "200000 rows read in blocks of ")]
    public void Sample_runs_on_synthetic_data_without_arguments(string sample, params string[] expected)
    {
        var output = RunSample(sample);

        Assert.That(output, Is.Not.Empty);
        foreach (var text in expected)
        {
            Assert.That(output, Does.Contain(text));
        }
    }

    [TestCase("MallCustomers", "mall_customers.csv")]
    [TestCase("MarketingCampaign", "marketing_campaign.csv", "2240 customers, 29 columns", "Chosen k = ")]
    [TestCase("OnlineRetailRfm", "online_retail.csv.gz", "397884 rows used for 4338 customers", "K-Means on log-RFM: k = ")]
    [TestCase("SqliteRoundTrip", "mall_customers.csv", "Low income, high spending", "Segments written to table customer_segments")]
    [TestCase("LargeFileSegmentation", "mall_customers.csv", "k = 5: ", "200 rows read in blocks of 200")]
    [Category(SharedData.Category)]
    public void Sample_runs_on_the_real_file(string sample, string dataFile, params string[] expected)
    {
        using var folder = new TempFolder();
        var output = RunSample(sample, SharedData.DataFile(dataFile), folder.File("sample.db"));

        Assert.That(output, Is.Not.Empty);
        foreach (var text in expected)
        {
            Assert.That(output, Does.Contain(text));
        }
    }

    private static string RunSample(string sample, params string[] args)
    {
        var entryPoint = Assembly.Load(new AssemblyName(sample)).EntryPoint
            ?? throw new InvalidOperationException($"{sample} has no entry point.");
        var console = Console.Out;
        using var output = new StringWriter();
        Console.SetOut(output);
        try
        {
            var result = entryPoint.Invoke(null, entryPoint.GetParameters().Length == 0 ? [] : [args]);
            if (result is int exitCode)
            {
                Assert.That(exitCode, Is.EqualTo(0), output.ToString());
            }
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            Assert.Fail($"{sample} threw {exception.InnerException}\n{output}");
        }
        finally
        {
            Console.SetOut(console);
        }

        return output.ToString();
    }
}
