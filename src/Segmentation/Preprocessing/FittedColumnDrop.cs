using Segmentation.Data;

namespace Segmentation.Preprocessing;

/// <summary>
/// A fitted feature selector (<see cref="DropLowVariance"/>, <see cref="DropCorrelated"/>): removes the columns
/// chosen at fit time. The reasons were reported when fitting.
/// </summary>
/// <param name="Step">The selector that chose the columns.</param>
/// <param name="Columns">The columns removed.</param>
public sealed record FittedColumnDrop(string Step, IReadOnlyList<string> Columns) : FittedStep
{
    /// <inheritdoc />
    public override string ToString() => $"{Step}: drop {(Columns.Count == 0 ? "nothing" : ColumnNames.Quote(Columns))}";

    private protected override DataFrame TransformCore(DataFrame frame, PreprocessingReport report, bool training) =>
        Columns.Count == 0 ? frame : frame.WithoutColumns([.. Columns]);
}
