using System.Globalization;

namespace Segmentation.Profiling;

/// <summary>Invariant-culture number formats shared by the renderings.</summary>
internal static class ProfileFormat
{
    /// <summary>A share as a whole percent without a space: 0.195 -> "20%" (the invariant culture would write "20 %").</summary>
    public static string Percent(double share) =>
        double.IsNaN(share) ? "-" : (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    /// <summary>A share with one decimal: 0.1953 -> "19.5%".</summary>
    public static string PercentOneDecimal(double share) =>
        double.IsNaN(share) ? "-" : (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    /// <summary>A statistic for a table: up to two decimals, "-" when missing.</summary>
    public static string Number(double value) =>
        double.IsNaN(value) ? "-" : value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A value for machine-readable CSV: round-trippable, empty when missing.</summary>
    public static string Exact(double value) =>
        double.IsNaN(value) ? string.Empty : value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>An effect size with its sign: "+1.05", "-0.20".</summary>
    public static string Effect(double value) =>
        double.IsNaN(value) ? "-" : value.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture);
}
