using Segmentation.Evaluation;
using Segmentation.Tests.Support;

namespace Segmentation.Tests.Evaluation;

[Category(SharedData.Category)]
public class ReferenceMetricsTests
{
    private const double Relative = 1e-9;

    private static IEnumerable<string> Cases => EvaluationReference.Names;

    /// <remarks>
    /// Per-sample values near 0 are ill-conditioned: s = (b - a) / max(a, b) turns an absolute error in a or b into
    /// a large relative one. scikit-learn computes distances with the norms trick, which gives about 3e-8 instead of
    /// 0 between duplicate rows; the reference values therefore carry about 1e-10 of absolute error (scikit-learn
    /// 1.2.1 run again on this machine differs from its own reference file by up to 1.0e-10). The library sums exact
    /// differences, so the comparison is 1e-9 relative with an absolute floor of 1e-10 (1e-9 x 0.1): two marketing rows
    /// with |s| about 0.013 need the floor; every other value agrees to 1e-9 relative.
    /// </remarks>
    [TestCaseSource(nameof(Cases))]
    public void Silhouette_mean_and_every_sample_equal_scikit_learn(string name)
    {
        var reference = EvaluationReference.Load(name);

        var result = Silhouette.Compute(reference.Features, reference.Labels);

        var mean = reference.Metric("silhouette");
        Assert.That(result.Mean, Is.EqualTo(mean).Within(Relative * Math.Abs(mean)));
        var expected = reference.SilhouetteSamples;
        Assert.That(result.Samples, Has.Count.EqualTo(expected.Length));
        for (var row = 0; row < expected.Length; row++)
        {
            Assert.That(result.Samples[row], Is.EqualTo(expected[row]).Within(Relative * Math.Max(Math.Abs(expected[row]), 0.1)), $"row {row}");
        }
    }

    [TestCaseSource(nameof(Cases))]
    public void Davies_Bouldin_equals_scikit_learn(string name)
    {
        var reference = EvaluationReference.Load(name);
        var expected = reference.Metric("davies_bouldin");

        Assert.That(DaviesBouldin.Score(reference.Features, reference.Labels), Is.EqualTo(expected).Within(Relative * expected));
    }

    [TestCaseSource(nameof(Cases))]
    public void Calinski_Harabasz_equals_scikit_learn(string name)
    {
        var reference = EvaluationReference.Load(name);
        var expected = reference.Metric("calinski_harabasz");

        Assert.That(CalinskiHarabasz.Score(reference.Features, reference.Labels), Is.EqualTo(expected).Within(Relative * expected));
    }

    [TestCaseSource(nameof(Cases))]
    public void Inertia_of_the_labels_equals_scikit_learn(string name)
    {
        var reference = EvaluationReference.Load(name);
        var expected = reference.Metric("inertia");

        Assert.That(Inertia.Compute(reference.Features, reference.Labels), Is.EqualTo(expected).Within(Relative * expected));
    }

    [TestCaseSource(nameof(Cases))]
    public void Kneedle_finds_the_reference_knee_and_difference_curve(string name)
    {
        var reference = EvaluationReference.Load(name);
        var (k, inertia) = reference.InertiaCurve();

        var result = Kneedle.FindKnee(k, inertia);

        Assert.That(result.Knee, Is.EqualTo(reference.KneedleKnee));
        Assert.That(result.DifferenceCurve, Is.EqualTo(reference.KneedleDifferenceCurve).Within(1e-9));
    }

    [TestCaseSource(nameof(Cases))]
    public void Sampled_silhouette_of_every_row_is_the_exact_mean_with_a_zero_width_interval(string name)
    {
        var reference = EvaluationReference.Load(name);
        var rows = reference.Features.Rows;

        var sampled = Silhouette.Sample(reference.Features, reference.Labels, rows, seed: 7);

        var expected = reference.Metric("silhouette");
        Assert.That(sampled.Mean, Is.EqualTo(expected).Within(Relative * Math.Abs(expected)));
        Assert.That(sampled.UpperBound - sampled.LowerBound, Is.EqualTo(0).Within(1e-15));
    }
}
