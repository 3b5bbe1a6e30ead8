using System.Globalization;
using System.Text.Json;
using Segmentation.Clustering;
using Segmentation.Tests.Support;

namespace Segmentation.Tests.Evaluation;

/// <summary>
/// One scikit-learn reference case from ../shared/reference, with its feature matrix rebuilt from ../shared/data
/// by <see cref="ReferenceCase"/> from the recipe the JSON states (the evaluation tests do not depend on the DataFrame).
/// </summary>
internal sealed class EvaluationReference
{
    public static readonly string[] Names =
        ["mall_income_spending_raw", "mall_age_income_spending_zscore", "marketing_engineered_zscore"];

    private EvaluationReference(string name, JsonElement root, DenseMatrix features)
    {
        Name = name;
        Root = root;
        Features = features;
    }

    public string Name { get; }

    public JsonElement Root { get; }

    public DenseMatrix Features { get; }

    public int[] Labels => Root.GetProperty("labels").EnumerateArray().Select(e => e.GetInt32()).ToArray();

    public double[] SilhouetteSamples => Doubles(Root.GetProperty("silhouette_samples"));

    public double[] KneedleDifferenceCurve => Doubles(Root.GetProperty("kneedle_difference_curve"));

    public int KneedleKnee => Root.GetProperty("kneedle_knee_k").GetInt32();

    public double Metric(string name) => Root.GetProperty("metrics_for_labels").GetProperty(name).GetDouble();

    public (double[] K, double[] Inertia) InertiaCurve()
    {
        var pairs = Root.GetProperty("best_inertia_by_k").EnumerateObject().ToArray();
        return (pairs.Select(p => double.Parse(p.Name, CultureInfo.InvariantCulture)).ToArray(),
            pairs.Select(p => p.Value.GetDouble()).ToArray());
    }

    public static EvaluationReference Load(string name)
    {
        var root = JsonDocument.Parse(File.ReadAllText(SharedData.ReferenceFile(name + ".json"))).RootElement;
        // ReferenceCase rebuilds the matrix from the recipe and checks it against feature_matrix_first_rows.
        var features = ReferenceCase.Load(name).Features;

        return new EvaluationReference(name, root, features);
    }

    public static DenseMatrix MallIncomeSpending() => ReferenceCase.Load("mall_income_spending_raw").Features;

    private static double[] Doubles(JsonElement array) => array.EnumerateArray().Select(e => e.GetDouble()).ToArray();
}
