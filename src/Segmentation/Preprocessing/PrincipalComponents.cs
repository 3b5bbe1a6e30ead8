using Segmentation.Clustering;

namespace Segmentation.Preprocessing;

/// <summary>
/// Principal component analysis of a dense matrix, computed like scikit-learn's PCA: the data are centred, the
/// eigenvectors of the covariance (ddof = 1) are the components, sorted by explained variance, and each component's
/// sign is fixed as scikit-learn's current <c>svd_flip(u_based_decision=False)</c> fixes it: the entry with the largest
/// absolute value is positive (the first such entry on ties). Immutable and thread-safe.
/// </summary>
/// <remarks>
/// The eigen solver is a cyclic Jacobi method, exact to a few ulps for the few hundred features PCA is used on here.
/// Use <see cref="Project(DenseMatrix, int)"/> for a 2-D chart of many features and <see cref="ReduceDimensions"/> as a
/// pipeline step.
/// </remarks>
public sealed class PrincipalComponents
{
    private readonly double[] _mean;
    private readonly double[] _components;
    private readonly double[] _explainedVariance;
    private readonly double[] _explainedVarianceRatio;

    private PrincipalComponents(int sampleCount, int featureCount, double[] mean, double[] components, double[] variance, double[] ratio)
    {
        SampleCount = sampleCount;
        FeatureCount = featureCount;
        ComponentCount = variance.Length;
        _mean = mean;
        _components = components;
        _explainedVariance = variance;
        _explainedVarianceRatio = ratio;
    }

    /// <summary>Gets the number of rows the components were fitted on.</summary>
    public int SampleCount { get; }

    /// <summary>Gets the number of features (columns) of the data.</summary>
    public int FeatureCount { get; }

    /// <summary>Gets the number of components: min(rows, features), all of them.</summary>
    public int ComponentCount { get; }

    /// <summary>Gets the per-feature mean subtracted before projecting.</summary>
    public IReadOnlyList<double> Mean => _mean;

    /// <summary>Gets the components as rows (components x features), unit length, by decreasing explained variance.</summary>
    public DenseMatrix Components => DenseMatrix.Wrap(_components, ComponentCount, FeatureCount);

    /// <summary>Gets the variance along each component (ddof = 1, as scikit-learn's <c>explained_variance_</c>).</summary>
    public IReadOnlyList<double> ExplainedVariance => _explainedVariance;

    /// <summary>Gets each component's share of the total variance (scikit-learn's <c>explained_variance_ratio_</c>).</summary>
    public IReadOnlyList<double> ExplainedVarianceRatio => _explainedVarianceRatio;

    /// <summary>
    /// Gets the loadings (features x components): component entries times the square root of the explained variance,
    /// i.e. the covariance of each feature with each component's score; the correlation when the data were z-scored.
    /// </summary>
    public DenseMatrix Loadings
    {
        get
        {
            var loadings = new double[FeatureCount * ComponentCount];
            for (var component = 0; component < ComponentCount; component++)
            {
                var root = Math.Sqrt(_explainedVariance[component]);
                for (var feature = 0; feature < FeatureCount; feature++)
                {
                    loadings[(feature * ComponentCount) + component] = _components[(component * FeatureCount) + feature] * root;
                }
            }

            return DenseMatrix.Wrap(loadings, FeatureCount, ComponentCount);
        }
    }

    /// <summary>Fits the components of <paramref name="data"/> (rows x features).</summary>
    /// <param name="data">At least 2 rows and 1 column, all values finite, not every column constant.</param>
    /// <returns>The fitted components.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is <see langword="null"/>.</exception>
    /// <exception cref="SegmentationDataException">Fewer than 2 rows, no column, a value that is not finite, or no variance at all.</exception>
    public static PrincipalComponents Fit(DenseMatrix data)
    {
        Guard.NotNull(data);
        var rows = data.Rows;
        var d = data.Columns;
        if (rows < 2 || d < 1)
        {
            Guard.ThrowData($"PCA needs at least 2 rows and 1 column, but the data has rows={rows}, columns={d}.");
        }

        var values = data.Values;
        for (var i = 0; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                Guard.ThrowData(
                    $"PCA needs finite values, but row {i / d}, column {i % d} is {Guard.Format(values[i])}.", null, i / d, Guard.Format(values[i]));
            }
        }

        var mean = new double[d];
        for (var row = 0; row < rows; row++)
        {
            var x = data.Row(row);
            for (var j = 0; j < d; j++)
            {
                mean[j] += x[j];
            }
        }

        for (var j = 0; j < d; j++)
        {
            mean[j] /= rows;
        }

        var covariance = new double[d * d];
        var centred = new double[d];
        for (var row = 0; row < rows; row++)
        {
            var x = data.Row(row);
            for (var j = 0; j < d; j++)
            {
                centred[j] = x[j] - mean[j];
            }

            for (var i = 0; i < d; i++)
            {
                for (var j = i; j < d; j++)
                {
                    covariance[(i * d) + j] += centred[i] * centred[j];
                }
            }
        }

        for (var i = 0; i < d; i++)
        {
            for (var j = i; j < d; j++)
            {
                covariance[(i * d) + j] /= rows - 1;
                covariance[(j * d) + i] = covariance[(i * d) + j];
            }
        }

        var (eigenvalues, eigenvectors) = SymmetricEigen.Decompose(covariance, d);
        var count = Math.Min(rows, d);
        var variance = new double[count];
        var total = 0.0;
        for (var k = 0; k < count; k++)
        {
            variance[k] = Math.Max(eigenvalues[k], 0);
            total += variance[k];
        }

        if (total == 0)
        {
            Guard.ThrowData($"PCA needs variance, but all {d} columns are constant.");
        }

        var components = new double[count * d];
        Array.Copy(eigenvectors, components, count * d);
        for (var k = 0; k < count; k++)
        {
            FlipSign(components.AsSpan(k * d, d));
        }

        var ratio = variance.Select(v => v / total).ToArray();
        return new PrincipalComponents(rows, d, mean, components, variance, ratio);
    }

    /// <summary>
    /// Returns how many components explain more than <paramref name="varianceShare"/> of the variance, counted as
    /// scikit-learn counts for a fractional <c>n_components</c>: one more than the number of cumulative ratios at most
    /// the share, capped at <see cref="ComponentCount"/>.
    /// </summary>
    /// <param name="varianceShare">Greater than 0 and at most 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">The share is outside (0, 1].</exception>
    public int ComponentCountFor(double varianceShare)
    {
        CheckShare(varianceShare);
        var cumulative = 0.0;
        var atMost = 0;
        foreach (var ratio in _explainedVarianceRatio)
        {
            cumulative += ratio;
            if (cumulative <= varianceShare)
            {
                atMost++;
            }
        }

        return Math.Min(atMost + 1, ComponentCount);
    }

    /// <summary>Projects <paramref name="data"/> onto the first <paramref name="componentCount"/> components: (x - mean) · componentᵀ.</summary>
    /// <param name="data">Rows x <see cref="FeatureCount"/> values.</param>
    /// <param name="componentCount">Between 1 and <see cref="ComponentCount"/>; 2 for a chart.</param>
    /// <returns>Rows x componentCount scores.</returns>
    /// <exception cref="ArgumentException">The column count differs from <see cref="FeatureCount"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="componentCount"/> is out of range.</exception>
    public DenseMatrix Project(DenseMatrix data, int componentCount)
    {
        Guard.NotNull(data);
        Guard.InRange(componentCount, 1, ComponentCount);
        if (data.Columns != FeatureCount)
        {
            Guard.ThrowArgument($"data.Columns={data.Columns} must equal FeatureCount={FeatureCount}.", nameof(data));
        }

        var scores = new double[data.Rows * componentCount];
        Project(data.Values, data.Rows, _mean, _components, FeatureCount, componentCount, scores);
        return DenseMatrix.Wrap(scores, data.Rows, componentCount);
    }

    internal static void CheckShare(double varianceShare)
    {
        if (!(varianceShare > 0 && varianceShare <= 1))
        {
            throw new ArgumentOutOfRangeException(
                nameof(varianceShare), varianceShare, $"varianceShare={Guard.Format(varianceShare)} must be > 0 and <= 1.");
        }
    }

    internal static void Project(
        ReadOnlySpan<double> data, int rows, ReadOnlySpan<double> mean, ReadOnlySpan<double> components, int features, int count, Span<double> scores)
    {
        for (var row = 0; row < rows; row++)
        {
            var x = data.Slice(row * features, features);
            for (var k = 0; k < count; k++)
            {
                var component = components.Slice(k * features, features);
                var sum = 0.0;
                for (var j = 0; j < features; j++)
                {
                    sum += (x[j] - mean[j]) * component[j];
                }

                scores[(row * count) + k] = sum;
            }
        }
    }

    internal double[] ComponentRow(int component) => _components.AsSpan(component * FeatureCount, FeatureCount).ToArray();

    private static void FlipSign(Span<double> component)
    {
        var largest = 0;
        for (var j = 1; j < component.Length; j++)
        {
            if (Math.Abs(component[j]) > Math.Abs(component[largest]))
            {
                largest = j;
            }
        }

        if (component[largest] < 0)
        {
            foreach (ref var value in component)
            {
                value = -value;
            }
        }
    }
}
