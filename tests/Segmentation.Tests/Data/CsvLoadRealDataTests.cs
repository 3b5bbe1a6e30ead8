using Segmentation.Data;
using Segmentation.Tests.Support;

namespace Segmentation.Tests.Data;

[Category(SharedData.Category)]
public class CsvLoadRealDataTests
{
    [Test]
    public void Mall_customers_load_as_200_rows_of_five_typed_columns()
    {
        var frame = DataFrame.LoadCsv(SharedData.DataFile("mall_customers.csv"));

        Assert.Multiple(() =>
        {
            Assert.That(frame.Rows.Count, Is.EqualTo(200));
            Assert.That(frame.Columns.Names, Is.EqualTo(new[] { "CustomerID", "Gender", "Age", "Annual Income (k$)", "Spending Score (1-100)" }));
            Assert.That(frame.Columns.Select(c => c.Kind), Is.EqualTo(new[]
            {
                ColumnKind.Numeric, ColumnKind.Categorical, ColumnKind.Numeric, ColumnKind.Numeric, ColumnKind.Numeric,
            }));
            Assert.That(frame.Columns.GetCategorical("Gender").Categories, Is.EqualTo(new[] { "Female", "Male" }));
            Assert.That(frame.Columns.GetNumeric("Annual Income (k$)")[0], Is.EqualTo(15));
        });
    }

    [Test]
    public void Marketing_campaign_loads_tab_separated_with_missing_income_and_day_first_dates()
    {
        var frame = DataFrame.LoadCsv(SharedData.DataFile("marketing_campaign.csv"));

        Assert.Multiple(() =>
        {
            Assert.That(frame.Rows.Count, Is.EqualTo(2240));
            Assert.That(frame.Columns.Count, Is.EqualTo(29));
            Assert.That(frame.Columns["Income"].Kind, Is.EqualTo(ColumnKind.Numeric));
            Assert.That(frame.Columns["Income"].MissingCount, Is.EqualTo(24));
            Assert.That(frame.Columns["Education"].Kind, Is.EqualTo(ColumnKind.Categorical));
            Assert.That(frame.Columns.GetDate("Dt_Customer")[0], Is.EqualTo(new DateTime(2012, 9, 4)));
            Assert.That(frame.Describe()["Dt_Customer"].Earliest, Is.EqualTo(new DateTime(2012, 7, 30)));
            Assert.That(frame.Describe()["Dt_Customer"].Latest, Is.EqualTo(new DateTime(2014, 6, 29)));
        });
    }

    [Test]
    public void Online_retail_loads_from_gzip_with_its_published_counts()
    {
        var frame = DataFrame.LoadCsv(SharedData.DataFile("online_retail.csv.gz"));

        var quantity = frame.Columns.GetNumeric("Quantity").Values;
        var quantitySum = 0.0;
        foreach (var value in quantity)
        {
            quantitySum += value;
        }

        Assert.Multiple(() =>
        {
            Assert.That(frame.Rows.Count, Is.EqualTo(541_909));
            Assert.That(frame.Columns.Count, Is.EqualTo(8));
            Assert.That(frame.Columns["InvoiceNo"].Kind, Is.EqualTo(ColumnKind.Categorical));
            Assert.That(frame.Columns.GetCategorical("InvoiceNo").Categories, Has.Count.EqualTo(25_900));
            Assert.That(frame.Columns["InvoiceDate"].Kind, Is.EqualTo(ColumnKind.Date));
            Assert.That(frame.Columns["CustomerID"].Kind, Is.EqualTo(ColumnKind.Numeric));
            Assert.That(frame.Columns["CustomerID"].MissingCount, Is.EqualTo(135_080));
            Assert.That(frame.Columns["Description"].MissingCount, Is.EqualTo(1_454));
            Assert.That(quantitySum, Is.EqualTo(5_176_450));
            Assert.That(frame.Columns.GetCategorical("Country").Categories, Has.Count.EqualTo(38));
        });
    }
}
