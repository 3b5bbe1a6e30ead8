namespace Segmentation.Preprocessing;

/// <summary>A column a step removed, and why.</summary>
/// <param name="Column">The column name.</param>
/// <param name="Step">The step that removed it, e.g. "DropCorrelated".</param>
/// <param name="Reason">Why, quoting the numbers, e.g. "|r|=0.98 with 'Income' is above 0.95".</param>
public sealed record DroppedColumn(string Column, string Step, string Reason);

/// <summary>Missing values a step filled in one column.</summary>
/// <param name="Column">The column name.</param>
/// <param name="FillValue">The value written, as invariant text.</param>
/// <param name="Count">How many values were filled.</param>
public sealed record ImputedValues(string Column, string FillValue, int Count);

/// <summary>A categorical column one-hot encoded into indicator columns.</summary>
/// <param name="Column">The categorical column.</param>
/// <param name="Categories">The categories learned at fit time, in ordinal order.</param>
/// <param name="OutputColumns">The indicator columns, one per category, in the same order.</param>
public sealed record EncodedColumn(string Column, IReadOnlyList<string> Categories, IReadOnlyList<string> OutputColumns);

/// <summary>A row whose category was not seen at fit time (or was missing): it was encoded as all zeros.</summary>
/// <param name="Column">The categorical column.</param>
/// <param name="Category">The unseen category, or <see langword="null"/> when the value was missing.</param>
/// <param name="RowId">The row's id: the id column's value, or the zero-based row index when there is no id column.</param>
/// <param name="RowIndex">The zero-based row index in the frame the preprocessing started from.</param>
public sealed record UnknownCategory(string Column, string? Category, string RowId, int RowIndex);

/// <summary>A row a filter excluded at fit time, or flagged (and kept) at scoring time.</summary>
/// <param name="RowId">The row's id: the id column's value, or the zero-based row index when there is no id column.</param>
/// <param name="RowIndex">The zero-based row index in the frame the preprocessing started from.</param>
/// <param name="Step">The filter, e.g. "ExcludeOutliers".</param>
/// <param name="Reason">Why, quoting the value, the column and the bound.</param>
public sealed record ExcludedRow(string RowId, int RowIndex, string Step, string Reason);
