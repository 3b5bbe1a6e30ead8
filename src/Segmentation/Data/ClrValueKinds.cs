using System.Globalization;

namespace Segmentation.Data;

/// <summary>
/// Maps .NET values to column kinds for <see cref="DataFrame.FromRows{T}"/> and <see cref="DataFrame.FromDataReader"/>:
/// numbers (any primitive integer, <see cref="float"/>, <see cref="double"/>, <see cref="decimal"/>) are numeric;
/// <see cref="string"/>, <see cref="char"/>, <see cref="bool"/> ("True"/"False"), enums (by name) and
/// <see cref="Guid"/> are categorical; <see cref="DateTime"/>, <see cref="DateOnly"/> (at midnight) and
/// <see cref="DateTimeOffset"/> (as UTC) are dates. Nullable forms are the same kind, <see langword="null"/> missing.
/// </summary>
internal static class ClrValueKinds
{
    public static ColumnKind? KindOf(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsEnum || type == typeof(string) || type == typeof(char) || type == typeof(bool) || type == typeof(Guid))
        {
            return ColumnKind.Categorical;
        }

        if (type == typeof(DateTime) || type == typeof(DateOnly) || type == typeof(DateTimeOffset))
        {
            return ColumnKind.Date;
        }

        return Type.GetTypeCode(type) switch
        {
            TypeCode.Byte or TypeCode.SByte or TypeCode.Int16 or TypeCode.UInt16 or TypeCode.Int32 or TypeCode.UInt32
                or TypeCode.Int64 or TypeCode.UInt64 or TypeCode.Single or TypeCode.Double or TypeCode.Decimal => ColumnKind.Numeric,
            _ => null,
        };
    }

    public static double ToNumber(object value) => Convert.ToDouble(value, CultureInfo.InvariantCulture);

    public static DateTime ToDate(object value) => value switch
    {
        DateTime dateTime => dateTime,
        DateOnly date => date.ToDateTime(TimeOnly.MinValue),
        DateTimeOffset offset => offset.UtcDateTime,
        _ => throw new InvalidCastException($"{value.GetType().Name} is not a date."),
    };

    public static string ToText(object value) => value switch
    {
        string text => text,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>Builds a column of <paramref name="kind"/> from boxed values; <see langword="null"/> is missing.</summary>
    public static DataFrameColumn BuildColumn(string name, ColumnKind kind, IReadOnlyList<object?> values)
    {
        switch (kind)
        {
            case ColumnKind.Numeric:
                var numbers = new double[values.Count];
                for (var row = 0; row < numbers.Length; row++)
                {
                    numbers[row] = values[row] is { } value ? ToNumber(value) : double.NaN;
                }

                return NumericColumn.Wrap(name, numbers);
            case ColumnKind.Date:
                var dates = new DateTime?[values.Count];
                for (var row = 0; row < dates.Length; row++)
                {
                    dates[row] = values[row] is { } value ? ToDate(value) : null;
                }

                return DateColumn.Wrap(name, dates);
            default:
                var texts = new string?[values.Count];
                for (var row = 0; row < texts.Length; row++)
                {
                    texts[row] = values[row] is { } value ? ToText(value) : null;
                }

                return CategoricalColumn.Wrap(name, texts);
        }
    }
}
