using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Segmentation.Clustering;

/// <summary>
/// The checked input of one K-Means fit: the flat row-major data in its stored precision, one weight per row and the
/// fixed row partition.
/// </summary>
/// <typeparam name="T">How the rows are stored: <see cref="double"/>, or <see cref="float"/> for half the memory.</typeparam>
internal sealed class KMeansProblem<T>
    where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    public KMeansProblem(T[] values, int rows, int features, double[] weights, bool unitWeights, RowPartition partition)
    {
        Values = values;
        Rows = rows;
        Features = features;
        Weights = weights;
        HasUnitWeights = unitWeights;
        Partition = partition;
        RowNorms = new double[rows];
        var blockSums = new double[partition.BlockCount * features];
        var blockLargestNorms = new double[partition.BlockCount];
        partition.ForEachBlock([MethodImpl(MethodImplOptions.AggressiveOptimization)] (block) =>
        {
            var sums = blockSums.AsSpan(block * features, features);
            var largest = 0.0;
            for (var row = partition.Start(block); row < partition.End(block); row++)
            {
                var x = Row(row);
                var norm = NearestCentreKernel.SquaredNorm(x);
                RowNorms[row] = norm;
                largest = Math.Max(largest, norm);
                VectorMath.Add(sums, x);
            }

            blockLargestNorms[block] = largest;
        });

        LargestRowNorm = blockLargestNorms.Length == 0 ? 0 : blockLargestNorms.Max();

        ColumnMeans = new double[features];
        for (var block = 0; block < partition.BlockCount; block++)
        {
            VectorMath.Add<double>(ColumnMeans, blockSums.AsSpan(block * features, features));
        }

        for (var feature = 0; feature < features; feature++)
        {
            ColumnMeans[feature] /= Math.Max(rows, 1);
        }
    }

    public T[] Values { get; }

    public int Rows { get; }

    public int Features { get; }

    /// <summary>Gets one weight per row, or no weights at all when every weight is 1 (see <see cref="Weight"/>).</summary>
    public double[] Weights { get; }

    /// <summary>Gets whether every weight is 1 (no weights were given); no array is kept then.</summary>
    public bool HasUnitWeights { get; }

    public RowPartition Partition { get; }

    /// <summary>Gets each row's squared norm, for the norms trick; computed once per fit.</summary>
    public double[] RowNorms { get; }

    /// <summary>Gets the largest of <see cref="RowNorms"/>, which bounds every centre's squared norm (a centre is a weighted mean of rows).</summary>
    public double LargestRowNorm { get; }

    /// <summary>Gets each feature's unweighted mean, computed in the same pass as the norms, reduced in block order.</summary>
    public double[] ColumnMeans { get; }

    /// <summary>The weight of <paramref name="row"/>: 1 when no weights were given.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Weight(int row) => HasUnitWeights ? 1.0 : Weights[row];

    public ReadOnlySpan<T> Row(int row) => Values.AsSpan(row * Features, Features);
}

/// <summary>Builds <see cref="KMeansProblem{T}"/> from the public matrices, checking shape, values and weights.</summary>
internal static class KMeansProblem
{
    /// <summary>Checks the data and weights against <paramref name="clusterCount"/> and wraps them without copying the data.</summary>
    public static KMeansProblem<double> Create(DenseMatrix data, IReadOnlyList<double>? sampleWeights, int clusterCount, int maxDegreeOfParallelism) =>
        Create(data.Buffer, data.Rows, data.Columns, sampleWeights, clusterCount, maxDegreeOfParallelism);

    /// <summary>Checks the float32 data and weights against <paramref name="clusterCount"/> and wraps them without copying the data.</summary>
    public static KMeansProblem<float> Create(SinglePrecisionMatrix data, IReadOnlyList<double>? sampleWeights, int clusterCount, int maxDegreeOfParallelism) =>
        Create(data.Buffer, data.Rows, data.Columns, sampleWeights, clusterCount, maxDegreeOfParallelism);

    /// <summary>Throws a <see cref="SegmentationDataException"/> naming the first row and feature that is NaN or infinite.</summary>
    public static void EnsureFinite<T>(ReadOnlySpan<T> values, int columns)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        if (System.Numerics.Tensors.TensorPrimitives.IsFiniteAll(values))
        {
            return;
        }

        for (var index = 0; index < values.Length; index++)
        {
            if (!T.IsFinite(values[index]))
            {
                ThrowNotFinite(Element.ToDouble(values[index]), index / columns, index % columns);
            }
        }
    }

    private static KMeansProblem<T> Create<T>(
        T[] values, int rows, int columns, IReadOnlyList<double>? sampleWeights, int clusterCount, int maxDegreeOfParallelism)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        if (rows < clusterCount)
        {
            Guard.ThrowData($"rows={rows} must be >= clusterCount={clusterCount}.");
        }

        if (columns < 1)
        {
            Guard.ThrowData($"columns={columns} must be >= 1: K-Means needs at least one feature.");
        }

        EnsureFinite<T>(values, columns);
        var weights = CheckWeights(sampleWeights, rows);
        return new KMeansProblem<T>(values, rows, columns, weights ?? [], weights is null, new RowPartition(rows, maxDegreeOfParallelism));
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
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
}
