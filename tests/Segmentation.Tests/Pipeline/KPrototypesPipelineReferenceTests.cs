using Segmentation.Data;
using Segmentation.Pipeline;
using Segmentation.Tests.Support;

namespace Segmentation.Tests.Pipeline;

/// <summary>k-prototypes through the pipeline on the real mall file, with Gender as a category.</summary>
[Category(SharedData.Category)]
public class KPrototypesPipelineReferenceTests
{
    private static SegmentationResult Fit(int seed) =>
        SegmentationPipeline.Create()
            .WithIdColumn("CustomerID")
            .SelectFeatures("Age", "Annual Income (k$)", "Spending Score (1-100)", "Gender")
            .Normalize()
            .KPrototypes(new KPrototypesStepOptions { ClusterCount = 5, CategoricalColumns = ["Gender"], Seed = seed })
            .Fit(DataFrame.LoadCsv(SharedData.DataFile("mall_customers.csv")));

    [Test]
    public void K_prototypes_on_the_mall_file_with_gender_is_deterministic_per_seed_and_scores_its_rows_back()
    {
        var first = Fit(seed: 42);
        var second = Fit(seed: 42);

        Assert.Multiple(() =>
        {
            Assert.That(second.Labels, Is.EqualTo(first.Labels));
            Assert.That(second.Prototypes!.Cost, Is.EqualTo(first.Prototypes!.Cost));
            Assert.That(first.Labels, Has.Count.EqualTo(200));
            Assert.That(first.Model.Categories[0], Is.EqualTo(new[] { "Female", "Male" }));
            Assert.That(first.Segments.Select(segment => segment.Size), Is.All.GreaterThan(0));
            Assert.That(first.Model.Predict(DataFrame.LoadCsv(SharedData.DataFile("mall_customers.csv"))).Segments, Is.EqualTo(first.Labels));
        });
        TestContext.Out.WriteLine($"gamma {first.Prototypes!.Gamma}, cost {first.Prototypes.Cost}, sizes {string.Join(", ", first.Segments.Select(s => s.Size))}");
    }
}
