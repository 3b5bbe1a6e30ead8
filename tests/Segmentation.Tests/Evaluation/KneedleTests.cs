using Segmentation.Evaluation;

namespace Segmentation.Tests.Evaluation;

public class KneedleTests
{
    [Test]
    public void The_knee_of_a_sharp_elbow_is_found_by_hand_computation()
    {
        // Normalised: x = 0, .25, .5, .75, 1; 1 - y = 0, 6/9, 8/9, 8.5/9, 1; difference = 0, .4167, .3889, .1944, 0.
        // The maximum at index 1 has threshold .4167 - 1 x .25 = .1667; the curve drops below it at index 4.
        var result = Kneedle.FindKnee([1, 2, 3, 4, 5], [10, 4, 2, 1.5, 1]);

        Assert.That(result.Knee, Is.EqualTo(2));
        Assert.That(result.KneeIndex, Is.EqualTo(1));
        Assert.That(result.DifferenceCurve, Is.EqualTo(new[] { 0, (6.0 / 9) - 0.25, (8.0 / 9) - 0.5, (8.5 / 9) - 0.75, 0 }).Within(1e-15));
    }

    [Test]
    public void A_straight_line_has_no_knee()
    {
        var result = Kneedle.FindKnee([1, 2, 3, 4], [4, 3, 2, 1]);

        Assert.That(result.Knee, Is.Null);
        Assert.That(result.DifferenceCurve, Is.EqualTo(new double[] { 0, 0, 0, 0 }).Within(1e-15));
    }

    [Test]
    public void A_flat_curve_has_no_knee()
    {
        Assert.That(Kneedle.FindKnee([1, 2, 3], [5, 5, 5]).Knee, Is.Null);
    }

    [Test]
    public void X_values_that_do_not_increase_are_rejected()
    {
        Assert.That(
            () => Kneedle.FindKnee([1, 3, 3], [3, 2, 1]),
            Throws.ArgumentException.With.Message.EqualTo("x must be strictly increasing, but x[2]=3 <= x[1]=3. (Parameter 'x')"));
    }

    [Test]
    public void A_larger_sensitivity_waits_for_a_deeper_drop()
    {
        // With S = 2 the threshold of the maximum at index 1 is .4167 - .5 < 0; the curve never drops below it.
        Assert.That(Kneedle.FindKnee([1, 2, 3, 4, 5], [10, 4, 2, 1.5, 1], sensitivity: 2).Knee, Is.Null);
    }
}
