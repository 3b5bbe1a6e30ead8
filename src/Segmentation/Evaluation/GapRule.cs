namespace Segmentation.Evaluation;

/// <summary>How the gap statistic chooses k from Gap(k) and its standard error s(k), as R's <c>cluster::maxSE</c>.</summary>
public enum GapRule
{
    /// <summary>
    /// The smallest k whose gap is within one standard error of the first local maximum: find the first k with
    /// Gap(k) &gt;= Gap(k+1) (or the last k), then the smallest k' with Gap(k') &gt;= Gap(k) - s(k). R's default.
    /// </summary>
    FirstSEMax,

    /// <summary>The smallest k with Gap(k) &gt;= Gap(k+1) - s(k+1) (Tibshirani, Walther and Hastie 2001).</summary>
    Tibshirani2001SEMax,

    /// <summary>The k with the largest gap.</summary>
    GlobalMax,

    /// <summary>The first local maximum: the first k with Gap(k) &gt;= Gap(k+1), or the last k.</summary>
    FirstMax,
}
