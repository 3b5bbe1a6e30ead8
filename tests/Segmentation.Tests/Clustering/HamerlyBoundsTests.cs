using System.Runtime.Intrinsics;
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
    public void Eight_values_at_once_round_to_the_same_bits_as_one_at_a_time()
    {
        double[] extra = [double.PositiveInfinity, double.NegativeInfinity, -1e39, 5e-324];
        var values = Values.Concat(extra).ToArray();
        for (var first = 0; first + 8 <= values.Length; first++)
        {
            var low = Vector256.Create(values.AsSpan(first, 4));
            var high = Vector256.Create(values.AsSpan(first + 4, 4));

            var up = HamerlyBounds.RoundUp(low, high);
            var offsets = HamerlyBounds.LowerOffsets(low, high, Vector256.Create(0.25), Vector256.Create(0.25));

            for (var lane = 0; lane < 8; lane++)
            {
                Assert.That(BitConverter.SingleToInt32Bits(up[lane]), Is.EqualTo(BitConverter.SingleToInt32Bits(HamerlyBounds.RoundUp(values[first + lane]))), $"RoundUp({values[first + lane]:R})");
                Assert.That(
                    BitConverter.SingleToInt32Bits(offsets[lane]),
                    Is.EqualTo(BitConverter.SingleToInt32Bits(HamerlyBounds.LowerOffset(values[first + lane], 0.25))),
                    $"LowerOffset({values[first + lane]:R})");
            }
        }
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
        // Two centres: drifts 0.5 and 2, so each one's others' drift is the other's; half separations 3 and 1.
        var totals = new BoundTotals([0.5, 2.0], [2.0, 0.5], [3.0, 1.0]);
        int[] labels = [0, 0, 1, 1, 0, 1, 0, 0];
        float[] upperOffsets = [2.0f, 2.6f, -1.5f, 1.0f, 1.0f, 0.0f, 2.0f, 2.6f];
        float[] lowerOffsets = [10f, 10f, 10f, 3.5f, 3.0f, 2.0f, 5.4f, 4.0f];
        var suspects = new int[labels.Length];
        var suspectBounds = new double[labels.Length];

        var count = HamerlyBounds.CollectSuspects(0, labels.Length, labels, upperOffsets, lowerOffsets, totals, suspects, suspectBounds);

        // Row by row: upper = offset + drift, lower = offset - others' drift, a suspect when upper >= max(lower, half).
        //   0: 2.5 < max(8, 3)      1: 3.1 < max(8, 3)      2: 0.5 < max(9.5, 1)    3: 3 >= max(3, 1), a tie
        //   4: 1.5 < max(1, 3)      5: 2 >= max(1.5, 1)     6: 2.5 < max(3.4, 3)    7: 3.1 >= max(2, 3)
        Assert.That(suspects[..count], Is.EqualTo(new[] { 3, 5, 7 }));
        Assert.That(suspectBounds[..count], Is.EqualTo(new[] { 3.0, 1.5, 3.0 }).Within(1e-9));
    }

    [TestCase(3)]
    [TestCase(8)]
    [TestCase(16)]
    [TestCase(20)]
    public void Suspects_found_eight_or_four_rows_at_a_time_are_those_found_one_at_a_time(int clusterCount)
    {
        // k up to 16 takes the AVX-512 path where there is one, larger k the AVX2 gathers; 1,003 rows leave a tail.
        var random = new Random(clusterCount);
        var drift = Enumerable.Range(0, clusterCount).Select(_ => random.NextDouble() * 3).ToArray();
        var otherDrift = Enumerable.Range(0, clusterCount).Select(_ => 2 + (random.NextDouble() * 3)).ToArray();
        var half = Enumerable.Range(0, clusterCount).Select(_ => random.NextDouble() * 2).ToArray();
        var totals = new BoundTotals(drift, otherDrift, half);
        const int Rows = 1003;
        var labels = Enumerable.Range(0, Rows).Select(_ => random.Next(clusterCount)).ToArray();
        var upperOffsets = Enumerable.Range(0, Rows).Select(_ => (float)((random.NextDouble() * 4) - 2)).ToArray();
        var lowerOffsets = Enumerable.Range(0, Rows).Select(_ => (float)(random.NextDouble() * 8)).ToArray();
        var suspects = new int[Rows];
        var suspectBounds = new double[Rows];

        var count = HamerlyBounds.CollectSuspects(0, Rows, labels, upperOffsets, lowerOffsets, totals, suspects, suspectBounds);

        var expected = Enumerable.Range(0, Rows)
            .Select(row => (Row: row, Upper: (upperOffsets[row] + drift[labels[row]]) * BoundMargin.Upper,
                Bound: Math.Max((lowerOffsets[row] - otherDrift[labels[row]]) * BoundMargin.Lower, half[labels[row]])))
            .Where(row => row.Upper >= row.Bound)
            .ToArray();
        Assert.That(expected, Has.Length.InRange(50, Rows - 50), "a mix of suspects and rows that pass");
        Assert.That(suspects[..count], Is.EqualTo(expected.Select(row => row.Row)));
        Assert.That(suspectBounds[..count], Is.EqualTo(expected.Select(row => row.Bound)));
    }
}
