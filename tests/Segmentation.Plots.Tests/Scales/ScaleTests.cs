using Segmentation.Plots.Scales;

namespace Segmentation.Plots.Tests.Scales;

public sealed class ScaleTests
{
    [Test]
    public void A_linear_scale_maps_its_nice_domain_onto_the_pixel_range()
    {
        var scale = new LinearScale(3, 97, 100, 500, 6);

        Assert.Multiple(() =>
        {
            Assert.That(scale.DomainMinimum, Is.EqualTo(0));
            Assert.That(scale.DomainMaximum, Is.EqualTo(100));
            Assert.That(scale.Map(0), Is.EqualTo(100));
            Assert.That(scale.Map(50), Is.EqualTo(300));
            Assert.That(scale.Map(100), Is.EqualTo(500));
        });
    }

    [Test]
    public void A_y_scale_runs_from_bottom_to_top()
    {
        var scale = new LinearScale(0, 10, 400, 0, 6);

        Assert.That(scale.Map(0), Is.EqualTo(400));
        Assert.That(scale.Map(10), Is.EqualTo(0));
    }

    [Test]
    public void Integer_ticks_keep_only_whole_numbers()
    {
        var scale = new LinearScale(1.6, 4.4, 0, 100, 8, nice: false, integerTicks: true);

        Assert.That(scale.Ticks.Select(tick => tick.Label), Is.EqualTo(new[] { "2", "3", "4" }));
    }

    [Test]
    public void A_log_scale_widens_to_whole_decades_and_ticks_each_decade()
    {
        var scale = new LogScale(3, 45_000, 0, 500);

        Assert.Multiple(() =>
        {
            Assert.That(scale.DomainMinimum, Is.EqualTo(1));
            Assert.That(scale.DomainMaximum, Is.EqualTo(100_000));
            Assert.That(scale.Ticks.Select(tick => tick.Label), Is.EqualTo(new[] { "1", "10", "100", "1,000", "10,000", "100,000" }));
            Assert.That(scale.Map(1_000), Is.EqualTo(300).Within(1e-9));
        });
    }

    [Test]
    public void A_log_scale_over_few_decades_also_ticks_2_and_5()
    {
        var scale = new LogScale(0.2, 9, 0, 100);

        Assert.That(scale.Ticks.Select(tick => tick.Label),
            Is.EqualTo(new[] { "0.1", "0.2", "0.5", "1", "2", "5", "10" }));
    }

    [Test]
    public void A_log_scale_rejects_zero()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => _ = new LogScale(0, 10, 0, 100));

        Assert.That(exception!.Message, Does.StartWith("dataMinimum=0 must be a finite number > 0."));
    }
}
