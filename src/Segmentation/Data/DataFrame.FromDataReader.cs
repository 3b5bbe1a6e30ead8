using System.Data;
using System.Globalization;

namespace Segmentation.Data;

public sealed partial class DataFrame
{
    /// <summary>
    /// Reads every remaining row of <paramref name="reader"/> into a frame, one column per field, named as the reader
    /// names them. A column's kind comes from its values: numbers give a numeric column, <see cref="DateTime"/>,
    /// <see cref="DateOnly"/> and <see cref="DateTimeOffset"/> (as UTC) a date column, text and other values a
    /// categorical one (invariant culture). Text in a field whose database type name contains DATE or TIME (SQLite
    /// stores dates as text) becomes a date column when every value parses as an invariant-culture date.
    /// <see cref="DBNull"/> is missing; a column with only missing values takes its kind from
    /// <see cref="IDataRecord.GetFieldType"/> (numeric when that has none). The reader is not closed.
    /// </summary>
    /// <param name="reader">An open reader, positioned before its first row.</param>
    /// <returns>The frame.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    /// <exception cref="SegmentationDataException">Two fields share a name, or a value is binary (the message names the column and row).</exception>
    public static DataFrame FromDataReader(IDataReader reader)
    {
        Guard.NotNull(reader);
        var fieldCount = reader.FieldCount;
        var names = new string[fieldCount];
        var values = new List<object?>[fieldCount];
        for (var i = 0; i < fieldCount; i++)
        {
            names[i] = reader.GetName(i);
            values[i] = [];
        }

        var row = 0;
        while (reader.Read())
        {
            for (var i = 0; i < fieldCount; i++)
            {
                var value = reader.IsDBNull(i) ? null : reader.GetValue(i);
                if (value is byte[])
                {
                    Guard.ThrowData(
                        $"Column '{names[i]}' row index {row} holds binary data, which has no column kind.", names[i], row, null);
                }

                values[i].Add(value);
            }

            row++;
        }

        var columns = new DataFrameColumn[fieldCount];
        for (var i = 0; i < fieldCount; i++)
        {
            columns[i] = BuildReaderColumn(reader, i, names[i], values[i]);
        }

        return new DataFrame(columns);
    }

    private static DataFrameColumn BuildReaderColumn(IDataReader reader, int ordinal, string name, List<object?> values)
    {
        var present = values.Where(v => v is not null).Select(v => v!).ToArray();
        if (present.Length == 0)
        {
            var declared = ClrValueKinds.KindOf(reader.GetFieldType(ordinal)) ?? ColumnKind.Numeric;
            return ClrValueKinds.BuildColumn(name, declared, values);
        }

        var kinds = present.Select(v => ClrValueKinds.KindOf(v.GetType())).Distinct().ToArray();
        if (kinds is [{ } single] && single != ColumnKind.Categorical)
        {
            return ClrValueKinds.BuildColumn(name, single, values);
        }

        if (present.All(v => v is string) && IsDateTypeName(reader.GetDataTypeName(ordinal)) && TryParseDates(values, out var dates))
        {
            return ClrValueKinds.BuildColumn(name, ColumnKind.Date, dates);
        }

        return ClrValueKinds.BuildColumn(name, ColumnKind.Categorical, values);
    }

    private static bool IsDateTypeName(string? typeName) =>
        typeName is not null
        && (typeName.Contains("DATE", StringComparison.OrdinalIgnoreCase) || typeName.Contains("TIME", StringComparison.OrdinalIgnoreCase));

    private static bool TryParseDates(List<object?> values, out List<object?> dates)
    {
        dates = new List<object?>(values.Count);
        foreach (var value in values)
        {
            if (value is null)
            {
                dates.Add(null);
            }
            else if (DateTime.TryParse((string)value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                dates.Add(date);
            }
            else
            {
                return false;
            }
        }

        return true;
    }
}
