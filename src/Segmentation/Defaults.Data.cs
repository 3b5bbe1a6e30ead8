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
    /// Date formats <c>DataFrame.LoadCsv</c> tries, in this order, after any the caller gives (invariant culture):
    /// ISO <c>yyyy-MM-dd</c>, <c>yyyy-MM-dd HH:mm:ss</c> (with optional fraction), <c>yyyy-MM-ddTHH:mm:ss</c>,
    /// <c>yyyy-MM-dd HH:mm</c>, <c>yyyy/MM/dd</c>, then day-first <c>dd-MM-yyyy</c>, <c>dd/MM/yyyy</c>, <c>dd.MM.yyyy</c>
    /// before month-first <c>MM-dd-yyyy</c>, <c>MM/dd/yyyy</c> (each also with <c>HH:mm:ss</c> and <c>HH:mm</c>).
    /// A column is read as dates when one format parses every value, the first such format winning; so a column
    /// whose values all have day and month &lt;= 12 is read day-first, and one with a value like 12-25-2012 month-first.
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
