using System.Reflection;

namespace Segmentation.Data;

public sealed partial class DataFrame
{
    /// <summary>
    /// Builds a frame from objects, one row each and one column per public readable instance property, in declaration
    /// order (base class properties first). Numbers (<see cref="int"/>, <see cref="long"/>, <see cref="float"/>,
    /// <see cref="double"/>, <see cref="decimal"/>, the other primitive integers) become numeric columns;
    /// <see cref="string"/>, <see cref="char"/>, enums (by name), <see cref="bool"/> ("True"/"False") and
    /// <see cref="Guid"/> categorical columns; <see cref="DateTime"/>, <see cref="DateOnly"/> (at midnight) and
    /// <see cref="DateTimeOffset"/> (as UTC) date columns. A <see langword="null"/> value (nullable forms are accepted)
    /// is missing.
    /// </summary>
    /// <typeparam name="T">The row type.</typeparam>
    /// <param name="rows">The rows; none may be <see langword="null"/>.</param>
    /// <returns>The frame.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// A row is <see langword="null"/>, <typeparamref name="T"/> has no usable property, or a property has a type
    /// with no column kind (the message names it).
    /// </exception>
    public static DataFrame FromRows<T>(IEnumerable<T> rows)
    {
        Guard.NotNull(rows);
        var properties = ReadableProperties(typeof(T));
        var values = properties.Select(_ => new List<object?>()).ToArray();
        var index = 0;
        foreach (var row in rows)
        {
            if (row is null)
            {
                Guard.ThrowArgument($"rows[{index}] is null; every row must be an object.", nameof(rows));
            }

            for (var i = 0; i < properties.Length; i++)
            {
                values[i].Add(properties[i].Property.GetValue(row));
            }

            index++;
        }

        return new DataFrame(properties.Select((p, i) => ClrValueKinds.BuildColumn(p.Property.Name, p.Kind, values[i])));
    }

    private static (PropertyInfo Property, ColumnKind Kind)[] ReadableProperties(Type type)
    {
        var hierarchy = new List<Type>();
        for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
        {
            hierarchy.Insert(0, current);
        }

        var properties = hierarchy
            .SelectMany(declaring => declaring
                .GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(p => p.CanRead && p.GetMethod!.IsPublic && p.GetIndexParameters().Length == 0)
                .OrderBy(p => p.MetadataToken))
            .GroupBy(p => p.Name, StringComparer.Ordinal)
            .Select(group => group.Last())
            .Select(p => (Property: p, Kind: ClrValueKinds.KindOf(p.PropertyType) ?? throw new ArgumentException(
                $"Property '{p.Name}' of {type.Name} has type {p.PropertyType.Name}, which has no column kind; use numbers, text, bool, enums, Guid, DateTime, DateOnly or DateTimeOffset.",
                nameof(type))))
            .ToArray();

        if (properties.Length == 0)
        {
            throw new ArgumentException($"{type.Name} has no public readable properties to make columns from.", nameof(type));
        }

        return properties;
    }
}
