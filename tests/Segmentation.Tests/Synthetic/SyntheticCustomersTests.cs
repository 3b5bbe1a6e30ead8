using Segmentation.Synthetic;

namespace Segmentation.Tests.Synthetic;

public class SyntheticCustomersTests
{
    [Test]
    public void Mall_has_the_original_columns_and_ranges()
    {
        var mall = SyntheticCustomers.Mall();

        Assert.That(mall.Rows.Count, Is.EqualTo(200));
        Assert.That(mall.Columns.Names, Is.EqualTo(new[] { "CustomerID", "Gender", "Age", "Annual Income (k$)", "Spending Score (1-100)" }));
        var income = mall.Columns.GetNumeric("Annual Income (k$)").Values.ToArray();
        var age = mall.Columns.GetNumeric("Age").Values.ToArray();
        Assert.That(income, Is.All.InRange(15, 137));
        Assert.That(age, Is.All.InRange(18, 70));
        Assert.That(income, Is.All.EqualTo(0).Within(0).Or.Matches<double>(v => v == Math.Round(v)));
    }

    [Test]
    public void The_same_seed_gives_the_same_table_and_another_seed_another()
    {
        var first = SyntheticCustomers.Mall(seed: 7).Columns.GetNumeric("Spending Score (1-100)").Values.ToArray();
        var again = SyntheticCustomers.Mall(seed: 7).Columns.GetNumeric("Spending Score (1-100)").Values.ToArray();
        var other = SyntheticCustomers.Mall(seed: 8).Columns.GetNumeric("Spending Score (1-100)").Values.ToArray();

        Assert.That(again, Is.EqualTo(first));
        Assert.That(other, Is.Not.EqualTo(first));
    }

    [Test]
    public void Fewer_than_five_rows_is_refused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticCustomers.Mall(rowCount: 4));

        Assert.That(error!.Message, Does.StartWith("rowCount=4 must be >= 5."));
    }
}
