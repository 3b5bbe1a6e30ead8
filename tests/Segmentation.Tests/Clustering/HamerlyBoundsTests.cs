using Segmentation.Clustering;

namespace Segmentation.Tests.Clustering;

public sealed class HamerlyBoundsTests
{
    private static readonly double[] Values =
    [
        0.0, -0.0, 1.0, -1.0, 0.1, -0.1, 1e-45, -1e-45, 1e-300, -1e-300, 3.4e38, -3.4e38, 1e39, -1e39,
        16_777_217.0, -16_777_217.0, 1.0 + 1e-15, 1.0 - 1e-17, 123_456.789, double.MaxValue, double.MinValue,
    ];

    [TestCaseSource(nameof(Values))]
    public void A_value_rounded_up_to_float_is_above_it_by_more_than_a_doubles_rounding(double value)
    {
        var up = HamerlyBounds.RoundUp(value);

        Assert.That((double)up - value, Is.GreaterThan(Math.Abs(value) * Math.Pow(2, -53)));
        Assert.That(float.IsNaN(up), Is.False);
    }

    [TestCaseSource(nameof(Values))]
    public void A_value_rounded_down_to_float_is_below_it_by_more_than_a_doubles_rounding(double value)
    {
        var down = HamerlyBounds.RoundDown(value);

        Assert.That(value - (double)down, Is.GreaterThan(Math.Abs(value) * Math.Pow(2, -53)));
        Assert.That(float.IsNaN(down), Is.False);
    }

    [TestCaseSource(nameof(Values))]
    public void Rounding_moves_a_value_at_most_two_float_steps(double value)
    {
        var nearest = (float)value;
        if (!float.IsFinite(nearest))
        {
            Assert.Pass("beyond the float range there is no nearest float to compare with");
        }

        Assert.That(HamerlyBounds.RoundUp(value), Is.LessThanOrEqualTo(MathF.BitIncrement(MathF.BitIncrement(nearest))));
        Assert.That(HamerlyBounds.RoundDown(value), Is.GreaterThanOrEqualTo(MathF.BitDecrement(MathF.BitDecrement(nearest))));
    }

    [Test]
    public void Infinities_stay_infinite()
    {
        Assert.That(HamerlyBounds.RoundUp(double.PositiveInfinity), Is.EqualTo(float.PositiveInfinity));
        Assert.That(HamerlyBounds.RoundDown(double.PositiveInfinity), Is.EqualTo(float.PositiveInfinity));
        Assert.That(HamerlyBounds.RoundUp(double.NegativeInfinity), Is.EqualTo(float.NegativeInfinity));
        Assert.That(HamerlyBounds.RoundDown(double.NegativeInfinity), Is.EqualTo(float.NegativeInfinity));
    }

    [Test]
    public void A_row_is_a_suspect_exactly_when_its_bounds_brought_up_to_date_fail()
    {
        // Two centres: drift 0.5 and 2, half separations 3 and 1; the largest drift is 2.5.
        var totals = new BoundTotals([0.5, 2.0], [3.0, 1.0], 2.5);
        int[] labels = [0, 0, 1, 1, 0, 1, 0];
        float[] upperOffsets = [2.0f, 2.6f, -1.5f, -0.5f, 1.0f, 0.0f, 2.0f];
        float[] lowerOffsets = [10f, 10f, 10f, 4.0f, 3.0f, 2.0f, 5.4f];
        var suspects = new int[labels.Length];
        var suspectBounds = new double[labels.Length];

        var count = HamerlyBounds.CollectSuspects(0, labels.Length, labels, upperOffsets, lowerOffsets, totals, suspects, suspectBounds);

        // Row by row: upper = offset + drift, lower = offset - 2.5, suspect when upper >= max(lower, half separation).
        //   0: 2.5 < max(7.5, 3)    1: 3.1 < max(7.5, 3)   2: 0.5 < max(7.5, 1)   3: 1.5 >= max(1.5, 1)
        //   4: 1.5 >= max(0.5, 3)?  no: 1.5 < 3            5: 2 >= max(-0.5, 1)   6: 2.5 < max(2.9, 3)
        Assert.That(suspects[..count], Is.EqualTo(new[] { 3, 5 }));
        Assert.That(suspectBounds[..count], Is.EqualTo(new[] { 1.5, 1.0 }).Within(1e-9));
    }
}
