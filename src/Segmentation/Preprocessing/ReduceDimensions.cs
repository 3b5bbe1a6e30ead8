using Segmentation.Data;

namespace Segmentation.Preprocessing;

/// <summary>Options of <see cref="ReduceDimensions"/>: give exactly one of <see cref="ComponentCount"/> and <see cref="VarianceShare"/>.</summary>
public sealed record DimensionReductionOptions
{
    /// <summary>Gets how many components to keep (at least 1).</summary>
    public int? ComponentCount { get; init; }

    /// <summary>Gets the share of variance to explain, in (0, 1]: the fewest components whose cumulative ratio exceeds it (as scikit-learn).</summary>
    public double? VarianceShare { get; init; }

    /// <summary>Gets the numeric columns analysed; <see langword="null"/> (the default) uses every numeric column except the id column (<see cref="PreprocessingReport.IdColumnName"/>).</summary>
    public IReadOnlyList<string>? Columns { get; init; }

    /// <summary>Gets the prefix of the component columns. Default <see cref="Defaults.PrincipalComponentPrefix"/> ("PC"): PC1, PC2, ...</summary>
    public string Prefix { get; init; } = Defaults.PrincipalComponentPrefix;
}

/// <summary>
/// Replaces numeric columns by their first principal components (see <see cref="PrincipalComponents"/>), chosen by a
/// count or a share of variance. The component columns are appended after the remaining columns; the analysed columns
/// are dropped and reported, and the explained variance ratios are noted.
/// </summary>
public sealed class ReduceDimensions : PreprocessingStep
{
    /// <summary>Creates the step keeping <paramref name="componentCount"/> components of every numeric column.</summary>
    /// <param name="componentCount">At least 1, at most min(rows, columns) of the training data.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="componentCount"/> is below 1.</exception>
    public ReduceDimensions(int componentCount)
        : this(new DimensionReductionOptions { ComponentCount = componentCount })
    {
    }

    /// <summary>Creates the step keeping the fewest components that explain more than <paramref name="varianceShare"/>.</summary>
    /// <param name="varianceShare">Greater than 0 and at most 1, e.g. 0.9.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="varianceShare"/> is outside (0, 1].</exception>
    public ReduceDimensions(double varianceShare)
        : this(new DimensionReductionOptions { VarianceShare = varianceShare })
    {
    }

    /// <summary>Creates the step from options.</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentException">Both or neither of ComponentCount and VarianceShare are given, the prefix is blank, or the column list is invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The count is below 1 or the share outside (0, 1].</exception>
    public ReduceDimensions(DimensionReductionOptions options)
    {
        Guard.NotNull(options);
        if (options.ComponentCount.HasValue == options.VarianceShare.HasValue)
        {
            Guard.ThrowArgument("Give exactly one of ComponentCount and VarianceShare.", nameof(options));
        }

        if (options.ComponentCount is { } count)
        {
            Guard.Positive(count, "ComponentCount");
        }

        if (options.VarianceShare is { } share)
        {
            PrincipalComponents.CheckShare(share);
        }

        Guard.NotNullOrWhiteSpace(options.Prefix, "Prefix");
        Options = options with { Columns = ColumnNames.ValidateOptional(options.Columns, "Columns") };
    }

    /// <summary>Gets the validated options.</summary>
    public DimensionReductionOptions Options { get; }

    /// <inheritdoc />
    public override string ToString() => Options.ComponentCount is { } count
        ? $"{Name}({count} components)"
        : $"{Name}(explaining > {Guard.Format(Options.VarianceShare!.Value)} of the variance)";

    private protected override FittedStep FitCore(DataFrame training, PreprocessingReport report)
    {
        var columns = ColumnNames.Numeric(training, Options.Columns, report).Select(c => c.Name).ToArray();
        var data = FeatureMatrix.Build(training, columns, report);
        var pca = PrincipalComponents.Fit(data);
        var count = Options.ComponentCount ?? pca.ComponentCountFor(Options.VarianceShare!.Value);
        if (count > pca.ComponentCount)
        {
            Guard.ThrowData(
                $"ComponentCount={count} must be <= min(rows={data.Rows}, columns={data.Columns})={pca.ComponentCount}.");
        }

        var names = Enumerable.Range(1, count).Select(k => Options.Prefix + k).ToArray();
        foreach (var name in names.Where(training.Columns.Contains).Where(n => !columns.Contains(n)))
        {
            Guard.ThrowData($"Component column '{name}' would duplicate an existing column name; set another Prefix.", name);
        }

        foreach (var column in columns)
        {
            report.Drop(column, Name, $"replaced by {count} principal components");
        }

        report.Note($"{Name}: {count} components explain {string.Join(", ", pca.ExplainedVarianceRatio.Take(count).Select(Guard.Format))} of the variance.");
        return new FittedPrincipalComponents(
            columns,
            names,
            pca.Mean.ToArray(),
            Enumerable.Range(0, count).Select(pca.ComponentRow).ToArray(),
            pca.ExplainedVariance.Take(count).ToArray(),
            pca.ExplainedVarianceRatio.Take(count).ToArray());
    }
}

/// <summary>The fitted <see cref="ReduceDimensions"/>: the mean and the kept components.</summary>
/// <param name="Columns">The analysed columns, in the order of the component entries.</param>
/// <param name="OutputColumns">The component columns written, e.g. PC1, PC2.</param>
/// <param name="Mean">The per-column mean subtracted before projecting.</param>
/// <param name="Components">The kept components, each a unit vector over <paramref name="Columns"/>.</param>
/// <param name="ExplainedVariance">The variance along each kept component (ddof = 1).</param>
/// <param name="ExplainedVarianceRatio">Each kept component's share of the total variance.</param>
public sealed record FittedPrincipalComponents(
    IReadOnlyList<string> Columns,
    IReadOnlyList<string> OutputColumns,
    IReadOnlyList<double> Mean,
    IReadOnlyList<IReadOnlyList<double>> Components,
    IReadOnlyList<double> ExplainedVariance,
    IReadOnlyList<double> ExplainedVarianceRatio) : FittedStep
{
    /// <inheritdoc />
    public override string ToString() => $"ReduceDimensions({ColumnNames.Quote(Columns)} -> {string.Join(", ", OutputColumns)}, explaining {Guard.Format(ExplainedVarianceRatio.Sum())} of the variance)";

    private protected override DataFrame TransformCore(DataFrame frame, PreprocessingReport report, bool training)
    {
        var data = FeatureMatrix.Build(frame, Columns, report);
        var count = Components.Count;
        var flat = Components.SelectMany(c => c).ToArray();
        var scores = new double[data.Rows * count];
        PrincipalComponents.Project(data.Values, data.Rows, Mean.ToArray(), flat, Columns.Count, count, scores);
        var result = frame.WithoutColumns([.. Columns]);
        for (var k = 0; k < count; k++)
        {
            var column = new double[data.Rows];
            for (var row = 0; row < column.Length; row++)
            {
                column[row] = scores[(row * count) + k];
            }

            result = result.WithColumn(NumericColumn.Wrap(OutputColumns[k], column));
        }

        return result;
    }
}
