using Segmentation.Data;
using Segmentation.Tests.Support;

namespace Segmentation.Tests.Data;

public class DescribeTests
{
    private static DataFrame Tiny() => new(
        new NumericColumn("x", [4, 1, double.NaN, 3, 2]),
        new CategoricalColumn("t", ["b", "a", null, "b", "a"]),
        new DateColumn("d", [new DateTime(2012, 9, 4), null, new DateTime(2010, 1, 1), new DateTime(2014, 6, 29), new DateTime(2010, 1, 1)]));

    [Test]
    public void Numeric_columns_get_count_mean_sample_std_and_interpolated_quartiles()
    {
        var x = Tiny().Describe()["x"];

        // Values 1, 2, 3, 4: mean 2.5; squares about the mean sum to 5, so std = sqrt(5 / 3);
        // the 25th percentile sits at position 0.25 * 3 = 0.75 between 1 and 2.
        Assert.Multiple(() =>
        {
            Assert.That(x.Kind, Is.EqualTo(ColumnKind.Numeric));
            Assert.That(x.Count, Is.EqualTo(4));
            Assert.That(x.MissingCount, Is.EqualTo(1));
            Assert.That(x.DistinctCount, Is.EqualTo(4));
            Assert.That(x.Mean, Is.EqualTo(2.5));
            Assert.That(x.StandardDeviation, Is.EqualTo(Math.Sqrt(5.0 / 3.0)).Within(1e-15));
            Assert.That(x.Minimum, Is.EqualTo(1));
            Assert.That(x.FirstQuartile, Is.EqualTo(1.75));
            Assert.That(x.Median, Is.EqualTo(2.5));
            Assert.That(x.ThirdQuartile, Is.EqualTo(3.25));
            Assert.That(x.Maximum, Is.EqualTo(4));
            Assert.That(x.Top, Is.Null);
        });
    }

    [Test]
    public void Categorical_columns_get_the_top_value_with_ties_broken_by_ordinal_order()
    {
        var t = Tiny().Describe()["t"];

        Assert.Multiple(() =>
        {
            Assert.That(t.Count, Is.EqualTo(4));
            Assert.That(t.MissingCount, Is.EqualTo(1));
            Assert.That(t.DistinctCount, Is.EqualTo(2));
            Assert.That(t.Top, Is.EqualTo("a"));
            Assert.That(t.TopFrequency, Is.EqualTo(2));
            Assert.That(double.IsNaN(t.Mean), Is.True);
        });
    }

    [Test]
    public void Date_columns_get_the_earliest_and_latest_dates()
    {
        var d = Tiny().Describe()["d"];

        Assert.Multiple(() =>
        {
            Assert.That(d.Count, Is.EqualTo(4));
            Assert.That(d.DistinctCount, Is.EqualTo(3));
            Assert.That(d.Earliest, Is.EqualTo(new DateTime(2010, 1, 1)));
            Assert.That(d.Latest, Is.EqualTo(new DateTime(2014, 6, 29)));
        });
    }

    [Test]
    public void A_single_value_has_no_standard_deviation_and_no_values_have_no_statistics()
    {
        var frame = new DataFrame(new NumericColumn("one", [7, double.NaN]), new NumericColumn("none", [double.NaN, double.NaN]));

        var description = frame.Describe();

        Assert.Multiple(() =>
        {
            Assert.That(description["one"].Mean, Is.EqualTo(7));
            Assert.That(description["one"].Median, Is.EqualTo(7));
            Assert.That(double.IsNaN(description["one"].StandardDeviation), Is.True);
            Assert.That(description["none"].Count, Is.Zero);
            Assert.That(double.IsNaN(description["none"].Mean), Is.True);
            Assert.That(double.IsNaN(description["none"].Maximum), Is.True);
        });
    }

    [Test]
    public void The_table_has_one_row_per_column_and_the_pandas_statistics_as_columns()
    {
        var table = Tiny().Describe().ToDataFrame();

        Assert.Multiple(() =>
        {
            Assert.That(table.Rows.Count, Is.EqualTo(3));
            Assert.That(table.Columns.Names, Is.EqualTo(new[]
            {
                "Column", "Kind", "Count", "Missing", "Distinct", "Mean", "Std", "Min", "25%", "50%", "75%", "Max",
                "Top", "Frequency", "Earliest", "Latest",
            }));
            Assert.That(table.Columns.GetCategorical("Column")[1], Is.EqualTo("t"));
            Assert.That(table.Columns.GetNumeric("25%")[0], Is.EqualTo(1.75));
            Assert.That(table.Columns.GetCategorical("Top")[1], Is.EqualTo("a"));
            Assert.That(table.Columns["Frequency"].IsMissing(0), Is.True);
        });
    }

    [Test]
    public void An_unknown_column_name_suggests_the_closest()
    {
        var error = Assert.Throws<ColumnNotFoundException>(() => _ = Tiny().Describe()["X"])!;

        Assert.That(error.Suggestions[0], Is.EqualTo("x"));
    }

    [Test]
    [Category(SharedData.Category)]
    public void Mall_customers_match_pandas_describe()
    {
        var description = DataFrame.LoadCsv(SharedData.DataFile("mall_customers.csv")).Describe();

        // pandas 1.5.3: pd.read_csv("mall_customers.csv").describe(include="all")
        var age = description["Age"];
        var income = description["Annual Income (k$)"];
        var gender = description["Gender"];
        Assert.Multiple(() =>
        {
            Assert.That(age.Count, Is.EqualTo(200));
            Assert.That(age.Mean, Is.EqualTo(38.85).Within(1e-12));
            Assert.That(age.StandardDeviation, Is.EqualTo(13.969007331558883).Within(1e-12));
            Assert.That(new[] { age.Minimum, age.FirstQuartile, age.Median, age.ThirdQuartile, age.Maximum },
                Is.EqualTo(new[] { 18, 28.75, 36, 49, 70 }));
            Assert.That(age.DistinctCount, Is.EqualTo(51));
            Assert.That(income.Mean, Is.EqualTo(60.56).Within(1e-12));
            Assert.That(income.StandardDeviation, Is.EqualTo(26.264721165271254).Within(1e-12));
            Assert.That(new[] { income.FirstQuartile, income.Median, income.ThirdQuartile }, Is.EqualTo(new[] { 41.5, 61.5, 78 }));
            Assert.That(gender.Top, Is.EqualTo("Female"));
            Assert.That(gender.TopFrequency, Is.EqualTo(112));
            Assert.That(gender.DistinctCount, Is.EqualTo(2));
        });
    }
}
