using FsCheck;
using FsCheck.Fluent;
using Segmentation.Plots.Scales;

namespace Segmentation.Plots.Tests.Scales;

public sealed class NiceTicksTests
{
    [Test]
    public void Zero_to_137_with_seven_ticks_steps_by_20_from_0_to_140()
    {
        var ticks = NiceTicks.Compute(0, 137, 7);

        Assert.That(ticks.Values, Is.EqualTo(new[] { 0.0, 20, 40, 60, 80, 100, 120, 140 }));
        Assert.That(ticks.Step, Is.EqualTo(20));
    }

    [Test]
    public void A_range_that_crosses_zero_widens_outward_to_whole_steps()
    {
        var ticks = NiceTicks.Compute(-3.7, 12.2, 5);

        Assert.That(ticks.Values, Is.EqualTo(new[] { -5.0, 0, 5, 10, 15 }));
    }

    [Test]
    public void Decimal_steps_print_exactly_without_floating_point_noise()
    {
        var ticks = NiceTicks.Compute(0.12, 0.61, 6);

        Assert.Multiple(() =>
        {
            Assert.That(ticks.Step, Is.EqualTo(0.1).Within(1e-15));
            Assert.That(ticks.Values.Select(ticks.Format), Is.EqualTo(new[] { "0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7" }));
        });
    }

    [Test]
    public void Large_values_are_labelled_with_thousands_separators()
    {
        var ticks = NiceTicks.Compute(0, 541_909, 5);

        Assert.That(ticks.Values.Select(ticks.Format), Is.EqualTo(new[] { "0", "100,000", "200,000", "300,000", "400,000", "500,000", "600,000" }));
    }

    [Test]
    public void A_single_value_gets_an_axis_around_it()
    {
        var ticks = NiceTicks.Compute(50, 50, 5);

        Assert.That(ticks.First, Is.LessThan(50));
        Assert.That(ticks.Last, Is.GreaterThan(50));
    }

    [TestCase(0.7, false, 1)]
    [TestCase(1.2, false, 2)]
    [TestCase(3.1, false, 5)]
    [TestCase(5.1, false, 10)]
    [TestCase(1.4, true, 1)]
    [TestCase(2.9, true, 2)]
    [TestCase(6.9, true, 5)]
    [TestCase(7.1, true, 10)]
    [TestCase(0.021, true, 0.02)]
    [TestCase(0.031, true, 0.05)]
    public void Nice_numbers_are_one_two_five_or_ten_times_a_power_of_ten(double value, bool round, double expected) =>
        Assert.That(NiceTicks.NiceNumber(value, round), Is.EqualTo(expected).Within(1e-12));

    [Test]
    public void Reversed_bounds_are_rejected_with_both_values_in_the_message()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => NiceTicks.Compute(5, 1, 4));

        Assert.That(exception!.Message, Does.StartWith("maximum=1 must be >= minimum=5."));
    }

    [Test]
    public void Non_finite_bounds_are_rejected()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => NiceTicks.Compute(double.NaN, 1, 4));

        Assert.That(exception!.Message, Does.StartWith("minimum=NaN must be a finite number."));
    }

    [FsCheck.NUnit.Property(MaxTest = 300)]
    public Property Ticks_cover_the_data_with_a_nice_step_and_a_bounded_count()
    {
        var bounds = Gen.Choose(-1_000_000, 1_000_000).Select(i => i / 1000.0).Two();
        return Prop.ForAll(Arb.From(bounds), Arb.From(Gen.Choose(2, 12)), (pair, target) =>
        {
            var (a, b) = pair;
            var (minimum, maximum) = (Math.Min(a, b), Math.Max(a, b));
            var ticks = NiceTicks.Compute(minimum, maximum, target);
            var mantissa = ticks.Step / Math.Pow(10, Math.Floor(Math.Log10(ticks.Step)));
            var count = ticks.Values.Count;
            return ticks.First <= minimum && ticks.Last >= maximum
                && new[] { 1.0, 2, 5, 10 }.Any(nice => Math.Abs(mantissa - nice) < 1e-9)
                && count >= 2 && count <= (2 * target) + 3;
        });
    }
}
