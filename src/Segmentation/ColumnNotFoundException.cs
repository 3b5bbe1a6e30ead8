namespace Segmentation;

/// <summary>
/// A column was asked for by a name the frame does not have. The message lists the closest existing names.
/// </summary>
public sealed class ColumnNotFoundException : SegmentationDataException
{
    /// <summary>Creates the exception for a missing column.</summary>
    /// <param name="columnName">The name that was asked for.</param>
    /// <param name="suggestions">The closest existing names, best first; may be empty.</param>
    public ColumnNotFoundException(string columnName, IReadOnlyList<string> suggestions)
        : base(BuildMessage(columnName, suggestions), columnName, rowIndex: null, value: null)
    {
        Suggestions = suggestions;
    }

    /// <summary>Gets the closest existing column names, best first.</summary>
    public IReadOnlyList<string> Suggestions { get; }

    private static string BuildMessage(string columnName, IReadOnlyList<string> suggestions) =>
        suggestions.Count == 0
            ? $"Column '{columnName}' was not found."
            : $"Column '{columnName}' was not found. Did you mean {string.Join(", ", suggestions.Select(s => $"'{s}'"))}?";
}
