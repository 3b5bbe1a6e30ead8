namespace Segmentation.Clustering.Streaming;

/// <summary>
/// Numeric rows that can be read, in blocks, as many times as a fit needs, without ever being all in memory: a CSV file
/// (<see cref="CsvRowBlockSource"/>) or anything else a caller can read front to back more than once.
/// </summary>
public interface IRowBlockSource
{
    /// <summary>Gets the name of each feature, in the order the values of a row come.</summary>
    IReadOnlyList<string> FeatureNames { get; }

    /// <summary>Starts a new pass over every row from the first.</summary>
    /// <returns>A reader of this pass; dispose it when done.</returns>
    IRowBlockReader OpenReader();
}
