using Segmentation.Data;

namespace Segmentation.Preprocessing;

/// <summary>Options of <see cref="OneHotEncode"/>.</summary>
public sealed record OneHotEncodingOptions
{
    /// <summary>Gets the categorical columns encoded; <see langword="null"/> (the default) encodes every categorical column except the id column (<see cref="PreprocessingReport.IdColumnName"/>).</summary>
    public IReadOnlyList<string>? Columns { get; init; }

    /// <summary>Gets the text between column and category in indicator names. Default <see cref="Defaults.OneHotSeparator"/> ("_").</summary>
    public string Separator { get; init; } = Defaults.OneHotSeparator;
}

/// <summary>
/// Replaces each categorical column by one 0/1 indicator column per category seen at fit time, in the same position,
/// categories in ordinal (culture-independent) order: "Gender" becomes "Gender_Female", "Gender_Male".
/// A category not seen at fit time (at scoring time) or a missing value (at fit or scoring time) is encoded as all
/// zeros and listed in <see cref="PreprocessingReport.UnknownCategories"/> with the row id; impute first to avoid it.
/// </summary>
public sealed class OneHotEncode : PreprocessingStep
{
    /// <summary>Creates the step for the named columns, or every categorical column when none is named.</summary>
    /// <param name="columns">The categorical columns to encode; none means all.</param>
    /// <exception cref="ArgumentException">A name is blank or repeated.</exception>
    public OneHotEncode(params string[] columns)
        : this(new OneHotEncodingOptions { Columns = columns is null || columns.Length == 0 ? null : columns })
    {
    }

    /// <summary>Creates the step from options.</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentException">A name is blank or repeated, or the separator is <see langword="null"/>.</exception>
    public OneHotEncode(OneHotEncodingOptions options)
    {
        Guard.NotNull(options);
        Guard.NotNull(options.Separator, "Separator");
        Options = options with { Columns = ColumnNames.ValidateOptional(options.Columns, "Columns") };
    }

    /// <summary>Gets the validated options.</summary>
    public OneHotEncodingOptions Options { get; }

    /// <inheritdoc />
    public override string ToString() =>
        Options.Columns is null ? $"{Name}(all categorical columns)" : $"{Name}({ColumnNames.Quote(Options.Columns)})";

    private protected override FittedStep FitCore(DataFrame training, PreprocessingReport report)
    {
        var columns = Options.Columns is null
            ? ColumnNames.Default(training, report).OfType<CategoricalColumn>().ToArray()
            : Options.Columns.Select(training.Columns.GetCategorical).ToArray();
        var encoded = new List<CategoryColumns>(columns.Length);
        var existing = new HashSet<string>(training.Columns.Names, StringComparer.Ordinal);
        foreach (var column in columns)
        {
            existing.Remove(column.Name);
        }

        foreach (var column in columns)
        {
            var categories = column.Categories.ToArray();
            if (categories.Length == 0)
            {
                Guard.ThrowData($"Column '{column.Name}' has no categories to encode (all {column.Length} rows are missing).", column.Name);
            }

            var outputs = categories.Select(category => column.Name + Options.Separator + category).ToArray();
            foreach (var output in outputs)
            {
                if (!existing.Add(output))
                {
                    Guard.ThrowData($"One-hot column '{output}' (from '{column.Name}') would duplicate an existing column name.", output);
                }
            }

            encoded.Add(new CategoryColumns(column.Name, categories, outputs));
            report.Encoded(new EncodedColumn(column.Name, categories, outputs));
            report.Drop(column.Name, Name, $"replaced by {outputs.Length} indicator columns");
        }

        return new FittedOneHotEncoding(encoded);
    }
}

/// <summary>One encoded column: its categories and the indicator column of each.</summary>
/// <param name="Column">The categorical column.</param>
/// <param name="Categories">The categories learned at fit time, in ordinal order.</param>
/// <param name="OutputColumns">The indicator column names, one per category, same order.</param>
public sealed record CategoryColumns(string Column, IReadOnlyList<string> Categories, IReadOnlyList<string> OutputColumns);

/// <summary>The fitted <see cref="OneHotEncode"/>: the categories of each encoded column.</summary>
/// <param name="Columns">The encoded columns.</param>
public sealed record FittedOneHotEncoding(IReadOnlyList<CategoryColumns> Columns) : FittedStep
{
    /// <inheritdoc />
    public override string ToString() => $"OneHotEncode({string.Join(", ", Columns.Select(c => $"'{c.Column}': {string.Join("/", c.Categories)}"))})";

    private protected override DataFrame TransformCore(DataFrame frame, PreprocessingReport report, bool training)
    {
        var byName = Columns.ToDictionary(c => c.Column, StringComparer.Ordinal);
        foreach (var encoded in Columns)
        {
            _ = frame.Columns.GetCategorical(encoded.Column);
        }

        var result = new List<DataFrameColumn>(frame.Columns.Count);
        foreach (var column in frame.Columns)
        {
            if (byName.TryGetValue(column.Name, out var encoded))
            {
                result.AddRange(Encode((CategoricalColumn)column, encoded, report));
            }
            else
            {
                result.Add(column);
            }
        }

        return new DataFrame(result);
    }

    private static NumericColumn[] Encode(CategoricalColumn column, CategoryColumns encoded, PreprocessingReport report)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < encoded.Categories.Count; i++)
        {
            index[encoded.Categories[i]] = i;
        }

        var indicators = new double[encoded.Categories.Count][];
        for (var i = 0; i < indicators.Length; i++)
        {
            indicators[i] = new double[column.Length];
        }

        for (var row = 0; row < column.Length; row++)
        {
            if (column[row] is { } value && index.TryGetValue(value, out var category))
            {
                indicators[category][row] = 1;
            }
            else
            {
                report.Unknown(column.Name, column[row], row);
            }
        }

        return indicators.Select((values, i) => NumericColumn.Wrap(encoded.OutputColumns[i], values)).ToArray();
    }
}
