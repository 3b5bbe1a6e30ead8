namespace Segmentation;

public static partial class Defaults
{
    /// <summary>
    /// Cell texts read as missing by <c>DataFrame.LoadCsv</c> (compared exactly, case-sensitive):
    /// "", "NA", "N/A", "NaN", "nan", "null", "NULL", "None", "-". A cell of only white space is missing as well.
    /// </summary>
    public static IReadOnlyList<string> MissingValueTokens { get; } = ["", "NA", "N/A", "NaN", "nan", "null", "NULL", "None", "-"];

    /// <summary>
    /// Separators <c>DataFrame.LoadCsv</c> chooses from when none is given: comma, tab and semicolon. The one that occurs
    /// most often (outside quotes) in the first non-blank line wins; ties go to the earlier one in this list, and a line
    /// with none of them is read as a single column separated by commas.
    /// </summary>
    public static IReadOnlyList<char> CsvSeparators { get; } = [',', '\t', ';'];

    /// <summary>
    /// Date formats <c>DataFrame.LoadCsv</c> tries after any the caller gives (invariant culture), in three groups by
    /// their first field: year first (ISO <c>yyyy-MM-dd</c>, <c>yyyy-MM-dd HH:mm:ss</c> with an optional fraction, the
    /// same with 'T', <c>yyyy-MM-dd HH:mm</c>, <c>yyyy/MM/dd</c>), then day first (<c>dd-MM-yyyy</c>, <c>dd/MM/yyyy</c>,
    /// <c>dd.MM.yyyy</c>, with <c>HH:mm:ss</c> or <c>HH:mm</c>), then month first (<c>MM-dd-yyyy</c>, <c>MM/dd/yyyy</c>,
    /// likewise). A column is read as dates when the formats of one group parse every value, the first such group
    /// winning: so a column whose days and months are all &lt;= 12 is read day first (04-09-2012 is 4 September 2012),
    /// one holding 12-25-2012 month first, and one mixing both is text.
    /// </summary>
    public static IReadOnlyList<string> DateFormats { get; } =
    [
        "yyyy-MM-dd",
        "yyyy-MM-dd HH:mm:ss",
        "yyyy-MM-dd HH:mm:ss.FFFFFFF",
        "yyyy-MM-ddTHH:mm:ss",
        "yyyy-MM-ddTHH:mm:ss.FFFFFFF",
        "yyyy-MM-dd HH:mm",
        "yyyy/MM/dd",
        "dd-MM-yyyy",
        "dd-MM-yyyy HH:mm:ss",
        "dd-MM-yyyy HH:mm",
        "dd/MM/yyyy",
        "dd/MM/yyyy HH:mm:ss",
        "dd/MM/yyyy HH:mm",
        "dd.MM.yyyy",
        "MM-dd-yyyy",
        "MM-dd-yyyy HH:mm:ss",
        "MM-dd-yyyy HH:mm",
        "MM/dd/yyyy",
        "MM/dd/yyyy HH:mm:ss",
        "MM/dd/yyyy HH:mm",
    ];
}
