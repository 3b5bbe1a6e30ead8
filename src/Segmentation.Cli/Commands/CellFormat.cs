using System.Globalization;

namespace Segmentation.Cli.Commands;

/// <summary>How numbers read in tables: invariant culture, at most two decimals.</summary>
internal static class CellFormat
{
    public static string Number(double value) =>
        double.IsNaN(value) ? string.Empty : value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Metric(double? value) =>
        value is { } v ? v.ToString("0.####", CultureInfo.InvariantCulture) : "n/a";

    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Percent(double share) => share.ToString("0.0%", CultureInfo.InvariantCulture);
}
