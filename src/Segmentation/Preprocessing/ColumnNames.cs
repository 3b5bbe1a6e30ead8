using Segmentation.Data;

namespace Segmentation.Preprocessing;

/// <summary>Validation and resolution of the column lists steps take.</summary>
internal static class ColumnNames
{
    /// <summary>Copies and checks a list of names: no null, empty or duplicate entry; at least one name.</summary>
    public static string[] Validate(IEnumerable<string>? names, string parameterName)
    {
        if (names is null)
        {
            Guard.ThrowArgumentNull(parameterName);
        }

        var array = names.ToArray();
        if (array.Length == 0)
        {
            Guard.ThrowArgument($"{parameterName} must name at least one column.", parameterName);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in array)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                Guard.ThrowArgument($"{parameterName} must not contain a null, empty or white-space name.", parameterName);
            }

            if (!seen.Add(name))
            {
                Guard.ThrowArgument($"{parameterName} names column '{name}' more than once.", parameterName);
            }
        }

        return array;
    }

    /// <summary>Validates an optional list (null means "every suitable column").</summary>
    public static string[]? ValidateOptional(IEnumerable<string>? names, string parameterName) =>
        names is null ? null : Validate(names, parameterName);

    /// <summary>
    /// The named numeric columns, or when <paramref name="names"/> is null every numeric column except the report's
    /// id column (an id is never a feature).
    /// </summary>
    public static NumericColumn[] Numeric(DataFrame frame, IReadOnlyList<string>? names, PreprocessingReport report) =>
        names is null
            ? [.. Default(frame, report).OfType<NumericColumn>()]
            : [.. names.Select(frame.Columns.GetNumeric)];

    /// <summary>The columns a step with no column list works on: every column except the report's id column.</summary>
    public static IEnumerable<DataFrameColumn> Default(DataFrame frame, PreprocessingReport report) =>
        frame.Columns.Where(c => c.Name != report.IdColumnName);

    public static string Quote(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"'{n}'"));
}
