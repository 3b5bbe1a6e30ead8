namespace Segmentation.Clustering;

/// <summary>
/// Gaussian mixtures fitted over a range of component counts, and the count with the lowest BIC
/// (see <see cref="GaussianMixture.SelectComponentCount"/>).
/// </summary>
public sealed class GaussianMixtureSelection
{
    internal GaussianMixtureSelection(IReadOnlyList<GaussianMixtureModel> models)
    {
        System.Diagnostics.Debug.Assert(models.Count > 0, "at least one model");
        Models = models;
        var best = models[0];
        foreach (var model in models)
        {
            if (model.Bic < best.Bic)
            {
                best = model;
            }
        }

        BestModel = best;
    }

    /// <summary>Gets the fitted models, by increasing component count.</summary>
    public IReadOnlyList<GaussianMixtureModel> Models { get; }

    /// <summary>Gets the component counts tried, in the order of <see cref="Models"/>.</summary>
    public IReadOnlyList<int> ComponentCounts => Models.Select(m => m.ComponentCount).ToArray();

    /// <summary>Gets the BIC of each model, in the order of <see cref="Models"/>.</summary>
    public IReadOnlyList<double> Bic => Models.Select(m => m.Bic).ToArray();

    /// <summary>Gets the AIC of each model, in the order of <see cref="Models"/>.</summary>
    public IReadOnlyList<double> Aic => Models.Select(m => m.Aic).ToArray();

    /// <summary>Gets the model with the lowest BIC (the smaller count on a tie).</summary>
    public GaussianMixtureModel BestModel { get; }

    /// <summary>Gets the component count with the lowest BIC.</summary>
    public int BestComponentCount => BestModel.ComponentCount;
}
