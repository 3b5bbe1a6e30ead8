using Segmentation.Data;
using Segmentation.Synthetic;
using Segmentation.Tests.Support;

namespace Segmentation.Cli.Tests;

/// <summary>The synthetic generators the samples and the tool's tests run on (in the core library, shaped like the real files).</summary>
public class SyntheticDataTests
{
    [Test]
    public void Marketing_has_the_real_files_columns_a_few_missing_incomes_and_two_constant_columns()
    {
        var frame = SyntheticCustomers.Marketing(1000);

        Assert.That(frame.Rows.Count, Is.EqualTo(1000));
        Assert.That(frame.Columns.Count, Is.EqualTo(29));
        Assert.That(frame.Columns["Income"].MissingCount, Is.InRange(1, 30));
        Assert.That(frame.Columns["Dt_Customer"].Kind, Is.EqualTo(ColumnKind.Date));
        Assert.That(frame.Columns.GetNumeric("Z_CostContact").Values.ToArray(), Is.All.EqualTo(3));
        Assert.That(frame.Columns.GetNumeric("Z_Revenue").Values.ToArray(), Is.All.EqualTo(11));
        Assert.That(frame.Columns.GetNumeric("ID").Values.ToArray(), Is.Unique);
    }

    [Test]
    public void Retail_transactions_have_cancellations_missing_customers_and_dates_in_the_real_range()
    {
        var frame = SyntheticCustomers.RetailTransactions(200);
        var invoices = frame.Columns.GetCategorical("InvoiceNo");
        var quantities = frame.Columns.GetNumeric("Quantity");
        var dates = frame.Columns.GetDate("InvoiceDate");

        var cancelled = Enumerable.Range(0, frame.Rows.Count).Where(row => invoices[row]!.StartsWith('C')).ToArray();
        Assert.That(cancelled, Is.Not.Empty);
        Assert.That(cancelled.Select(row => quantities[row]), Is.All.Negative);
        Assert.That(frame.Columns["CustomerID"].MissingCount, Is.GreaterThan(0));
        Assert.That(
            Enumerable.Range(0, frame.Rows.Count).Select(row => dates[row]!.Value),
            Is.All.InRange(new DateTime(2010, 12, 1), new DateTime(2011, 12, 10)));
    }

    [Test]
    public void The_same_seed_gives_the_same_tables_and_another_seed_another()
    {
        var first = SyntheticCustomers.Marketing(100, seed: 3).ToCsv();
        var again = SyntheticCustomers.Marketing(100, seed: 3).ToCsv();
        var other = SyntheticCustomers.Marketing(100, seed: 4).ToCsv();
        var retail = SyntheticCustomers.RetailTransactions(50, seed: 3).ToCsv();
        var retailAgain = SyntheticCustomers.RetailTransactions(50, seed: 3).ToCsv();

        Assert.That(again, Is.EqualTo(first));
        Assert.That(other, Is.Not.EqualTo(first));
        Assert.That(retailAgain, Is.EqualTo(retail));
    }

    [TestCase(3)]
    [TestCase(0)]
    public void Too_few_rows_is_an_argument_error(int rows)
    {
        Assert.That(() => SyntheticCustomers.Marketing(rows), Throws.InstanceOf<ArgumentOutOfRangeException>());
        Assert.That(() => SyntheticCustomers.RetailTransactions(rows), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [TestCase("marketing_campaign.csv")]
    [TestCase("online_retail.csv.gz")]
    [Category(SharedData.Category)]
    public void Synthetic_tables_have_the_column_names_and_kinds_of_the_real_file(string fileName)
    {
        var real = DataFrame.LoadCsv(SharedData.DataFile(fileName));
        var synthetic = fileName.StartsWith("marketing", StringComparison.Ordinal)
            ? SyntheticCustomers.Marketing()
            : SyntheticCustomers.RetailTransactions();

        Assert.That(synthetic.Columns.Names, Is.EqualTo(real.Columns.Names));
        Assert.That(synthetic.Columns.Select(c => c.Kind), Is.EqualTo(real.Columns.Select(c => c.Kind)));
    }
}
