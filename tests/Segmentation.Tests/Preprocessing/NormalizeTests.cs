using FsCheck;
using FsCheck.Fluent;
using Segmentation.Data;
using Segmentation.Preprocessing;
using static Segmentation.Tests.Preprocessing.PreprocessingAssert;

namespace Segmentation.Tests.Preprocessing;

public class NormalizeTests
{
    private static readonly double[] Amounts = [0.1, 0.7, 2.3, 1.9, 10.13, 0.33];

    private static DataFrame Frame() => new(Numbers("Amount", Amounts), Numbers("Constant", 5, 5, 5, 5, 5, 5));

    // Expected values: /usr/bin/python3, scikit-learn 1.2.1, e.g.
    // StandardScaler().fit_transform(np.array([[0.1],[0.7],[2.3],[1.9],[10.13],[0.33]])).ravel().tolist()
    private static IEnumerable<TestCaseData> ScikitLearnCases()
    {
        yield return new TestCaseData(Normalization.ZScore, false, new[]
        {
            -0.7135139522025852, -0.5406572746837893, -0.07970613463366703, -0.19494391964619762, 2.1760735069866195, -0.6472522258203801,
        }).SetName("ZScore matches StandardScaler");
        yield return new TestCaseData(Normalization.MinMax, false, new[]
        {
            0.0, 0.05982053838484545, 0.21934197407776665, 0.17946161515453635, 0.9999999999999999, 0.022931206380857425,
        }).SetName("MinMax matches MinMaxScaler");
        yield return new TestCaseData(Normalization.Robust, false, new[]
        {
            -0.6751054852320674, -0.3375527426160337, 0.5625879043600563, 0.33755274261603385, 4.967651195499299, -0.5457102672292544,
        }).SetName("Robust matches RobustScaler");
        yield return new TestCaseData(Normalization.ZScore, true, new[]
        {
            -1.0851410721077328, -0.5191360682650596, 0.34328585001029666, 0.17528343659902193, 1.9239796210939029, -0.8382717673304297,
        }).SetName("Log1p then ZScore matches StandardScaler of np.log1p to a few ulps");
    }

    [TestCaseSource(nameof(ScikitLearnCases))]
    public void Scaling_matches_scikit_learn(Normalization method, bool log1p, double[] expected)
    {
        var (_, frame, _) = FitTransform(new Normalize(new NormalizationOptions { Method = method, Log1p = log1p }), Frame());

        // Bit for bit without log1p; with it, a last-bit difference from numpy's log1p is amplified by the centring.
        Assert.That(Values(frame, "Amount"), log1p ? Is.EqualTo(expected).Within(1e-15) : Is.EqualTo(expected));
    }

    [Test]
    public void Zscore_on_a_hand_computed_column_uses_the_population_std()
    {
        // mean 4, population variance (9 + 4 + 1 + 0 + 36) / 5 = 10
        var frame = new DataFrame(Numbers("X", 1, 2, 3, 4, 10));

        var (fitted, scaled, _) = FitTransform(new Normalize(), frame);

        Assert.Multiple(() =>
        {
            Assert.That(((FittedNormalization)fitted).Columns, Is.EqualTo(new[] { new ColumnScale("X", 4, Math.Sqrt(10)) }));
            Assert.That(Values(scaled, "X")[4], Is.EqualTo(6 / Math.Sqrt(10)).Within(1e-15));
        });
    }

    [Test]
    public void A_constant_column_is_dropped_and_reported_never_divided_by_zero()
    {
        var (fitted, frame, report) = FitTransform(new Normalize(Normalization.ZScore), Frame());

        Assert.Multiple(() =>
        {
            Assert.That(frame.Columns.Names, Is.EqualTo(new[] { "Amount" }));
            Assert.That(((FittedNormalization)fitted).DroppedColumns, Is.EqualTo(new[] { "Constant" }));
            Assert.That(report.DroppedColumns, Is.EqualTo(new[]
            {
                new DroppedColumn("Constant", "Normalize", "constant (5) on the training data; it cannot be scaled"),
            }));
        });
    }

    [Test]
    public void Robust_scaling_of_a_column_with_zero_iqr_uses_a_scale_of_one_and_notes_it()
    {
        var frame = new DataFrame(Numbers("X", 1, 1, 1, 1, 9));

        var (_, scaled, report) = FitTransform(new Normalize(Normalization.Robust), frame);

        Assert.Multiple(() =>
        {
            Assert.That(Values(scaled, "X"), Is.EqualTo(new double[] { 0, 0, 0, 0, 8 }));
            Assert.That(report.Notes, Is.EqualTo(new[] { "Normalize: column 'X' has an interquartile range of 0; it is centred on its median and scaled by 1." }));
        });
    }

    [Test]
    public void Missing_values_are_skipped_when_fitting_and_stay_missing()
    {
        var frame = new DataFrame(Numbers("X", 1, double.NaN, 3));

        var (_, scaled, _) = FitTransform(new Normalize(Normalization.MinMax), frame);

        Assert.That(Values(scaled, "X"), Is.EqualTo(new[] { 0, double.NaN, 1 }));
    }

    [Test]
    public void Log1p_of_a_negative_value_at_scoring_names_the_value_column_and_row()
    {
        var (fitted, _, _) = FitTransform(new Normalize(new NormalizationOptions { Log1p = true, Columns = ["Amount"] }), Frame());
        var newData = new DataFrame(Numbers("CustomerID", 100, 101), Numbers("Amount", 1, -0.5), Numbers("Constant", 5, 5));

        var error = Assert.Throws<SegmentationDataException>(() => fitted.Transform(newData, new PreprocessingReport("CustomerID")));

        Assert.That(error!.Message, Is.EqualTo("log1p needs values >= 0, but column 'Amount' has -0.5 in row 1 (CustomerID=101)."));
    }

    [Test]
    public void Scaled_values_map_back_to_the_data_units()
    {
        var (fitted, scaled, _) = FitTransform(new Normalize(), Frame());

        Assert.That(((FittedNormalization)fitted).InverseTransform("Amount", Values(scaled, "Amount")[4]), Is.EqualTo(10.13).Within(1e-14));
    }

    [Test]
    public void An_undefined_method_is_rejected_when_the_step_is_created()
    {
        Assert.That(
            () => new Normalize((Normalization)42),
            Throws.InstanceOf<ArgumentOutOfRangeException>().With.Message.StartsWith("Method=42 is not a defined Normalization value."));
    }

    [TestCase(Normalization.None)]
    [TestCase(Normalization.ZScore)]
    [TestCase(Normalization.MinMax)]
    [TestCase(Normalization.Robust)]
    public void Replays_on_the_training_data_exactly_and_round_trips_through_json(Normalization method)
    {
        var (fitted, frame, _) = FitTransform(new Normalize(new NormalizationOptions { Method = method, Log1p = true }), Frame());

        var copy = RoundTrips(fitted, Frame(), "normalize");

        FramesEqual(copy.Transform(Frame(), new PreprocessingReport()), frame);
    }

    [FsCheck.NUnit.Property]
    public Property Zscored_columns_have_mean_zero_and_population_std_one() =>
        Prop.ForAll(VaryingColumns(), values =>
        {
            var (_, frame, _) = FitTransform(new Normalize(Normalization.ZScore), new DataFrame(Numbers("X", values)));
            var scaled = Values(frame, "X");
            var mean = scaled.Average();
            var std = Math.Sqrt(scaled.Select(v => (v - mean) * (v - mean)).Average());
            return Math.Abs(mean) < 1e-12 && Math.Abs(std - 1) < 1e-12;
        });

    [FsCheck.NUnit.Property]
    public Property Min_max_scaled_columns_span_zero_to_one() =>
        Prop.ForAll(VaryingColumns(), values =>
        {
            var (_, frame, _) = FitTransform(new Normalize(Normalization.MinMax), new DataFrame(Numbers("X", values)));
            var scaled = Values(frame, "X");
            return Math.Abs(scaled.Min()) < 1e-12 && Math.Abs(scaled.Max() - 1) < 1e-12;
        });

    private static Arbitrary<double[]> VaryingColumns() =>
        Gen.Choose(-8000, 8000).Select(i => i / 8.0).ArrayOf()
            .Where(values => values.Length >= 2 && values.Distinct().Count() > 1).ToArbitrary();
}
