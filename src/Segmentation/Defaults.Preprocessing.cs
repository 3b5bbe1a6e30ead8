using Segmentation.Preprocessing;

namespace Segmentation;

public static partial class Defaults
{
    /// <summary>How missing numeric values are filled when no strategy is given: <see cref="Imputation.Median"/>.</summary>
    public const Imputation NumericImputation = Imputation.Median;

    /// <summary>How missing categorical values are filled when no strategy is given: <see cref="Imputation.MostFrequent"/>.</summary>
    public const Imputation CategoricalImputation = Imputation.MostFrequent;

    /// <summary>How numeric features are scaled when no method is given: <see cref="Normalization.ZScore"/>.</summary>
    public const Normalization Normalization = Preprocessing.Normalization.ZScore;

    /// <summary>The multiplier k of the IQR outlier rule (outside [Q1 - k IQR, Q3 + k IQR]): 1.5 (Tukey's fences).</summary>
    public const double IqrMultiplier = 1.5;

    /// <summary>The z-score outlier rule flags |value - mean| / std above this: 3.</summary>
    public const double ZScoreThreshold = 3.0;

    /// <summary>The correlation filter drops one column of each pair with |Pearson r| above this: 0.95.</summary>
    public const double CorrelationThreshold = 0.95;

    /// <summary>The low-variance filter drops numeric columns whose population variance is at most this: 0 (constant columns).</summary>
    public const double VarianceThreshold = 0.0;

    /// <summary>One-hot columns are named column + separator + category: "_" (as pandas' get_dummies), e.g. "Gender_Female".</summary>
    public const string OneHotSeparator = "_";

    /// <summary>Principal component columns are named prefix + number: "PC", giving PC1, PC2, ...</summary>
    public const string PrincipalComponentPrefix = "PC";

    /// <summary>The invalid-value filter excludes values below this minimum when none is given: 0 (negative amounts).</summary>
    public const double InvalidValueMinimum = 0.0;
}
