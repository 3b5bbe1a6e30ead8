namespace Segmentation.Preprocessing;

/// <summary>How <see cref="ImputeMissing"/> fills missing values.</summary>
public enum Imputation
{
    /// <summary>The mean of the column's present values (numeric columns only).</summary>
    Mean,

    /// <summary>The median of the column's present values (numeric columns only); numpy's median.</summary>
    Median,

    /// <summary>The most frequent present value; ties go to the smallest value (ordinal order for text), as scikit-learn.</summary>
    MostFrequent,

    /// <summary>A constant given in the options.</summary>
    Constant,
}
