using Segmentation.Cli.Tests.Support;
using Segmentation.Data;
using Segmentation.Synthetic;
using Segmentation.Tests.Support;

namespace Segmentation.Cli.Tests.Commands;

public class RfmCommandTests
{
    [Test]
    public void Rfm_writes_one_row_per_customer_and_prints_the_named_segment_counts()
    {
        using var folder = new TempFolder();
        var input = folder.File("retail.csv");
        SyntheticCustomers.RetailTransactions(200).SaveCsv(input);
        var output = folder.File("rfm");

        var run = CliRun.Of("rfm", input, "--out", output);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString);
        var table = DataFrame.LoadCsv(Path.Combine(output, "rfm.csv"));
        Assert.That(table.Rows.Count, Is.EqualTo(200));
        Assert.That(table.Columns.Names, Is.SupersetOf(new[] { "CustomerID", "Recency", "Frequency", "Monetary", "RfmSegment" }));
        Assert.That(run.Output, Does.Contain("RFM segment"));
        Assert.That(run.Output, Does.Contain("Champions"));
    }

    [Test]
    public void Column_names_and_the_as_of_date_can_be_given()
    {
        using var folder = new TempFolder();
        var renamed = SyntheticCustomers.RetailTransactions(50);
        renamed = new DataFrame(renamed.Columns.Select(column => column.Name switch
        {
            "CustomerID" => column.Rename("Customer"),
            "InvoiceNo" => column.Rename("Invoice"),
            "InvoiceDate" => column.Rename("Date"),
            "Quantity" => column.Rename("Qty"),
            "UnitPrice" => column.Rename("Price"),
            _ => column,
        }));
        var input = folder.File("retail.csv");
        renamed.SaveCsv(input);

        var run = CliRun.Of(
            "rfm", input, "--customer", "Customer", "--invoice", "Invoice", "--date", "Date", "--quantity", "Qty", "--price", "Price",
            "--as-of", "2012-01-01", "--out", folder.File("rfm"));

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString);
        Assert.That(run.Output, Does.Contain("as of 2012-01-01"));
    }

    [Test]
    [Category(SharedData.Category)]
    public void Online_retail_gives_the_rfm_table_of_its_4338_customers()
    {
        var input = SharedData.DataFile("online_retail.csv.gz");
        using var folder = new TempFolder();

        var run = CliRun.Of("rfm", input, "--out", folder.File("rfm"));

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString);
        Assert.That(run.Output, Does.Contain("397884 rows used for 4338 customers as of 2011-12-10"));
        Assert.That(DataFrame.LoadCsv(folder.File("rfm/rfm.csv")).Rows.Count, Is.EqualTo(4338));
    }
}
