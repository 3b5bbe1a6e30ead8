using FsCheck;
using FsCheck.Fluent;
using Segmentation.Data;
using Segmentation.Preprocessing;
using static Segmentation.Tests.Preprocessing.PreprocessingAssert;

namespace Segmentation.Tests.Preprocessing;

public class ExcludeOutliersTests
{
    // Q1 = 2, Q3 = 4 (numpy linear), IQR = 2: fences [2 - 3, 4 + 3] = [-1, 7], so 10 is an outlier.
    private static DataFrame Frame() => new(Numbers("ID", 101, 102, 103, 104, 105), Numbers("Spend", 1, 2, 3, 4, 10));

    [Test]
    public void Iqr_rule_excludes_values_outside_the_fences_and_reports_the_bounds()
    {
        var (fitted, frame, report) = FitTransform(new ExcludeOutliers(), Frame(), "ID");

        Assert.Multiple(() =>
        {
            Assert.That(Values(frame, "ID"), Is.EqualTo(new double[] { 101, 102, 103, 104 }));
            Assert.That(((FittedOutlierFilter)fitted).Columns, Has.Member(new ColumnBounds("Spend", -1, 7)));
            Assert.That(report.ExcludedRows, Is.EqualTo(new[]
            {
                new ExcludedRow("105", 4, "ExcludeOutliers", "'Spend'=10 is outside [-1, 7] (ExcludeOutliers(IQR, k=1.5))"),
            }));
        });
    }

    [Test]
    public void Zscore_rule_uses_the_population_std()
    {
        // mean 4, std sqrt(10) = 3.162...; with threshold 1.5 the bounds are 4 -/+ 4.743..., so only 10 is out.
        var step = new ExcludeOutliers(new OutlierOptions { Method = OutlierMethod.ZScore, ZScoreThreshold = 1.5, Columns = ["Spend"] });

        var (fitted, frame, _) = FitTransform(step, Frame());

        Assert.Multiple(() =>
        {
            Assert.That(frame.Rows.Count, Is.EqualTo(4));
            Assert.That(((FittedOutlierFilter)fitted).Columns[0].Upper, Is.EqualTo(4 + (1.5 * Math.Sqrt(10))).Within(1e-15));
        });
    }

    [Test]
    public void The_id_column_is_not_checked_by_default()
    {
        var (fitted, _, _) = FitTransform(new ExcludeOutliers(), Frame(), "ID");

        Assert.That(((FittedOutlierFilter)fitted).Columns.Select(c => c.Column), Is.EqualTo(new[] { "Spend" }));
    }

    [Test]
    public void Row_ids_stay_those_of_the_original_frame_after_an_earlier_filter()
    {
        var frame = new DataFrame(Numbers("ID", 101, 102, 103, 104, 105, 106), Numbers("Spend", -5, 1, 2, 3, 4, 10));
        var report = new PreprocessingReport("ID");

        Preprocessor.Fit([new ExcludeInvalidValues("Spend"), new ExcludeOutliers(new OutlierOptions { Columns = ["Spend"] })], frame, report);

        Assert.That(report.ExcludedRows.Select(r => (r.RowId, r.RowIndex)), Is.EqualTo(new[] { ("101", 0), ("106", 5) }));
    }

    [Test]
    public void At_scoring_time_outliers_are_flagged_and_kept()
    {
        var (fitted, _, _) = FitTransform(new ExcludeOutliers(), Frame(), "ID");
        var report = new PreprocessingReport();

        var scored = fitted.Transform(new DataFrame(Numbers("ID", 1, 2), Numbers("Spend", 3, -2)), report);

        Assert.Multiple(() =>
        {
            Assert.That(scored.Rows.Count, Is.EqualTo(2));
            Assert.That(report.FlaggedRows.Select(r => r.RowIndex), Is.EqualTo(new[] { 1 }));
        });
    }

    [Test]
    public void A_non_positive_multiplier_is_rejected()
    {
        Assert.That(
            () => new ExcludeOutliers(new OutlierOptions { IqrMultiplier = 0 }),
            Throws.InstanceOf<ArgumentOutOfRangeException>().With.Message.StartsWith("IqrMultiplier=0 must be a finite number > 0."));
    }

    [Test]
    public void Round_trips_through_json()
    {
        var (fitted, _, _) = FitTransform(new ExcludeOutliers(OutlierMethod.ZScore), Frame());

        RoundTrips(fitted, Frame(), "excludeOutliers");
    }

    [FsCheck.NUnit.Property]
    public Property No_row_is_lost_silently_every_row_is_kept_or_reported_once() =>
        Prop.ForAll(Gen.Choose(-100, 100).Select(i => (double)i).ArrayOf().Where(v => v.Length >= 1).ToArbitrary(), values =>
        {
            var (_, frame, report) = FitTransform(new ExcludeOutliers(OutlierMethod.ZScore), new DataFrame(Numbers("X", values)));
            var reported = report.ExcludedRows.Select(r => r.RowIndex).ToArray();
            return frame.Rows.Count + reported.Length == values.Length && reported.Distinct().Count() == reported.Length;
        });
}
