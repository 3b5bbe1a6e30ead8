using Segmentation.Data;
using Segmentation.Preprocessing;
using static Segmentation.Tests.Preprocessing.PreprocessingAssert;

namespace Segmentation.Tests.Preprocessing;

public class DropLowVarianceTests
{
    // Population variances: A = 0, B = 0.25 (values 1, 2), C = 1 (values 0, 2).
    private static DataFrame Frame() => new(
        Numbers("A", 3, 3, 3, 3),
        Numbers("B", 1, 2, 1, 2),
        Numbers("C", 0, 2, 0, 2),
        Categories("Name", "a", "b", "c", "d"));

    [Test]
    public void The_default_threshold_drops_constant_columns_and_reports_the_variance()
    {
        var (_, frame, report) = FitTransform(new DropLowVariance(), Frame());

        Assert.Multiple(() =>
        {
            Assert.That(frame.Columns.Names, Is.EqualTo(new[] { "B", "C", "Name" }));
            Assert.That(report.DroppedColumns, Is.EqualTo(new[] { new DroppedColumn("A", "DropLowVariance", "variance 0 is at most the threshold 0") }));
        });
    }

    [Test]
    public void A_column_whose_variance_equals_the_threshold_is_dropped()
    {
        var (_, frame, _) = FitTransform(new DropLowVariance(0.25), Frame());

        Assert.That(frame.Columns.Names, Is.EqualTo(new[] { "C", "Name" }));
    }

    [Test]
    public void A_negative_threshold_is_rejected()
    {
        Assert.That(
            () => new DropLowVariance(-1),
            Throws.InstanceOf<ArgumentOutOfRangeException>().With.Message.StartsWith("Threshold=-1 must be a finite number >= 0."));
    }

    [Test]
    public void Round_trips_through_json()
    {
        var (fitted, _, _) = FitTransform(new DropLowVariance(0.25), Frame());

        RoundTrips(fitted, Frame(), "dropColumns");
    }
}
