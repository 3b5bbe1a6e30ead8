using System.Globalization;
using System.Text;

namespace Segmentation.Data;

/// <summary>
/// How <see cref="DataFrame.LoadCsv(string, CsvLoadOptions?)"/> reads a CSV file. Every property has a default that
/// reads the common files (comma, tab or semicolon separated, UTF-8 with or without BOM, a header row) as they are.
/// </summary>
/// <example>
/// <code>
/// var options = new CsvLoadOptions
/// {
///     ColumnTypes = { ["Income"] = ColumnKind.Numeric, ["ID"] = ColumnKind.Categorical },
///     DateFormats = { "dd-MM-yyyy" },
/// };
/// var customers = DataFrame.LoadCsv("marketing_campaign.csv", options);
/// </code>
/// </example>
/// <remarks>
/// The collections are created with the options and filled through collection initializers; a copy made with
/// <c>with</c> shares them.
/// </remarks>
public sealed record CsvLoadOptions
{
    /// <summary>
    /// Gets the field separator. Default <see langword="null"/>: chosen from <see cref="Defaults.CsvSeparators"/>
    /// (comma, tab, semicolon) by counting them in the first non-blank line.
    /// </summary>
    public char? Separator { get; init; }

    /// <summary>
    /// Gets whether the first non-blank line holds the column names. Default <see langword="true"/>. Without a header
    /// the columns are named <c>Column1</c>, <c>Column2</c>, ... .
    /// </summary>
    public bool HasHeader { get; init; } = true;

    /// <summary>
    /// Gets the cell texts read as missing, compared exactly. Default <see cref="Defaults.MissingValueTokens"/>
    /// ("", "NA", "N/A", "NaN", "nan", "null", "NULL", "None", "-"); a cell of only white space is always missing.
    /// Add tokens with a collection initializer, or <c>Clear()</c> it first to replace them.
    /// </summary>
    public ISet<string> MissingValueTokens { get; } = new HashSet<string>(Defaults.MissingValueTokens, StringComparer.Ordinal);

    /// <summary>
    /// Gets column kinds given by header name, overriding inference. Default empty: every column is inferred from all
    /// of its values (numeric when every value is a number, date when one date format parses every value, else
    /// categorical; a column with no values is numeric). A value that does not fit a given kind is an error naming
    /// it, its column, row and line. Every name must be a column of the file.
    /// </summary>
    public IDictionary<string, ColumnKind> ColumnTypes { get; } = new Dictionary<string, ColumnKind>(StringComparer.Ordinal);

    /// <summary>
    /// Gets extra date formats (<see cref="DateTime.ParseExact(string, string, IFormatProvider)"/> patterns), tried in
    /// order before <see cref="Defaults.DateFormats"/>. Default empty. Give <c>"MM-dd-yyyy"</c> here to read an
    /// ambiguous month-first column, which the defaults read day-first.
    /// </summary>
    public IList<string> DateFormats { get; } = new List<string>();

    /// <summary>
    /// Gets the culture numbers and dates are parsed with. Default <see cref="CultureInfo.InvariantCulture"/>
    /// (decimal point '.', no thousands separators).
    /// </summary>
    public CultureInfo Culture { get; init; } = CultureInfo.InvariantCulture;

    /// <summary>
    /// Gets the text encoding. Default <see langword="null"/>: UTF-8 (a UTF-8 or UTF-16 byte order mark is honoured),
    /// and bytes that are not valid UTF-8 are an error naming the line, row and column; give
    /// <see cref="Encoding.Latin1"/> (or the file's code page) to read such a file.
    /// </summary>
    public Encoding? Encoding { get; init; }

    /// <summary>
    /// Gets whether a file with a header but no data rows loads as a frame with no rows. Default
    /// <see langword="false"/>: such a file is an error, since it is usually a failed export.
    /// </summary>
    public bool AllowNoDataRows { get; init; }
}
