using Segmentation.Data;
using Segmentation.Preprocessing;

namespace Segmentation.Pipeline;

/// <summary>
/// The feature selection a pipeline uses when the caller names no features: every numeric column, except the id
/// column, ID-like columns and constant columns, plus the categorical columns a later one-hot step encodes.
/// Each column left out is reported with its reason.
/// </summary>
/// <remarks>
/// A numeric column is ID-like when its name is "id" or ends in "ID", "Id" or "_id" and its values are distinct
/// whole numbers (CustomerID 1..200 is, Kidhome is not).
/// </remarks>
internal sealed class AutomaticFeatureSelection : PreprocessingStep
{
    private readonly string? _idColumnName;
    private readonly HashSet<string> _encodedLater;

    public AutomaticFeatureSelection(string? idColumnName, IEnumerable<string> categoricalColumnsEncodedLater)
    {
        _idColumnName = idColumnName;
        _encodedLater = new HashSet<string>(categoricalColumnsEncodedLater, StringComparer.Ordinal);
    }

    public override string ToString() => "SelectFeatures(automatic: numeric, not ID-like, not constant)";

    internal static bool IsIdLike(DataFrameColumn column)
    {
        if (column is not NumericColumn numeric || !HasIdName(column.Name))
        {
            return false;
        }

        var seen = new HashSet<double>();
        foreach (var value in numeric.Values)
        {
            if (double.IsNaN(value) || value != Math.Floor(value) || !seen.Add(value))
            {
                return false;
            }
        }

        return true;
    }

    private protected override FittedStep FitCore(DataFrame training, PreprocessingReport report)
    {
        var selected = new List<string>();
        foreach (var column in training.Columns)
        {
            var reason = ReasonToLeaveOut(column);
            if (reason is null)
            {
                selected.Add(column.Name);
            }
            else
            {
                report.Drop(column.Name, "SelectFeatures", reason);
            }
        }

        if (selected.Count == 0)
        {
            Guard.ThrowData(
                $"No column can be a feature: the frame's {training.Columns.Count} columns are all categorical, dates, ID-like or constant. Name the features with SelectFeatures, and one-hot encode categorical ones.");
        }

        report.Select(selected);
        return new FittedColumnSelection(selected.ToArray());
    }

    private static bool HasIdName(string name) =>
        name.Equals("id", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith("ID", StringComparison.Ordinal)
        || name.EndsWith("Id", StringComparison.Ordinal)
        || name.EndsWith("_id", StringComparison.OrdinalIgnoreCase);

    private string? ReasonToLeaveOut(DataFrameColumn column)
    {
        if (column.Name == _idColumnName)
        {
            return "the id column";
        }

        if (column is CategoricalColumn)
        {
            return _encodedLater.Contains(column.Name) ? null : "categorical (one-hot encode it to use it as a feature)";
        }

        if (column is not NumericColumn numeric)
        {
            return $"{column.Kind} (derive a number from it to use it as a feature)";
        }

        if (IsIdLike(column))
        {
            return "ID-like (distinct whole numbers under an id name)";
        }

        if (numeric.MissingCount == numeric.Length)
        {
            return "every value is missing";
        }

        return IsConstant(numeric) ? "constant" : null;
    }

    private static bool IsConstant(NumericColumn column)
    {
        double? first = null;
        foreach (var value in column.Values)
        {
            if (double.IsNaN(value))
            {
                continue;
            }

            first ??= value;
            if (value != first)
            {
                return false;
            }
        }

        return true;
    }
}
