using System.Globalization;

namespace Segmentation.Clustering;

/// <summary>
/// The checked input of one K-Means fit: the flat row-major data, one weight per row and the fixed row partition.
/// </summary>
internal sealed class KMeansProblem
{
    private KMeansProblem(double[] values, int rows, int features, double[] weights, bool unitWeights, RowPartition partition)
    {
        Values = values;
        Rows = rows;
        Features = features;
        Weights = weights;
        HasUnitWeights = unitWeights;
        Partition = partition;
        RowNorms = new double[rows];
        partition.ForEachBlock(block =>
        {
            var start = partition.Start(block);
            var end = partition.End(block);
            NearestCentreKernel.RowNorms(values.AsSpan(start * features, (end - start) * features), features, RowNorms.AsSpan(start, end - start));
        });
    }

    public double[] Values { get; }

    public int Rows { get; }

    public int Features { get; }

    public double[] Weights { get; }

    /// <summary>Gets whether every weight is 1 (no weights were given).</summary>
    public bool HasUnitWeights { get; }

    public RowPartition Partition { get; }

    /// <summary>Gets each row's squared norm, for the norms trick; computed once per fit.</summary>
    public double[] RowNorms { get; }

    public ReadOnlySpan<double> Row(int row) => Values.AsSpan(row * Features, Features);

    /// <summary>Checks the data and weights against <paramref name="clusterCount"/> and wraps them without copying the data.</summary>
    public static KMeansProblem Create(DenseMatrix data, IReadOnlyList<double>? sampleWeights, int clusterCount, int maxDegreeOfParallelism)
    {
        if (data.Rows < clusterCount)
        {
            Guard.ThrowData($"rows={data.Rows} must be >= clusterCount={clusterCount}.");
        }

        if (data.Columns < 1)
        {
            Guard.ThrowData($"columns={data.Columns} must be >= 1: K-Means needs at least one feature.");
        }

        EnsureFinite(data);
        var weights = CheckWeights(sampleWeights, data.Rows);
        return new KMeansProblem(
            data.Buffer, data.Rows, data.Columns, weights ?? UnitWeights(data.Rows), weights is null, new RowPartition(data.Rows, maxDegreeOfParallelism));
    }

    /// <summary>Throws a <see cref="SegmentationDataException"/> naming the first row and feature that is NaN or infinite.</summary>
    public static void EnsureFinite(DenseMatrix data)
    {
        var values = data.Values;
        for (var index = 0; index < values.Length; index++)
        {
            if (!double.IsFinite(values[index]))
            {
                ThrowNotFinite(values[index], index / data.Columns, index % data.Columns);
            }
        }
    }

    private static void ThrowNotFinite(double value, int row, int feature)
    {
        var text = Guard.Format(value);
        Guard.ThrowData(
            $"row={row} feature={feature} value={text}: the feature matrix must hold finite numbers only (impute or drop missing values first).",
            columnName: "feature " + feature.ToString(CultureInfo.InvariantCulture),
            rowIndex: row,
            value: text);
    }

    private static double[]? CheckWeights(IReadOnlyList<double>? sampleWeights, int rows)
    {
        if (sampleWeights is null)
        {
            return null;
        }

        if (sampleWeights.Count != rows)
        {
            Guard.ThrowArgument($"sampleWeights.Count={sampleWeights.Count} must equal rows={rows}.", nameof(sampleWeights));
        }

        var weights = new double[rows];
        var total = 0.0;
        for (var row = 0; row < rows; row++)
        {
            var weight = sampleWeights[row];
            if (!(weight >= 0) || double.IsInfinity(weight))
            {
                Guard.ThrowArgument($"sampleWeights[{row}]={Guard.Format(weight)} must be a finite number >= 0.", nameof(sampleWeights));
            }

            weights[row] = weight;
            total += weight;
        }

        if (!(total > 0))
        {
            Guard.ThrowArgument("sampleWeights must not all be 0.", nameof(sampleWeights));
        }

        return weights;
    }

    private static double[] UnitWeights(int rows)
    {
        var weights = new double[rows];
        weights.AsSpan().Fill(1.0);
        return weights;
    }
}
