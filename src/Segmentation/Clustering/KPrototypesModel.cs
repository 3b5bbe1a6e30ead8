namespace Segmentation.Clustering;

/// <summary>
/// A fitted k-prototypes clustering: the prototypes (numeric means and categorical modes), the training labels, the
/// cost and the gamma used. Immutable and safe to share across threads.
/// </summary>
public sealed class KPrototypesModel
{
    private readonly int[] _labels;

    internal KPrototypesModel(
        MixedData prototypes, int[] labels, double cost, double gamma, int iterations, bool converged, IReadOnlyList<string> diagnostics)
    {
        Prototypes = prototypes;
        _labels = labels;
        Cost = cost;
        Gamma = gamma;
        Iterations = iterations;
        Converged = converged;
        Diagnostics = diagnostics;
    }

    /// <summary>
    /// Gets the prototypes, one row per cluster: <c>Prototypes.Numeric</c> holds the numeric means and
    /// <c>Prototypes.Category(cluster, column)</c> the mode of each categorical column.
    /// </summary>
    public MixedData Prototypes { get; }

    /// <summary>Gets the number of clusters.</summary>
    public int ClusterCount => Prototypes.Rows;

    /// <summary>Gets the cluster of each training row, 0 .. k-1, against the final prototypes.</summary>
    public IReadOnlyList<int> Labels => _labels;

    /// <summary>Gets the total cost: for every training row, squared numeric distance plus gamma times mismatches to its prototype.</summary>
    public double Cost { get; }

    /// <summary>Gets the categorical weight gamma used, given or estimated.</summary>
    public double Gamma { get; }

    /// <summary>Gets the iterations the winning start ran.</summary>
    public int Iterations { get; }

    /// <summary>Gets whether the winning start's labels stopped changing before the iteration limit.</summary>
    public bool Converged { get; }

    /// <summary>Gets what the fit noticed, in plain words: empty clusters relocated, starts that did not converge.</summary>
    public IReadOnlyList<string> Diagnostics { get; }

    /// <summary>Assigns each row to its cheapest prototype (the lowest index on a tie).</summary>
    /// <param name="data">Rows with the model's numeric and categorical column counts.</param>
    /// <exception cref="ArgumentException">The column counts differ from the model's.</exception>
    public int[] Predict(MixedData data)
    {
        Guard.NotNull(data);
        if (data.NumericColumns != Prototypes.NumericColumns || data.CategoricalColumns != Prototypes.CategoricalColumns)
        {
            Guard.ThrowArgument(
                $"data has {data.NumericColumns} numeric and {data.CategoricalColumns} categorical columns but the model has " +
                $"{Prototypes.NumericColumns} and {Prototypes.CategoricalColumns}.",
                nameof(data));
        }

        var labels = new int[data.Rows];
        for (var row = 0; row < data.Rows; row++)
        {
            labels[row] = KPrototypesEngine.Nearest(
                data.Numeric.Row(row), data.CategoricalRow(row), Prototypes.Numeric.Values, Prototypes.CategoricalCodes, ClusterCount, Gamma).Cluster;
        }

        return labels;
    }
}
