using System.Globalization;

namespace Segmentation.Cli;

/// <summary>The value of <c>--k</c>: one number of segments ("5") or an inclusive range to choose from ("2..10").</summary>
internal readonly record struct ClusterCountRange(int Minimum, int Maximum)
{
    /// <summary>The default range, 2..10.</summary>
    public static ClusterCountRange Default { get; } = new(2, 10);

    /// <summary>Gets whether one k was asked for.</summary>
    public bool IsFixed => Minimum == Maximum;

    /// <summary>Parses "5" or "2..10"; on failure <paramref name="error"/> says why, quoting the value.</summary>
    public static bool TryParse(string text, out ClusterCountRange range, out string error)
    {
        range = default;
        var parts = text.Split("..", 2, StringSplitOptions.TrimEntries);
        if (!TryParseCount(parts[0], out var minimum) || (parts.Length == 2 && !TryParseCount(parts[1], out _)))
        {
            error = $"--k '{text}' is not a number of segments: use a whole number (--k 5) or a range (--k 2..10).";
            return false;
        }

        var maximum = parts.Length == 2 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : minimum;
        if (minimum < 1)
        {
            error = $"--k '{text}': the number of segments must be at least 1.";
            return false;
        }

        if (maximum < minimum)
        {
            error = $"--k '{text}': the range is empty; write the smaller number first (--k {maximum}..{minimum}).";
            return false;
        }

        range = new ClusterCountRange(minimum, maximum);
        error = string.Empty;
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => IsFixed
        ? Minimum.ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{Minimum}..{Maximum}");

    private static bool TryParseCount(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
