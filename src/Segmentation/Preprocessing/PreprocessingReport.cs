using System.Globalization;
using System.Text;
using Segmentation.Data;

namespace Segmentation.Preprocessing;

/// <summary>
/// What the preprocessing did to one frame: columns selected and dropped (with reasons), values imputed, categories
/// encoded and unknown categories met, rows excluded (at fit time) or flagged (at scoring time), by row id.
/// Nothing is dropped silently: every removal lands here.
/// </summary>
/// <remarks>
/// A report is filled by one fit or one transform and is not thread-safe; use a new report for each call.
/// Rows are identified by the value of <see cref="IdColumnName"/> when it is given, else by their zero-based index in
/// the frame the preprocessing started from (indices stay those of the original frame after rows are excluded).
/// </remarks>
public sealed class PreprocessingReport
{
    private readonly List<string> _selectedColumns = [];
    private readonly List<DroppedColumn> _droppedColumns = [];
    private readonly List<ImputedValues> _imputedValues = [];
    private readonly List<EncodedColumn> _encodedColumns = [];
    private readonly List<UnknownCategory> _unknownCategories = [];
    private readonly List<ExcludedRow> _excludedRows = [];
    private readonly List<ExcludedRow> _flaggedRows = [];
    private readonly List<string> _notes = [];
    private string[]? _rowIds;
    private int[]? _originalRows;

    /// <summary>Creates an empty report.</summary>
    /// <param name="idColumnName">
    /// The column that identifies rows (e.g. "CustomerID"), or <see langword="null"/> to identify rows by their
    /// zero-based index. When given, it must exist in the first frame the report sees.
    /// </param>
    public PreprocessingReport(string? idColumnName = null)
    {
        if (idColumnName is not null)
        {
            Guard.NotNullOrWhiteSpace(idColumnName);
        }

        IdColumnName = idColumnName;
    }

    /// <summary>Gets the column that identifies rows, or <see langword="null"/> when rows are identified by index.</summary>
    public string? IdColumnName { get; }

    /// <summary>Gets the columns a selection step kept, in order.</summary>
    public IReadOnlyList<string> SelectedColumns => _selectedColumns;

    /// <summary>Gets the columns removed (not selected, constant, low variance, correlated, replaced), with reasons.</summary>
    public IReadOnlyList<DroppedColumn> DroppedColumns => _droppedColumns;

    /// <summary>Gets the missing values filled, per column, with the fill value and the count.</summary>
    public IReadOnlyList<ImputedValues> ImputedValues => _imputedValues;

    /// <summary>Gets the categorical columns one-hot encoded and their categories.</summary>
    public IReadOnlyList<EncodedColumn> EncodedColumns => _encodedColumns;

    /// <summary>Gets the rows whose category was unknown (or missing) and were encoded as all zeros.</summary>
    public IReadOnlyList<UnknownCategory> UnknownCategories => _unknownCategories;

    /// <summary>Gets the rows a filter excluded while fitting, by id, with the reason.</summary>
    public IReadOnlyList<ExcludedRow> ExcludedRows => _excludedRows;

    /// <summary>
    /// Gets the rows a filter would have excluded, met while scoring new data: at scoring time rows are never
    /// dropped (every customer gets a segment), only reported here.
    /// </summary>
    public IReadOnlyList<ExcludedRow> FlaggedRows => _flaggedRows;

    /// <summary>Gets other facts worth knowing (zero denominators set missing, a robust scale of 1 for a zero IQR, ...).</summary>
    public IReadOnlyList<string> Notes => _notes;

    /// <summary>Returns a readable multi-line summary.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Preprocessing report: {_selectedColumns.Count} columns selected, {_droppedColumns.Count} dropped, ");
        text.Append(CultureInfo.InvariantCulture, $"{_imputedValues.Sum(i => i.Count)} values imputed, {_excludedRows.Count} rows excluded, {_flaggedRows.Count} rows flagged.");
        foreach (var dropped in _droppedColumns)
        {
            text.AppendLine().Append(CultureInfo.InvariantCulture, $"  dropped column '{dropped.Column}' ({dropped.Step}): {dropped.Reason}");
        }

        foreach (var imputed in _imputedValues)
        {
            text.AppendLine().Append(CultureInfo.InvariantCulture, $"  imputed {imputed.Count} values in '{imputed.Column}' with {imputed.FillValue}");
        }

        foreach (var row in _excludedRows)
        {
            text.AppendLine().Append(CultureInfo.InvariantCulture, $"  excluded {Describe(row.RowIndex, row.RowId)} ({row.Step}): {row.Reason}");
        }

        foreach (var row in _flaggedRows)
        {
            text.AppendLine().Append(CultureInfo.InvariantCulture, $"  flagged {Describe(row.RowIndex, row.RowId)} ({row.Step}): {row.Reason}");
        }

        foreach (var unknown in _unknownCategories)
        {
            text.AppendLine().Append(CultureInfo.InvariantCulture, $"  {Describe(unknown.RowIndex, unknown.RowId)}: '{unknown.Column}' = '{unknown.Category}' unknown, encoded as zeros");
        }

        foreach (var note in _notes)
        {
            text.AppendLine().Append("  ").Append(note);
        }

        return text.ToString();
    }

    /// <summary>
    /// Starts tracking row ids for <paramref name="frame"/> unless rows of this length are already tracked
    /// (the frame is the same rows, transformed by an earlier step).
    /// </summary>
    internal void Attach(DataFrame frame)
    {
        var count = frame.Rows.Count;
        if (_rowIds is not null && _rowIds.Length == count)
        {
            return;
        }

        var ids = new string[count];
        var original = new int[count];
        var idColumn = IdColumnName is null ? null : frame.Columns[IdColumnName];
        for (var row = 0; row < count; row++)
        {
            original[row] = row;
            ids[row] = idColumn is null || idColumn.IsMissing(row)
                ? row.ToString(CultureInfo.InvariantCulture)
                : idColumn.FormatValue(row);
        }

        _rowIds = ids;
        _originalRows = original;
    }

    /// <summary>Keeps tracking only the given rows (of the current frame), after a filter dropped the others.</summary>
    internal void RetainRows(ReadOnlySpan<int> kept)
    {
        System.Diagnostics.Debug.Assert(_rowIds is not null && _originalRows is not null, "Attach first");
        var ids = new string[kept.Length];
        var original = new int[kept.Length];
        for (var i = 0; i < kept.Length; i++)
        {
            ids[i] = _rowIds[kept[i]];
            original[i] = _originalRows[kept[i]];
        }

        _rowIds = ids;
        _originalRows = original;
    }

    /// <summary>The id of a row of the current frame.</summary>
    internal string RowId(int row) => _rowIds is null ? row.ToString(CultureInfo.InvariantCulture) : _rowIds[row];

    /// <summary>The index in the original frame of a row of the current frame.</summary>
    internal int OriginalRow(int row) => _originalRows is null ? row : _originalRows[row];

    /// <summary>"row 3" or "row 3 (CustomerID=1004)" for a row of the current frame, for messages.</summary>
    internal string DescribeRow(int row) => Describe(OriginalRow(row), RowId(row));

    private string Describe(int originalRow, string rowId) =>
        IdColumnName is null ? $"row {originalRow}" : $"row {originalRow} ({IdColumnName}={rowId})";

    internal void Select(IEnumerable<string> columns) => _selectedColumns.AddRange(columns);

    internal void Drop(string column, string step, string reason) => _droppedColumns.Add(new DroppedColumn(column, step, reason));

    internal void Imputed(string column, string fillValue, int count) => _imputedValues.Add(new ImputedValues(column, fillValue, count));

    internal void Encoded(EncodedColumn encoded) => _encodedColumns.Add(encoded);

    internal void Unknown(string column, string? category, int row) =>
        _unknownCategories.Add(new UnknownCategory(column, category, RowId(row), OriginalRow(row)));

    internal void Exclude(int row, string step, string reason) =>
        _excludedRows.Add(new ExcludedRow(RowId(row), OriginalRow(row), step, reason));

    internal void Flag(int row, string step, string reason) =>
        _flaggedRows.Add(new ExcludedRow(RowId(row), OriginalRow(row), step, reason));

    internal void Note(string note) => _notes.Add(note);
}
