using Segmentation.Data;
using Segmentation.Profiling;

namespace Segmentation.Tests.Profiling;

public class SegmentProfilerTests
{
    private const string Income = "Annual Income (k$)";
    private const string Spending = "Spending Score (1-100)";

    /// <summary>Five segments of two customers: low/high, low/low, high/high, high/low, average/average.</summary>
    private static (DataFrame Frame, int[] Labels) FiveCorners()
    {
        var frame = new DataFrame(
            new NumericColumn("CustomerID", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]),
            new CategoricalColumn("Gender", ["Female", "Female", "Male", "Male", "Female", "Male", "Female", "Male", "Female", "Female"]),
            new NumericColumn(Income, [10, 10, 10, 10, 90, 90, 90, 90, 50, 50]),
            new NumericColumn(Spending, [90, 90, 10, 10, 90, 90, 10, 10, 50, 50]));
        return (frame, [0, 0, 1, 1, 2, 2, 3, 3, 4, 4]);
    }

    private static SegmentProfilerOptions WithoutIds()
    {
        var options = new SegmentProfilerOptions();
        options.ExcludedColumns.Add("CustomerID");
        return options;
    }

    [Test]
    public void Segments_are_named_high_low_or_average_on_the_two_strongest_features()
    {
        var (frame, labels) = FiveCorners();

        var profiles = SegmentProfiler.Profile(frame, labels, WithoutIds());

        Assert.That(profiles.Select(p => p.Name), Is.EqualTo(new[]
        {
            "Low income, high spending",
            "Low income, low spending",
            "High income, high spending",
            "High income, low spending",
            "Average income, average spending",
        }));
    }

    [Test]
    public void Effect_size_divides_by_the_population_standard_deviation_with_n_in_the_denominator()
    {
        var (frame, labels) = FiveCorners();

        var income = SegmentProfiler.Profile(frame, labels, WithoutIds())[3].NumericFeature(Income);

        // Income: mean 50; eight values 40 away and two at 50, so the population variance is 8 * 1600 / 10 = 1280.
        Assert.Multiple(() =>
        {
            Assert.That(income.Segment.Mean, Is.EqualTo(90));
            Assert.That(income.Population.Mean, Is.EqualTo(50));
            Assert.That(income.Difference, Is.EqualTo(40));
            Assert.That(income.Ratio, Is.EqualTo(1.8));
            Assert.That(income.EffectSize, Is.EqualTo(40 / Math.Sqrt(1280)).Within(1e-12));
            Assert.That(income.ToString(), Is.EqualTo("Annual Income (k$): mean 90 vs 50 overall (effect +1.12)"));
        });
    }

    [Test]
    public void Sizes_shares_and_excluded_columns_follow_the_labels()
    {
        var (frame, labels) = FiveCorners();

        var profiles = SegmentProfiler.Profile(frame, labels, WithoutIds());

        Assert.Multiple(() =>
        {
            Assert.That(profiles.RowCount, Is.EqualTo(10));
            Assert.That(profiles.Select(p => p.Size), Is.EqualTo(new[] { 2, 2, 2, 2, 2 }));
            Assert.That(profiles[0].Share, Is.EqualTo(0.2));
            Assert.That(profiles[0].Numeric.Select(n => n.Column), Is.EqualTo(new[] { Income, Spending }));
            Assert.That(profiles[0].Categorical.Select(c => c.Column), Is.EqualTo(new[] { "Gender" }));
        });
    }

    [Test]
    public void Categorical_levels_carry_their_share_and_lift_over_the_population()
    {
        var frame = new DataFrame(new CategoricalColumn("Gender", ["Female", "Female", "Female", "Male", "Male", "Male", "Male", "Female"]));

        var gender = SegmentProfiler.Profile(frame, [0, 0, 0, 0, 1, 1, 1, 1])[0].CategoricalFeature("Gender");

        // Segment 0: 3 of 4 female; population: 4 of 8.
        var female = gender["Female"];
        Assert.Multiple(() =>
        {
            Assert.That(gender.Levels.Select(l => l.Level), Is.EqualTo(new[] { "Female", "Male" }));
            Assert.That(female.Count, Is.EqualTo(3));
            Assert.That(female.Share, Is.EqualTo(0.75));
            Assert.That(female.PopulationShare, Is.EqualTo(0.5));
            Assert.That(female.Difference, Is.EqualTo(0.25));
            Assert.That(female.Lift, Is.EqualTo(1.5));
            Assert.That(female.EffectSize, Is.EqualTo(0.5));
            Assert.That(gender.MostDistinctive!.Level, Is.EqualTo("Female"));
            Assert.That(female.ToString(), Is.EqualTo("Female: 75% vs 50% overall (lift 1.5)"));
        });
    }

    [Test]
    public void Distinguishing_features_rank_numeric_and_categorical_contrasts_by_absolute_effect()
    {
        var frame = new DataFrame(
            new NumericColumn("Age", [20, 22, 60, 62]),
            new NumericColumn("Income", [50, 51, 50, 49]),
            new CategoricalColumn("Gender", ["Female", "Male", "Male", "Female"]));

        var features = SegmentProfiler.Profile(frame, [0, 0, 1, 1])[0].DistinguishingFeatures;

        Assert.Multiple(() =>
        {
            Assert.That(features.Select(f => f.Column), Is.EqualTo(new[] { "Age", "Income", "Gender" }));
            Assert.That(features[0].EffectSize, Is.LessThan(-0.9));
            Assert.That(features[2].Kind, Is.EqualTo(ColumnKind.Categorical));
            Assert.That(features[2].EffectSize, Is.Zero);
        });
    }

    [Test]
    public void A_name_shared_by_two_segments_gains_the_next_strongest_feature()
    {
        var frame = new DataFrame(
            new NumericColumn("Income", [100, 100, 100, 100, 0, 0, 0, 0]),
            new NumericColumn("Spending", [100, 100, 100, 100, 0, 0, 0, 0]),
            new NumericColumn("Age", [60, 60, 20, 20, 10, 70, 10, 70]));

        var profiles = SegmentProfiler.Profile(frame, [0, 0, 1, 1, 2, 2, 2, 2]);

        // Income and spending: effect +-1. Age: population sd sqrt(650) = 25.5, so +-20 is an effect of +-0.78.
        Assert.That(profiles.Select(p => p.Name), Is.EqualTo(new[]
        {
            "High income, high spending, high age",
            "High income, high spending, low age",
            "Low income, low spending",
        }));
    }

    [Test]
    public void Segments_that_no_feature_separates_get_a_numeric_suffix()
    {
        var frame = new DataFrame(new NumericColumn("Income", [100, 100, 0, 0]));

        var profiles = SegmentProfiler.Profile(frame, [0, 1, 2, 2]);

        Assert.That(profiles.Select(p => p.Name), Is.EqualTo(new[] { "High income", "High income (2)", "Low income" }));
    }

    [Test]
    public void Naming_columns_and_display_names_are_the_callers_choice()
    {
        var (frame, labels) = FiveCorners();
        var options = WithoutIds();
        options.NamingColumns = [Spending];
        options.DisplayNames[Spending] = "basket value";

        var profiles = SegmentProfiler.Profile(frame, labels, options);

        Assert.That(profiles.Select(p => p.Name), Is.EqualTo(new[]
        {
            "High basket value", "Low basket value", "High basket value (2)", "Low basket value (2)", "Average basket value",
        }));
    }

    [Test]
    public void Rank_effect_sizes_resist_one_huge_value_and_can_drive_the_names()
    {
        var frame = new DataFrame(new NumericColumn("Monetary", [1, 2, 3, 100]));
        int[] labels = [0, 0, 0, 1];

        var standardized = SegmentProfiler.Profile(frame, labels);
        var ranked = SegmentProfiler.Profile(frame, labels, new SegmentProfilerOptions { NamingScale = NamingScale.Rank });

        // Percentile ranks (r - 0.5) / 4: 0.125, 0.375, 0.625, 0.875; mean 0.5, population sd sqrt(0.078125).
        // Segment 0's mean percentile 0.375 gives -0.125 / 0.2795 = -0.447; its mean 2 against 26.5 with sd 42.44 gives -0.577.
        Assert.Multiple(() =>
        {
            Assert.That(standardized[0].NumericFeature("Monetary").RankEffectSize, Is.EqualTo(-0.125 / Math.Sqrt(0.078125)).Within(1e-12));
            Assert.That(standardized[1].NumericFeature("Monetary").RankEffectSize, Is.EqualTo(0.375 / Math.Sqrt(0.078125)).Within(1e-12));
            Assert.That(standardized[0].NumericFeature("Monetary").EffectSize, Is.EqualTo(-24.5 / Math.Sqrt(1801.25)).Within(1e-12));
            Assert.That(standardized[0].Name, Is.EqualTo("Low spend"));
            Assert.That(ranked[0].Name, Is.EqualTo("Average spend"));
            Assert.That(ranked[1].Name, Is.EqualTo("High spend"));
        });
    }

    [Test]
    public void Tied_values_share_their_average_rank()
    {
        var frame = new DataFrame(new NumericColumn("Age", [5, 5, 5, 5]), new NumericColumn("Income", [1, 1, 2, 2]));

        var profiles = SegmentProfiler.Profile(frame, [0, 0, 1, 1]);

        Assert.Multiple(() =>
        {
            Assert.That(profiles[0].NumericFeature("Age").RankEffectSize, Is.Zero);
            Assert.That(profiles[0].NumericFeature("Income").RankEffectSize, Is.EqualTo(-1).Within(1e-12));
        });
    }

    [Test]
    public void Unused_segment_ids_are_reported_as_empty_segments_without_renumbering()
    {
        var frame = new DataFrame(new NumericColumn("Income", [10, 20, 80, 90]));
        var options = new SegmentProfilerOptions { SegmentCount = 4 };

        var profiles = SegmentProfiler.Profile(frame, [0, 0, 2, 2], options);

        Assert.Multiple(() =>
        {
            Assert.That(profiles.Select(p => p.Size), Is.EqualTo(new[] { 2, 0, 2, 0 }));
            Assert.That(profiles[1].Name, Is.EqualTo("Empty segment 1"));
            Assert.That(profiles[3].Name, Is.EqualTo("Empty segment 3"));
            Assert.That(profiles[1].IsEmpty, Is.True);
            Assert.That(profiles[1].NumericFeature("Income").Segment.Mean, Is.NaN);
            Assert.That(profiles[1].NumericFeature("Income").EffectSize, Is.NaN);
            Assert.That(profiles[2].Name, Is.EqualTo("High income"));
        });
    }

    [Test]
    public void Labels_of_another_length_than_the_frame_are_rejected_with_both_counts()
    {
        var (frame, _) = FiveCorners();

        var error = Assert.Throws<ArgumentException>(() => SegmentProfiler.Profile(frame, [0, 1, 2]));

        Assert.That(error!.Message, Does.StartWith("labels has 3 entries but the frame has 10 rows; give one label per row."));
    }

    [Test]
    public void A_negative_label_is_rejected_with_its_row()
    {
        var frame = new DataFrame(new NumericColumn("Income", [1, 2, 3]));

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => SegmentProfiler.Profile(frame, [0, -1, 0]));

        Assert.That(error!.Message, Does.StartWith("labels[1]=-1 must be >= 0."));
    }

    [Test]
    public void A_label_beyond_the_segment_count_is_rejected()
    {
        var frame = new DataFrame(new NumericColumn("Income", [1, 2, 3]));
        var options = new SegmentProfilerOptions { SegmentCount = 2 };

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => SegmentProfiler.Profile(frame, [0, 1, 2], options));

        Assert.That(error!.Message, Does.StartWith("labels[2]=2 must be < SegmentCount=2."));
    }

    [Test]
    public void A_categorical_naming_column_is_rejected()
    {
        var (frame, labels) = FiveCorners();
        var options = new SegmentProfilerOptions { NamingColumns = ["Gender"] };

        var error = Assert.Throws<SegmentationDataException>(() => SegmentProfiler.Profile(frame, labels, options));

        Assert.That(error!.Message, Is.EqualTo("Column 'Gender' is Categorical, not Numeric."));
    }
}
