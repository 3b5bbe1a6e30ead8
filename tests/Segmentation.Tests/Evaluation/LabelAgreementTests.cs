using FsCheck;
using FsCheck.Fluent;
using Segmentation.Evaluation;

namespace Segmentation.Tests.Evaluation;

public class LabelAgreementTests
{
    [Test]
    public void Adjusted_Rand_index_of_a_split_cluster_matches_the_hand_computation()
    {
        // Pairs: {0,1} together in both; {2,3} together in the first only; the 4 cross pairs apart in both.
        // Unordered: a = 1, b (first only) = 1, c = 0, d = 4: ARI = 2(ad - bc) / ((a+b)(b+d) + (a+c)(c+d)) = 8 / (10 + 4).
        Assert.That(LabelAgreement.AdjustedRandIndex([0, 0, 1, 1], [0, 0, 1, 2]), Is.EqualTo(8.0 / 14).Within(1e-15));
    }

    [Test]
    public void Normalized_mutual_information_of_a_split_cluster_matches_the_hand_computation()
    {
        // H(first) = ln 2; H(second) = 1.5 ln 2; I = H(first) because the second refines the first.
        var expected = Math.Log(2) / ((Math.Log(2) + (1.5 * Math.Log(2))) / 2);

        Assert.That(LabelAgreement.NormalizedMutualInformation([0, 0, 1, 1], [0, 0, 1, 2]), Is.EqualTo(expected).Within(1e-15));
    }

    [Test]
    public void Independent_labellings_have_zero_mutual_information_and_negative_or_zero_adjusted_Rand()
    {
        Assert.That(LabelAgreement.NormalizedMutualInformation([0, 0, 1, 1], [0, 1, 0, 1]), Is.EqualTo(0));
        Assert.That(LabelAgreement.AdjustedRandIndex([0, 0, 1, 1], [0, 1, 0, 1]), Is.EqualTo(-0.5).Within(1e-15));
    }

    [Test]
    public void Both_labellings_with_one_cluster_agree_perfectly()
    {
        Assert.That(LabelAgreement.AdjustedRandIndex([4, 4, 4], [1, 1, 1]), Is.EqualTo(1.0));
        Assert.That(LabelAgreement.NormalizedMutualInformation([4, 4, 4], [1, 1, 1]), Is.EqualTo(1.0));
    }

    [Test]
    public void Labellings_of_different_lengths_are_rejected()
    {
        Assert.That(
            () => LabelAgreement.AdjustedRandIndex([0, 1, 1], [0, 1]),
            Throws.ArgumentException.With.Message.EqualTo("first.Count=3 must equal second.Count=2. (Parameter 'second')"));
    }

    [FsCheck.NUnit.Property]
    public Property A_labelling_agrees_perfectly_with_itself() =>
        Prop.ForAll(Labels(), labels =>
            LabelAgreement.AdjustedRandIndex(labels, labels) == 1.0
            && Math.Abs(LabelAgreement.NormalizedMutualInformation(labels, labels) - 1.0) < 1e-12);

    [FsCheck.NUnit.Property]
    public Property Renumbering_either_labelling_changes_nothing() =>
        Prop.ForAll(Labels(), Labels(), (first, second) =>
        {
            var length = Math.Min(first.Length, second.Length);
            var a = first[..length];
            var b = second[..length];
            var renamed = a.Select(label => (label * 7) - 100).ToArray();
            return LabelAgreement.AdjustedRandIndex(a, b) == LabelAgreement.AdjustedRandIndex(renamed, b)
                && LabelAgreement.NormalizedMutualInformation(a, b) == LabelAgreement.NormalizedMutualInformation(renamed, b);
        });

    [FsCheck.NUnit.Property]
    public Property Adjusted_Rand_index_is_symmetric_and_at_most_one() =>
        Prop.ForAll(Labels(), Labels(), (first, second) =>
        {
            var length = Math.Min(first.Length, second.Length);
            var forward = LabelAgreement.AdjustedRandIndex(first[..length], second[..length]);
            var backward = LabelAgreement.AdjustedRandIndex(second[..length], first[..length]);
            return Math.Abs(forward - backward) < 1e-12 && forward <= 1.0 + 1e-12;
        });

    private static Arbitrary<int[]> Labels() =>
        Gen.Choose(0, 4).ArrayOf().Where(a => a.Length >= 2).ToArbitrary();
}
