using System.Globalization;
using Segmentation.Data;
using Segmentation.Tests.Support;

namespace Segmentation.Tests.Preprocessing;

/// <summary>
/// Reads ../shared/data/marketing_campaign.csv (TAB separated, CRLF, blank Income cells) with a plain split, so that
/// these tests do not depend on the CSV loader. Education and Marital_Status are categorical, Dt_Customer a date.
/// </summary>
internal static class MarketingCampaign
{
    private static readonly string[] Text = ["Education", "Marital_Status"];

    public static DataFrame Load()
    {
        var lines = File.ReadAllLines(SharedData.DataFile("marketing_campaign.csv")).Where(l => l.Length > 0)
            .Select(l => l.TrimEnd('\r').Split('\t')).ToArray();
        var header = lines[0];
        var rows = lines[1..];
        var columns = new List<DataFrameColumn>();
        for (var c = 0; c < header.Length; c++)
        {
            var index = c;
            var name = header[c];
            if (Text.Contains(name))
            {
                columns.Add(new CategoricalColumn(name, rows.Select(r => (string?)r[index])));
            }
            else if (name == "Dt_Customer")
            {
                columns.Add(new DateColumn(name, rows.Select(r => (DateTime?)DateTime.ParseExact(r[index], "dd-MM-yyyy", CultureInfo.InvariantCulture))));
            }
            else
            {
                columns.Add(new NumericColumn(name, rows.Select(r => r[index].Length == 0 ? double.NaN : double.Parse(r[index], CultureInfo.InvariantCulture))));
            }
        }

        return new DataFrame(columns);
    }
}
