using System.Collections;

namespace Segmentation.Data;

/// <summary>
/// The columns of a <see cref="DataFrame"/>, in order, found by position or by exact (case-sensitive) name.
/// </summary>
public sealed class DataFrameColumnCollection : IReadOnlyList<DataFrameColumn>
{
    private readonly DataFrameColumn[] _columns;
    private readonly Dictionary<string, int> _indexByName;

    internal DataFrameColumnCollection(DataFrameColumn[] columns)
    {
        _columns = columns;
        _indexByName = new Dictionary<string, int>(columns.Length, StringComparer.Ordinal);
        for (var i = 0; i < columns.Length; i++)
        {
            if (!_indexByName.TryAdd(columns[i].Name, i))
            {
                throw new SegmentationDataException(
                    $"Column name '{columns[i].Name}' appears more than once (positions {_indexByName[columns[i].Name]} and {i}); column names must be unique.",
                    columns[i].Name,
                    rowIndex: null,
                    value: null);
            }
        }
    }

    /// <inheritdoc />
    public int Count => _columns.Length;

    /// <summary>Gets the names of the columns, in order.</summary>
    public IReadOnlyList<string> Names => _columns.Select(c => c.Name).ToArray();

    /// <inheritdoc />
    public DataFrameColumn this[int index] => _columns[index];

    /// <summary>Gets the column named <paramref name="name"/>.</summary>
    /// <param name="name">The exact column name.</param>
    /// <exception cref="ColumnNotFoundException">No column has that name; the message suggests the closest names.</exception>
    public DataFrameColumn this[string name] =>
        _indexByName.TryGetValue(Guard.NotNull(name), out var index)
            ? _columns[index]
            : throw new ColumnNotFoundException(name, ColumnNameSuggestions.Closest(name, Names));

    /// <summary>Returns whether a column has exactly the name <paramref name="name"/>.</summary>
    /// <param name="name">The column name.</param>
    public bool Contains(string name) => _indexByName.ContainsKey(Guard.NotNull(name));

    /// <summary>Returns the position of the column named <paramref name="name"/>, or -1.</summary>
    /// <param name="name">The column name.</param>
    public int IndexOf(string name) => _indexByName.TryGetValue(Guard.NotNull(name), out var index) ? index : -1;

    /// <summary>Gets the column named <paramref name="name"/> when it exists.</summary>
    /// <param name="name">The exact column name.</param>
    /// <param name="column">The column, when found.</param>
    public bool TryGetColumn(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out DataFrameColumn? column)
    {
        if (_indexByName.TryGetValue(Guard.NotNull(name), out var index))
        {
            column = _columns[index];
            return true;
        }

        column = null;
        return false;
    }

    /// <summary>Gets the numeric column named <paramref name="name"/>.</summary>
    /// <param name="name">The exact column name.</param>
    /// <exception cref="ColumnNotFoundException">No column has that name.</exception>
    /// <exception cref="SegmentationDataException">The column is not numeric.</exception>
    public NumericColumn GetNumeric(string name) => As<NumericColumn>(name, ColumnKind.Numeric);

    /// <summary>Gets the categorical column named <paramref name="name"/>.</summary>
    /// <param name="name">The exact column name.</param>
    /// <exception cref="ColumnNotFoundException">No column has that name.</exception>
    /// <exception cref="SegmentationDataException">The column is not categorical.</exception>
    public CategoricalColumn GetCategorical(string name) => As<CategoricalColumn>(name, ColumnKind.Categorical);

    /// <summary>Gets the date column named <paramref name="name"/>.</summary>
    /// <param name="name">The exact column name.</param>
    /// <exception cref="ColumnNotFoundException">No column has that name.</exception>
    /// <exception cref="SegmentationDataException">The column is not a date column.</exception>
    public DateColumn GetDate(string name) => As<DateColumn>(name, ColumnKind.Date);

    /// <inheritdoc />
    public IEnumerator<DataFrameColumn> GetEnumerator() => ((IEnumerable<DataFrameColumn>)_columns).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private T As<T>(string name, ColumnKind kind)
        where T : DataFrameColumn
    {
        var column = this[name];
        return column as T ?? throw new SegmentationDataException(
            $"Column '{name}' is {column.Kind}, not {kind}.", name, rowIndex: null, value: null);
    }
}
