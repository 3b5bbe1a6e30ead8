using Segmentation.Data;
using Segmentation.Preprocessing;
using static Segmentation.Tests.Preprocessing.PreprocessingAssert;

namespace Segmentation.Tests.Preprocessing;

public class DropCorrelatedTests
{
    // Doubled = 2 x Base (r = 1), Negated = -Base (r = -1), Other is uncorrelated with Base (r = 0).
    private static DataFrame Frame() => new(
        Numbers("Base", 1, 2, 3, 4),
        Numbers("Other", 1, -1, -1, 1),
        Numbers("Doubled", 2, 4, 6, 8),
        Numbers("Negated", -1, -2, -3, -4));

    [Test]
    public void Of_each_correlated_pair_the_later_column_is_dropped_and_the_first_of_the_group_kept()
    {
        var (_, frame, report) = FitTransform(new DropCorrelated(), Frame());

        Assert.Multiple(() =>
        {
            Assert.That(frame.Columns.Names, Is.EqualTo(new[] { "Base", "Other" }));
            Assert.That(report.DroppedColumns, Is.EqualTo(new[]
            {
                new DroppedColumn("Doubled", "DropCorrelated", "|r|=1 with 'Base' is above the threshold 0.95"),
                new DroppedColumn("Negated", "DropCorrelated", "|r|=1 with 'Base' is above the threshold 0.95"),
            }));
        });
    }

    [Test]
    public void Only_the_named_columns_are_examined()
    {
        var step = new DropCorrelated(new CorrelationFilterOptions { Columns = ["Other", "Doubled", "Negated"] });

        var (_, frame, _) = FitTransform(step, Frame());

        Assert.That(frame.Columns.Names, Is.EqualTo(new[] { "Base", "Other", "Doubled" }));
    }

    [Test]
    public void A_threshold_outside_zero_to_one_is_rejected()
    {
        Assert.That(
            () => new DropCorrelated(1.5),
            Throws.InstanceOf<ArgumentOutOfRangeException>().With.Message.StartsWith("Threshold=1.5 must be between 0 and 1."));
    }

    [Test]
    public void Round_trips_through_json()
    {
        var (fitted, _, _) = FitTransform(new DropCorrelated(), Frame());

        RoundTrips(fitted, Frame(), "dropColumns");
    }
}
