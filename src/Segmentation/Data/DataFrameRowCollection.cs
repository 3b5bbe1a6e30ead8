namespace Segmentation.Data;

/// <summary>The rows of a <see cref="DataFrame"/>; read values through <see cref="DataFrame.Columns"/>.</summary>
public sealed class DataFrameRowCollection
{
    internal DataFrameRowCollection(int count)
    {
        Count = count;
    }

    /// <summary>Gets the number of rows.</summary>
    public int Count { get; }
}
