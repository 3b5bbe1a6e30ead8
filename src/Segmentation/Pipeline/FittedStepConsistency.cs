using Segmentation.Preprocessing;

namespace Segmentation.Pipeline;

/// <summary>
/// Checks a loaded preprocessing chain for what the JSON shape cannot: null or duplicate column names, one-hot
/// categories without their output columns, principal components of the wrong width. A model file that passes its
/// checksum but fails here was edited or written by a faulty writer; it is refused rather than failing in Predict.
/// </summary>
internal static class FittedStepConsistency
{
    /// <summary>Describes the first problem of <paramref name="step"/>, or returns <see langword="null"/> when it is whole.</summary>
    public static string? FindProblem(FittedStep step) => step switch
    {
        FittedColumnSelection selection => Names("selected columns", selection.Columns),
        FittedColumnDrop drop => Names("dropped columns", drop.Columns),
        FittedInvalidValueFilter filter => Names("filtered columns", filter.Columns),
        FittedOutlierFilter filter => Names("outlier columns", filter.Columns?.Select(bounds => bounds?.Column)),
        FittedImputation imputation => Names("imputed columns", imputation.Columns?.Select(fill => fill?.Column)),
        FittedNormalization normalization =>
            Names("scaled columns", normalization.Columns?.Select(scale => scale?.Column))
            ?? Names("dropped columns", normalization.DroppedColumns),
        FittedOneHotEncoding encoding => OneHot(encoding),
        FittedPrincipalComponents components => PrincipalComponents(components),
        _ => null,
    };

    private static string? OneHot(FittedOneHotEncoding encoding)
    {
        if (Names("encoded columns", encoding.Columns?.Select(columns => columns?.Column)) is { } problem)
        {
            return problem;
        }

        foreach (var columns in encoding.Columns ?? [])
        {
            var where = $"one-hot column '{columns.Column}'";
            if ((Names($"{where} categories", columns.Categories) ?? Names($"{where} outputs", columns.OutputColumns)) is { } names)
            {
                return names;
            }

            if (columns.Categories.Count != columns.OutputColumns.Count)
            {
                return $"{where} has {columns.Categories.Count} categories but {columns.OutputColumns.Count} output columns";
            }
        }

        return null;
    }

    private static string? PrincipalComponents(FittedPrincipalComponents components)
    {
        if ((Names("component inputs", components.Columns) ?? Names("component outputs", components.OutputColumns)) is { } names)
        {
            return names;
        }

        var width = components.Columns.Count;
        if (components.Mean is null || components.Components is null || components.Mean.Count != width || components.OutputColumns.Count != components.Components.Count
            || components.Components.Any(component => component is null || component.Count != width))
        {
            return $"the principal components do not match their {width} input columns";
        }

        return null;
    }

    /// <summary>Describes a null or repeated name among <paramref name="names"/>, or returns <see langword="null"/>.</summary>
    public static string? Names(string what, IEnumerable<string?>? names)
    {
        if (names is null)
        {
            return $"the {what} are missing";
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (name is null)
            {
                return $"the {what} include a null name";
            }

            if (!seen.Add(name))
            {
                return $"the {what} name '{name}' twice";
            }
        }

        return null;
    }
}
