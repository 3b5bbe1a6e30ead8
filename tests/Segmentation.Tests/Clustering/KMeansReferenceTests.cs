using Segmentation.Clustering;
using Segmentation.Tests.Support;

namespace Segmentation.Tests.Clustering;

[Category(SharedData.Category)]
public sealed class KMeansReferenceTests
{
    /// <summary>
    /// Starts per k for the sweep. scikit-learn's reference kept the best of 100 starts, and for some k that best is a
    /// rare minimum: scikit-learn itself reaches mall z-score k=9 in 0 of 1000 single starts and k=8 in 2 of 1000. Our
    /// k-means++ hits them at the same rates (measured over 2000 starts), so those k get more starts; the rest get
    /// enough to reach the reference (or a lower minimum) with seed 42.
    /// </summary>
    private static readonly Dictionary<string, (int Default, Dictionary<int, int> ByK)> SweepRestarts = new()
    {
        ["mall_income_spending_raw"] = (500, []),
        ["mall_age_income_spending_zscore"] = (500, new() { [8] = 2000, [9] = 2000 }),
        ["marketing_engineered_zscore"] = (250, new() { [4] = 1400 }),
    };

    public static IEnumerable<string> Cases => ReferenceCase.Names;

    [Test]
    public void Mall_income_by_spending_with_five_clusters_and_ten_restarts_matches_scikit_learn()
    {
        var reference = ReferenceCase.Load("mall_income_spending_raw");

        var model = new KMeans(new KMeansOptions { ClusterCount = 5, Restarts = 10 }).Fit(reference.Features);

        Assert.That(Math.Abs(model.Inertia - reference.BestInertiaByK[5]) / reference.BestInertiaByK[5], Is.LessThanOrEqualTo(1e-6));
        Assert.That(Renumbered(model.Labels), Is.EqualTo(Renumbered(reference.Labels)));
    }

    [TestCaseSource(nameof(Cases))]
    public void Feature_matrix_rebuilt_from_the_recipe_matches_the_first_rows(string name)
    {
        var reference = ReferenceCase.Load(name);

        for (var row = 0; row < reference.FirstRows.Length; row++)
        {
            Assert.That(reference.Features.Row(row).ToArray(), Is.EqualTo(reference.FirstRows[row]).Within(1e-12), $"row {row}");
        }
    }

    [TestCaseSource(nameof(Cases))]
    public void Best_inertia_for_every_k_from_1_to_10_and_the_labels_match_scikit_learn(string name)
    {
        var reference = ReferenceCase.Load(name);

        foreach (var (k, expected) in reference.BestInertiaByK.OrderBy(p => p.Key))
        {
            var model = new KMeans(new KMeansOptions { ClusterCount = k, Restarts = SweepRestarts[name].ByK.GetValueOrDefault(k, SweepRestarts[name].Default), Tolerance = 1e-10, MaximumIterations = 1000 })
                .Fit(reference.Features);

            // Equal to scikit-learn's best to 1e-6, or lower: with more starts some k reach a deeper minimum than
            // scikit-learn's 100 (scikit-learn with 2000 starts finds mall raw k=9 at 21794.8856 < 21818.1146 too).
            Assert.That(model.Inertia, Is.LessThanOrEqualTo(expected * (1 + 1e-6)), $"k={k}: {model.Inertia} vs {expected}");
            if (model.Inertia < expected * (1 - 1e-6))
            {
                TestContext.Out.WriteLine($"{name} k={k}: {model.Inertia:R} is below scikit-learn's best of 100 starts {expected:R}");
            }

            if (k == reference.LabelsK)
            {
                Assert.That(Math.Abs(model.Inertia - expected) / expected, Is.LessThanOrEqualTo(1e-6), $"k={k}: {model.Inertia} vs {expected}");
                Assert.That(Renumbered(model.Labels), Is.EqualTo(Renumbered(reference.Labels)), $"labels at k={k}");
            }
        }
    }

    /// <summary>Renumbers clusters by first appearance, so two labelings that differ only in numbering compare equal.</summary>
    private static int[] Renumbered(IReadOnlyList<int> labels)
    {
        var map = new Dictionary<int, int>();
        return labels.Select(l => map.TryGetValue(l, out var m) ? m : map[l] = map.Count).ToArray();
    }
}
