namespace Segmentation.Preprocessing;

/// <summary>How <see cref="Normalize"/> scales numeric columns.</summary>
public enum Normalization
{
    /// <summary>No scaling (useful with <see cref="NormalizationOptions.Log1p"/> alone).</summary>
    None,

    /// <summary>(x - mean) / std, with the population std (ddof = 0), as scikit-learn's StandardScaler.</summary>
    ZScore,

    /// <summary>(x - min) / (max - min), into [0, 1] on the training data, as scikit-learn's MinMaxScaler.</summary>
    MinMax,

    /// <summary>(x - median) / (Q3 - Q1), quartiles by numpy's linear method, as scikit-learn's RobustScaler.</summary>
    Robust,
}
