namespace Segmentation.Data;

/// <summary>What a <see cref="DataFrameColumn"/> holds.</summary>
public enum ColumnKind
{
    /// <summary>Numbers stored as <see cref="double"/>; <see cref="double.NaN"/> means missing.</summary>
    Numeric,

    /// <summary>Text or categories stored as <see cref="string"/>; <see langword="null"/> means missing.</summary>
    Categorical,

    /// <summary>Dates and times stored as <see cref="System.DateTime"/>; <see langword="null"/> means missing.</summary>
    Date,
}
