namespace Segmentation.Preprocessing;

/// <summary>The log1p transform shared by <see cref="Log1pOf"/> and <see cref="NormalizationOptions.Log1p"/>.</summary>
internal static class Log1p
{
    public static double Apply(double value, string column, int row, PreprocessingReport report)
    {
        if (value < 0)
        {
            Guard.ThrowData(
                $"log1p needs values >= 0, but column '{column}' has {Guard.Format(value)} in {report.DescribeRow(row)}.",
                column,
                report.OriginalRow(row),
                Guard.Format(value));
        }

        return Accurate(value);
    }

    /// <summary>
    /// log(1 + x) to about an ulp for every x &gt;= 0. Below 0.5 the rounding of u = 1 + x matters and Goldberg's
    /// correction log(u) * x / (u - 1) cancels it; above, log(1 + x) is already as close. NaN (missing) stays NaN.
    /// </summary>
    private static double Accurate(double value)
    {
        if (!(value < 0.5))
        {
            return Math.Log(1 + value);
        }

        var u = 1 + value;
        return u == 1 ? value : Math.Log(u) * value / (u - 1);
    }
}
