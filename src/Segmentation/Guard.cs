using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Segmentation;

/// <summary>
/// Argument checks with messages that quote the offending value, e.g. "rows=3 must be >= clusterCount=5".
/// Hot loops call the <c>Throw...</c> helpers so that the throwing code stays out of the loop body.
/// </summary>
internal static class Guard
{
    public static T NotNull<T>([NotNull] T? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : class
    {
        if (value is null)
        {
            ThrowArgumentNull(name);
        }

        return value;
    }

    public static string NotNullOrWhiteSpace([NotNull] string? value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value is null)
        {
            ThrowArgumentNull(name);
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{name} must not be empty or white space.", name);
        }

        return value;
    }

    public static int Positive(int value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value <= 0)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name}={value} must be > 0.");
        }

        return value;
    }

    public static int NonNegative(int value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name}={value} must be >= 0.");
        }

        return value;
    }

    public static int AtLeast(int value, int minimum, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value < minimum)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name}={value} must be >= {minimum}.");
        }

        return value;
    }

    public static int InRange(int value, int minimum, int maximum, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value < minimum || value > maximum)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name}={value} must be between {minimum} and {maximum}.");
        }

        return value;
    }

    public static double Finite(double value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name}={Format(value)} must be a finite number.");
        }

        return value;
    }

    public static double Positive(double value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (!(value > 0) || double.IsInfinity(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name}={Format(value)} must be a finite number > 0.");
        }

        return value;
    }

    public static double NonNegative(double value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (!(value >= 0) || double.IsInfinity(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name}={Format(value)} must be a finite number >= 0.");
        }

        return value;
    }

    public static double InRange(double value, double minimum, double maximum, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (!(value >= minimum && value <= maximum))
        {
            throw new ArgumentOutOfRangeException(
                name, value, $"{name}={Format(value)} must be between {Format(minimum)} and {Format(maximum)}.");
        }

        return value;
    }

    public static T Defined<T>(T value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name}={value} is not a defined {typeof(T).Name} value.");
        }

        return value;
    }

    /// <summary>Formats a number for a message: invariant culture, round-trippable.</summary>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    [DoesNotReturn]
    public static void ThrowArgumentNull(string? name) => throw new ArgumentNullException(name);

    [DoesNotReturn]
    public static void ThrowArgument(string message, string? name) => throw new ArgumentException(message, name);

    [DoesNotReturn]
    public static void ThrowArgumentOutOfRange(string message, string? name) => throw new ArgumentOutOfRangeException(name, message);

    [DoesNotReturn]
    public static void ThrowData(string message, string? columnName = null, int? rowIndex = null, string? value = null) =>
        throw new SegmentationDataException(message, columnName, rowIndex, value);

    [DoesNotReturn]
    public static T ThrowData<T>(string message, string? columnName = null, int? rowIndex = null, string? value = null) =>
        throw new SegmentationDataException(message, columnName, rowIndex, value);
}
