using Segmentation.Data;
using Segmentation.Tests.Support;

namespace Segmentation.Tests.Preprocessing;

/// <summary>The real data sets the preprocessing tests read from ../shared/data, loaded with the library's CSV reader.</summary>
internal static class RealData
{
    /// <summary>mall_customers.csv: 200 rows, CustomerID, Gender, Age, Annual Income (k$), Spending Score (1-100).</summary>
    public static DataFrame Mall() => DataFrame.LoadCsv(SharedData.DataFile("mall_customers.csv"));

    /// <summary>marketing_campaign.csv: TAB separated, 24 blank Income cells, Dt_Customer as dd-MM-yyyy dates.</summary>
    public static DataFrame Marketing() =>
        DataFrame.LoadCsv(SharedData.DataFile("marketing_campaign.csv"), new CsvLoadOptions { DateFormats = { "dd-MM-yyyy" } });
}
