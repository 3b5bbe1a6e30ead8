using System.Globalization;
using Segmentation.Data;
using Segmentation.Tests.Support;

namespace Segmentation.Tests.Preprocessing;

/// <summary>
/// Reads ../shared/data/mall_customers.csv with a plain split (the file has no quotes or blanks), so that these tests do
/// not depend on the CSV loader.
/// </summary>
internal static class MallCustomers
{
    public static DataFrame Load()
    {
        var lines = File.ReadAllLines(SharedData.DataFile("mall_customers.csv")).Skip(1).Where(l => l.Length > 0)
            .Select(l => l.Split(',')).ToArray();
        double Number(string[] fields, int index) => double.Parse(fields[index], CultureInfo.InvariantCulture);
        return new DataFrame(
            new NumericColumn("CustomerID", lines.Select(f => Number(f, 0))),
            new CategoricalColumn("Gender", lines.Select(f => (string?)f[1])),
            new NumericColumn("Age", lines.Select(f => Number(f, 2))),
            new NumericColumn("Annual Income (k$)", lines.Select(f => Number(f, 3))),
            new NumericColumn("Spending Score (1-100)", lines.Select(f => Number(f, 4))));
    }
}
