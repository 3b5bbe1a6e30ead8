using Segmentation.Clustering;

namespace Segmentation.Pipeline;

/// <summary>
/// The JSON shape of a saved k-prototypes step (the numeric prototypes are the model's centres): gamma, the categorical
/// columns, their training categories in code order, and each prototype's mode codes.
/// </summary>
internal sealed record PrototypesPayload(
    double Gamma,
    IReadOnlyList<string> CategoricalColumns,
    IReadOnlyList<string[]> Categories,
    IReadOnlyList<int[]> Modes)
{
    public static PrototypesPayload From(KPrototypesModel prototypes, PrototypeCategories categories) => new(
        prototypes.Gamma,
        categories.Columns,
        categories.Categories.Select(list => list.ToArray()).ToArray(),
        Enumerable.Range(0, prototypes.ClusterCount).Select(row => prototypes.Prototypes.CategoricalRow(row).ToArray()).ToArray());

    /// <exception cref="ModelFileException">A part is missing or inconsistent.</exception>
    public (KPrototypesModel Model, PrototypeCategories Categories) ToModel(DenseMatrix centres, string source)
    {
        if (CategoricalColumns is null || Categories is null || Modes is null || !double.IsFinite(Gamma) || Gamma < 0
            || CategoricalColumns.Any(string.IsNullOrWhiteSpace) || Categories.Any(list => list is null || list.Any(category => category is null)))
        {
            throw new ModelFileException($"'{source}' lacks part of the k-prototypes step (gamma, columns, categories or modes).");
        }

        var width = CategoricalColumns.Count;
        if (width == 0 || Categories.Count != width || Modes.Count != centres.Rows)
        {
            throw new ModelFileException(
                $"'{source}' is inconsistent: {width} categorical columns, {Categories.Count} category lists, {Modes.Count} prototype modes for {centres.Rows} centres.");
        }

        var codes = new int[centres.Rows * width];
        for (var row = 0; row < Modes.Count; row++)
        {
            var modes = Modes[row];
            if (modes is null || modes.Length != width)
            {
                throw new ModelFileException($"'{source}' is inconsistent: prototype {row} has {modes?.Length ?? 0} modes but must have {width}.");
            }

            for (var column = 0; column < width; column++)
            {
                if ((uint)modes[column] >= (uint)Categories[column].Length)
                {
                    throw new ModelFileException(
                        $"'{source}' is inconsistent: prototype {row} has mode code {modes[column]} for '{CategoricalColumns[column]}', which has {Categories[column].Length} categories.");
                }

                codes[(row * width) + column] = modes[column];
            }
        }

        var prototypes = MixedData.Wrap(centres, codes, width);
        var model = new KPrototypesModel(prototypes, [], 0, Gamma, 0, true, []);
        return (model, new PrototypeCategories(CategoricalColumns.ToArray(), Categories.Select(list => (IReadOnlyList<string>)list).ToArray()));
    }
}
