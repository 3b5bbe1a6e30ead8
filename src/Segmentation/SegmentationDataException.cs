namespace Segmentation;

/// <summary>
/// A problem with the data itself: a value that cannot be parsed, a missing value where none is allowed,
/// a column that is not there, too few rows. The message quotes the value and names the column and the row;
/// the same facts are available as properties.
/// </summary>
public class SegmentationDataException : SegmentationException
{
    /// <summary>Creates an exception with no message.</summary>
    public SegmentationDataException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public SegmentationDataException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the exception that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public SegmentationDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception that names where in the data the problem is.</summary>
    /// <param name="message">What went wrong; it should already quote the value, column and row.</param>
    /// <param name="columnName">The column, or <see langword="null"/> when the problem is not in one column.</param>
    /// <param name="rowIndex">The zero-based data row (not counting a header), or <see langword="null"/>.</param>
    /// <param name="value">The offending value as text, or <see langword="null"/>.</param>
    /// <param name="innerException">The cause, or <see langword="null"/>.</param>
    public SegmentationDataException(string message, string? columnName, int? rowIndex, string? value, Exception? innerException = null)
        : base(message, innerException!)
    {
        ColumnName = columnName;
        RowIndex = rowIndex;
        Value = value;
    }

    /// <summary>Gets the column the problem is in, when there is one.</summary>
    public string? ColumnName { get; }

    /// <summary>Gets the zero-based data row the problem is in, when there is one.</summary>
    public int? RowIndex { get; }

    /// <summary>Gets the offending value as text, when there is one.</summary>
    public string? Value { get; }
}
