using FsCheck;
using FsCheck.Fluent;
using Segmentation.Clustering;
using Segmentation.Tests.Support;

namespace Segmentation.Tests.Clustering;

public class GaussianMixtureTests
{
    private static readonly double[][] TrueMeans = [[0, 0], [8, 0], [4, 7]];

    private static readonly double[][,] TrueCovariances =
    [
        new double[,] { { 1.0, 0.5 }, { 0.5, 1.5 } },
        new double[,] { { 2.0, -0.6 }, { -0.6, 1.0 } },
        new double[,] { { 1.2, 0.0 }, { 0.0, 0.8 } },
    ];

    private static readonly Lazy<GaussianMixtureModel> FittedOnKnownGaussians =
        new(() => new GaussianMixture(SyntheticOptions(3)).Fit(ThreeKnownGaussians()));

    private static DenseMatrix ThreeKnownGaussians() =>
        MixtureTestData.Gaussians(seed: 7, counts: [500, 500, 500], TrueMeans, TrueCovariances);

    private static GaussianMixtureOptions SyntheticOptions(int components) => new() { ComponentCount = components, Seed = 3 };

    private static GaussianMixtureOptions RandomStarts(int components) => new()
    {
        ComponentCount = components,
        Initialization = GaussianMixtureInitialization.Random,
        Restarts = 3,
        Tolerance = 1e-6,
        MaximumIterations = 1000,
        Seed = 3,
    };

    [Test]
    public void Full_covariance_recovers_the_means_and_covariances_of_three_known_gaussians()
    {
        // 500 rows per component: the standard error of a mean is about 0.06 and of a covariance entry about 0.1,
        // so 0.2 for means and 0.3 for covariance entries is over three standard errors.
        var model = new GaussianMixture(SyntheticOptions(3)).Fit(ThreeKnownGaussians());

        // Component matched to each truth by the nearest mean.
        var order = TrueMeans
            .Select(mean => Enumerable.Range(0, 3).MinBy(c => Math.Pow(model.Means[c, 0] - mean[0], 2) + Math.Pow(model.Means[c, 1] - mean[1], 2)))
            .ToArray();
        Assert.Multiple(() =>
        {
            for (var truth = 0; truth < 3; truth++)
            {
                var c = order[truth];
                TestContext.Out.WriteLine($"component {truth}: weight {model.Weights[c]}, mean ({model.Means[c, 0]}, {model.Means[c, 1]}), cov [{model.Covariances[c][0, 0]}, {model.Covariances[c][0, 1]}, {model.Covariances[c][1, 1]}]");
                Assert.That(model.Weights[c], Is.EqualTo(1.0 / 3).Within(0.02), $"weight {truth}");
                Assert.That(model.Means[c, 0], Is.EqualTo(TrueMeans[truth][0]).Within(0.2), $"mean x {truth}");
                Assert.That(model.Means[c, 1], Is.EqualTo(TrueMeans[truth][1]).Within(0.2), $"mean y {truth}");
                for (var i = 0; i < 2; i++)
                {
                    for (var j = 0; j < 2; j++)
                    {
                        Assert.That(model.Covariances[c][i, j], Is.EqualTo(TrueCovariances[truth][i, j]).Within(0.3), $"cov {truth} [{i},{j}]");
                    }
                }
            }

            Assert.That(model.Converged, Is.True);
        });
    }

    [Test]
    public void Diagonal_covariance_from_random_starts_recovers_axis_aligned_gaussians_and_has_zero_off_diagonals()
    {
        double[][,] covariances = [new double[,] { { 1, 0 }, { 0, 3 } }, new double[,] { { 2, 0 }, { 0, 0.5 } }];
        var data = MixtureTestData.Gaussians(seed: 11, counts: [600, 400], [[0, 0], [7, 2]], covariances);

        var model = new GaussianMixture(RandomStarts(2) with { CovarianceType = GaussianMixtureCovarianceType.Diagonal }).Fit(data);

        var first = model.Means[0, 0] < model.Means[1, 0] ? 0 : 1;
        var second = 1 - first;
        Assert.Multiple(() =>
        {
            Assert.That(model.Weights[first], Is.EqualTo(0.6).Within(0.02));
            Assert.That(model.Means[second, 0], Is.EqualTo(7).Within(0.2));
            Assert.That(model.Means[second, 1], Is.EqualTo(2).Within(0.2));
            Assert.That(model.Covariances[first][1, 1], Is.EqualTo(3).Within(0.4));
            Assert.That(model.Covariances[second][0, 0], Is.EqualTo(2).Within(0.3));
            Assert.That(model.Covariances[first][0, 1], Is.Zero);
            Assert.That(model.ParameterCount, Is.EqualTo((2 * 2) + (2 * 2) + 1));
        });
    }

    [Test]
    public void Bic_chooses_the_true_number_of_components_from_random_starts()
    {
        var selection = GaussianMixture.SelectComponentCount(ThreeKnownGaussians(), 1, 6, RandomStarts(1) with { Restarts = 2, Tolerance = 1e-4 });

        Assert.Multiple(() =>
        {
            Assert.That(selection.BestComponentCount, Is.EqualTo(3), string.Join(", ", selection.Bic));
            Assert.That(selection.ComponentCounts, Is.EqualTo(new[] { 1, 2, 3, 4, 5, 6 }));
            Assert.That(selection.Bic.Min(), Is.EqualTo(selection.BestModel.Bic));
        });
    }

    [Test]
    public void One_diagonal_component_is_the_mean_and_population_variance_with_the_hand_computed_likelihood()
    {
        // x = 0, 2 (variance 1) and y = 1, 1 (variance 0, so regularisation 0.25 alone).
        var data = new DenseMatrix([0, 1, 2, 1], 2, 2);
        var options = new GaussianMixtureOptions
        {
            CovarianceType = GaussianMixtureCovarianceType.Diagonal,
            Regularization = 0.25,
            Initialization = GaussianMixtureInitialization.Random,
        };

        var model = new GaussianMixture(options).Fit(data);

        // Each row: log N = -log(2 pi) - 0.5 log(1 * 0.25) - 0.5 * (1/1 + 0/0.25).
        var perRow = -Math.Log(2 * Math.PI) - (0.5 * Math.Log(0.25)) - 0.5;
        Assert.Multiple(() =>
        {
            Assert.That(model.Means.Values.ToArray(), Is.EqualTo(new[] { 1.0, 1.0 }).Within(1e-12));
            Assert.That(model.Covariances[0][0, 0], Is.EqualTo(1.25).Within(1e-12));
            Assert.That(model.Covariances[0][1, 1], Is.EqualTo(0.25).Within(1e-12));
            Assert.That(model.Weights[0], Is.EqualTo(1).Within(1e-12));
        });

        // The stored covariance includes the regularisation, so the likelihood uses 1.25 for x.
        var expected = 2 * (-Math.Log(2 * Math.PI) - (0.5 * Math.Log(1.25 * 0.25)) - (0.5 * (1 / 1.25)));
        Assert.Multiple(() =>
        {
            Assert.That(model.LogLikelihood, Is.EqualTo(expected).Within(1e-12));
            Assert.That(model.MeanLogLikelihood, Is.EqualTo(expected / 2).Within(1e-12));
            Assert.That(model.ParameterCount, Is.EqualTo(4));
            Assert.That(model.Bic, Is.EqualTo((-2 * expected) + (4 * Math.Log(2))).Within(1e-12));
            Assert.That(model.Aic, Is.EqualTo((-2 * expected) + 8).Within(1e-12));
            Assert.That(perRow, Is.LessThan(0), "sanity of the hand formula");
        });
    }

    [Test]
    public void Probabilities_sum_to_one_and_do_not_underflow_far_from_every_component()
    {
        var model = new GaussianMixture(SyntheticOptions(3)).Fit(ThreeKnownGaussians());
        var rows = new DenseMatrix([0, 0, 4, 3.5, 1e6, -1e6], 3, 2);

        var probabilities = model.PredictProbabilities(rows);
        var labels = model.Predict(rows);

        Assert.Multiple(() =>
        {
            for (var row = 0; row < 3; row++)
            {
                var span = probabilities.Row(row).ToArray();
                Assert.That(span.Sum(), Is.EqualTo(1).Within(1e-12), $"row {row}");
                Assert.That(span, Has.All.Matches<double>(double.IsFinite));
                Assert.That(labels[row], Is.EqualTo(Array.IndexOf(span, span.Max())), $"row {row}");
            }

            Assert.That(model.LogDensities(rows)[2], Is.LessThan(-1e9).And.Not.NaN);
        });
    }

    [Test]
    public void Fitting_from_labels_starts_each_component_at_its_labelled_rows()
    {
        var data = ThreeKnownGaussians();
        var labels = Enumerable.Range(0, data.Rows).Select(row => row / 500).ToArray();

        var model = new GaussianMixture(3).Fit(data, labels);

        Assert.Multiple(() =>
        {
            Assert.That(model.Means[0, 0], Is.EqualTo(0).Within(0.2));
            Assert.That(model.Means[1, 0], Is.EqualTo(8).Within(0.2));
            Assert.That(model.Means[2, 1], Is.EqualTo(7).Within(0.2));
            Assert.That(model.Predict(data).Take(500).Count(label => label == 0), Is.GreaterThan(490));
        });
    }

    [Test]
    public void The_same_seed_gives_the_same_model()
    {
        var data = ThreeKnownGaussians();
        var options = SyntheticOptions(3) with { Restarts = 3, Seed = 99 };

        var first = new GaussianMixture(options).Fit(data);
        var second = new GaussianMixture(options).Fit(data);

        Assert.Multiple(() =>
        {
            Assert.That(second.Means.Values.ToArray(), Is.EqualTo(first.Means.Values.ToArray()));
            Assert.That(second.LogLikelihood, Is.EqualTo(first.LogLikelihood));
            Assert.That(second.Iterations, Is.EqualTo(first.Iterations));
        });
    }

    [Test]
    public void Fewer_rows_than_components_is_a_data_error_quoting_both()
    {
        var data = new DenseMatrix([1, 2, 3, 4], 2, 2);

        var error = Assert.Throws<SegmentationDataException>(() => new GaussianMixture(3).Fit(data));

        Assert.That(error.Message, Is.EqualTo("rows=2 must be >= ComponentCount=3."));
    }

    [Test]
    public void A_value_that_is_not_finite_is_a_data_error_naming_row_and_column()
    {
        var data = new DenseMatrix([1, 2, 3, double.NaN], 2, 2);

        var error = Assert.Throws<SegmentationDataException>(() => new GaussianMixture(1).Fit(data));

        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Is.EqualTo("data[1, 1]=NaN is not a finite number."));
            Assert.That(error.RowIndex, Is.EqualTo(1));
            Assert.That(error.ColumnName, Is.EqualTo("column 1"));
        });
    }

    [Test]
    public void Invalid_settings_are_rejected_with_the_value_quoted()
    {
        Assert.Multiple(() =>
        {
            Assert.That(
                () => new GaussianMixture(new GaussianMixtureOptions { ComponentCount = 0 }),
                Throws.TypeOf<ArgumentOutOfRangeException>().With.Message.StartsWith("ComponentCount=0 must be > 0."));
            Assert.That(
                () => new GaussianMixture(new GaussianMixtureOptions { Regularization = -1 }),
                Throws.TypeOf<ArgumentOutOfRangeException>().With.Message.StartsWith("Regularization=-1 must be a finite number >= 0."));
            Assert.That(
                () => new GaussianMixture(new GaussianMixtureOptions { ComponentCount = 2, InitialWeights = [1.0] }),
                Throws.ArgumentException.With.Message.StartsWith("InitialWeights.Count=1 must equal ComponentCount=2."));
            Assert.That(
                () => new GaussianMixture(new GaussianMixtureOptions { ComponentCount = 2, InitialWeights = [0.5, 0.6] })
                    .Fit(new DenseMatrix([1, 2, 3], 3, 1)),
                Throws.ArgumentException.With.Message.StartsWith("InitialWeights must sum to 1 but sum to 1.1."));
        });
    }

    [Test]
    public void A_model_rejects_rows_with_another_feature_count()
    {
        var model = new GaussianMixture(new GaussianMixtureOptions { Initialization = GaussianMixtureInitialization.Random })
            .Fit(new DenseMatrix([0, 1, 2, 1], 2, 2));

        Assert.That(
            () => model.Predict(new DenseMatrix([1, 2, 3], 1, 3)),
            Throws.ArgumentException.With.Message.StartsWith("data.Columns=3 must equal the model's FeatureCount=2."));
    }

    // scikit-learn 1.2.1 (Debian python3-sklearn, numpy 1.24.2), run once to record the numbers below:
    //
    //   X = pd.read_csv('mall_customers.csv')[['Annual Income (k$)', 'Spending Score (1-100)']].to_numpy(float)
    //   means = np.array([[25, 20], [25, 80], [55, 50], [85, 15], [85, 85]], float); weights = np.full(5, 0.2)
    //   prec = {'full': np.array([np.eye(2) / 100.0] * 5), 'diag': np.full((5, 2), 1 / 100.0),
    //           'tied': np.eye(2) / 100.0, 'spherical': np.full(5, 1 / 100.0)}[ct]
    //   g = GaussianMixture(5, covariance_type=ct, weights_init=weights, means_init=means, precisions_init=prec,
    //                       tol=1e-3, reg_covar=1e-6, max_iter=100).fit(X)
    //   g.n_iter_, g.lower_bound_, g.score(X), g.bic(X), g.aic(X), g.weights_, g.means_
    //
    // (ct = 'full', 'diag', 'tied', 'spherical'; scikit-learn's tied covariance is [[160.0215, 3.0246], [3.0246, 81.7240]],
    // its spherical variances 110.72, 79.17, 58.87, 191.52, 178.84.)
    // Both sides start from exactly those parameters (covariance 100 I = precision I / 100), so both run the same EM.
    // Tolerance: 1e-12 on the mean log-likelihood, 1e-9 on BIC, AIC and every parameter (measured: about 5e-15 on the
    // mean log-likelihood, 1e-12 on BIC and 8e-14 on the means; the two differ only in rounding).
    [TestCase(
        GaussianMixtureCovarianceType.Full,
        7,
        -8.777290540704604,
        -8.776999573934912,
        3664.451033203858,
        3568.799829573965,
        new[] { 0.12079883689403498, 0.1035048697140275, 0.41354602628414616, 0.16545460949140686, 0.1966956576163846 },
        new[] { 27.018639870843412, 22.146702955711923, 25.114707448653473, 80.13348418777039, 55.708252913144136, 49.40396338902648, 88.81974652464743, 16.117069164779387, 86.24045041209521, 82.0203265786701 })]
    [TestCase(
        GaussianMixtureCovarianceType.Diagonal,
        4,
        -8.800901959705001,
        -8.800807190950918,
        3647.48249317752,
        3568.3228763803672,
        new[] { 0.11041439974719648, 0.10735352777376367, 0.40178832590695274, 0.184282666943208, 0.19616107962887913 },
        new[] { 25.81527755328289, 20.470518282533355, 25.473110649376842, 79.57300273670059, 54.692866038009235, 49.7095292530106, 87.2208770447458, 18.05620730538046, 86.29001454158312, 82.06094147286336 })]
    [TestCase(
        GaussianMixtureCovarianceType.Tied,
        5,
        -8.936845306984019,
        -8.936612974337994,
        3664.7165849665143,
        3608.6451897351976,
        new[] { 0.09673367052799973, 0.10258555460875114, 0.4416946694883903, 0.16764652530649365, 0.19133958006836502 },
        new[] { 25.41058043650013, 18.313504380138628, 25.272908551076604, 80.42873864119655, 54.478305192764914, 49.06901943078144, 88.63231798490126, 16.40122033710843, 86.69209366656031, 82.33795023256178 })]
    [TestCase(
        GaussianMixtureCovarianceType.Spherical,
        4,
        -8.883598045250334,
        -8.88349721111133,
        3654.0669144089443,
        3591.3988844445316,
        new[] { 0.11140465945187501, 0.10812528412435776, 0.3954804842005177, 0.1878394073812404, 0.19715016484200915 },
        new[] { 25.94175501226621, 20.54608251230519, 25.534227942570702, 79.55913485868334, 54.48911981924334, 49.8121406758358, 87.02580506628567, 18.545083439222047, 86.29367791510963, 81.79292992061586 })]
    [Category(SharedData.Category)]
    public void Mall_income_and_spending_matches_scikit_learn_from_the_same_start(
        GaussianMixtureCovarianceType covarianceType,
        int iterations,
        double lowerBound,
        double meanLogLikelihood,
        double bic,
        double aic,
        double[] weights,
        double[] means)
    {
        var options = new GaussianMixtureOptions
        {
            ComponentCount = 5,
            CovarianceType = covarianceType,
            InitialWeights = [0.2, 0.2, 0.2, 0.2, 0.2],
            InitialMeans = new DenseMatrix(new double[,] { { 25, 20 }, { 25, 80 }, { 55, 50 }, { 85, 15 }, { 85, 85 } }),
            InitialCovariances = Enumerable.Repeat(new DenseMatrix(new double[,] { { 100, 0 }, { 0, 100 } }), 5).ToArray(),
        };

        var model = new GaussianMixture(options).Fit(MixtureTestData.MallIncomeSpending());

        TestContext.Out.WriteLine(
            $"{covarianceType}: iterations {model.Iterations}, lower bound {model.LowerBound:R} (sklearn {lowerBound:R}, diff {model.LowerBound - lowerBound:E2}), " +
            $"mean log-likelihood {model.MeanLogLikelihood:R} (diff {model.MeanLogLikelihood - meanLogLikelihood:E2}), BIC {model.Bic:R} (diff {model.Bic - bic:E2}), " +
            $"max mean diff {model.Means.Values.ToArray().Zip(means, (a, b) => Math.Abs(a - b)).Max():E2}");
        Assert.Multiple(() =>
        {
            Assert.That(model.Iterations, Is.EqualTo(iterations));
            Assert.That(model.Converged, Is.True);
            Assert.That(model.LowerBound, Is.EqualTo(lowerBound).Within(1e-12));
            Assert.That(model.MeanLogLikelihood, Is.EqualTo(meanLogLikelihood).Within(1e-12));
            Assert.That(model.Bic, Is.EqualTo(bic).Within(1e-9));
            Assert.That(model.Aic, Is.EqualTo(aic).Within(1e-9));
            Assert.That(model.Weights, Is.EqualTo(weights).Within(1e-9));
            Assert.That(model.Means.Values.ToArray(), Is.EqualTo(means).Within(1e-9));
        });
    }

    [Test]
    [Category(SharedData.Category)]
    public void Tied_and_spherical_covariances_have_scikit_learns_shape_on_mall()
    {
        var start = new GaussianMixtureOptions
        {
            ComponentCount = 5,
            InitialWeights = [0.2, 0.2, 0.2, 0.2, 0.2],
            InitialMeans = new DenseMatrix(new double[,] { { 25, 20 }, { 25, 80 }, { 55, 50 }, { 85, 15 }, { 85, 85 } }),
            InitialCovariances = Enumerable.Repeat(new DenseMatrix(new double[,] { { 100, 0 }, { 0, 100 } }), 5).ToArray(),
        };
        var data = MixtureTestData.MallIncomeSpending();

        var tied = new GaussianMixture(start with { CovarianceType = GaussianMixtureCovarianceType.Tied }).Fit(data);
        var spherical = new GaussianMixture(start with { CovarianceType = GaussianMixtureCovarianceType.Spherical }).Fit(data);

        // Numbers from the scikit-learn script above.
        Assert.Multiple(() =>
        {
            Assert.That(tied.Covariances.Select(c => c.Values.ToArray()), Has.All.EqualTo(new[] { 160.02152535304305, 3.02461871758569, 3.02461871758569, 81.723974445968 }).Within(1e-8));
            Assert.That(spherical.Covariances.Select(c => c[0, 0]), Is.EqualTo(new[] { 110.72042153160638, 79.16759398609008, 58.8735368560541, 191.5168395407434, 178.84101413791598 }).Within(1e-8));
            Assert.That(spherical.Covariances.Select(c => c[1, 1] - c[0, 0]), Has.All.Zero);
            Assert.That(tied.ParameterCount, Is.EqualTo(3 + 10 + 4));
            Assert.That(spherical.ParameterCount, Is.EqualTo(5 + 10 + 4));
        });
    }

    [Test]
    public void Initial_covariances_must_fit_the_covariance_type()
    {
        var data = new DenseMatrix([0, 0, 1, 1, 2, 0, 3, 1], 4, 2);
        GaussianMixtureOptions Start(GaussianMixtureCovarianceType type, double[,] first, double[,] second) => new()
        {
            ComponentCount = 2,
            CovarianceType = type,
            InitialWeights = [0.5, 0.5],
            InitialMeans = new DenseMatrix(new double[,] { { 0, 0 }, { 3, 1 } }),
            InitialCovariances = [new DenseMatrix(first), new DenseMatrix(second)],
        };

        Assert.Multiple(() =>
        {
            Assert.That(
                () => new GaussianMixture(Start(GaussianMixtureCovarianceType.Diagonal, new double[,] { { 1, 0.5 }, { 0.5, 1 } }, new double[,] { { 1, 0 }, { 0, 1 } })).Fit(data),
                Throws.ArgumentException.With.Message.StartsWith("InitialCovariances[0][0, 1]=0.5 is invalid: Diagonal covariances must be 0 off the diagonal."));
            Assert.That(
                () => new GaussianMixture(Start(GaussianMixtureCovarianceType.Spherical, new double[,] { { 1, 0 }, { 0, 1 } }, new double[,] { { 1, 0 }, { 0, 2 } })).Fit(data),
                Throws.ArgumentException.With.Message.StartsWith("InitialCovariances[1][1, 1]=2 is invalid: Spherical covariances must have one value all along the diagonal."));
            Assert.That(
                () => new GaussianMixture(Start(GaussianMixtureCovarianceType.Tied, new double[,] { { 1, 0 }, { 0, 1 } }, new double[,] { { 2, 0 }, { 0, 1 } })).Fit(data),
                Throws.ArgumentException.With.Message.StartsWith("InitialCovariances[1][0, 0]=2 is invalid: Tied covariances must all equal InitialCovariances[0]."));
            Assert.That(
                () => new GaussianMixture(Start(GaussianMixtureCovarianceType.Full, new double[,] { { 1, 0.2 }, { 0.3, 1 } }, new double[,] { { 1, 0 }, { 0, 1 } })).Fit(data),
                Throws.ArgumentException.With.Message.StartsWith("InitialCovariances[0][0, 1]=0.2 is invalid: a covariance must be symmetric."));
        });
    }

    [Test]
    public void A_covariance_that_collapses_is_a_data_error_suggesting_regularization()
    {
        // Two identical rows, one component each, and no regularisation: the covariances are 0.
        var data = new DenseMatrix([1, 1, 1, 1, 5, 5, 5, 5], 4, 2);
        var options = new GaussianMixtureOptions { ComponentCount = 2, Regularization = 0 };

        var error = Assert.Throws<SegmentationDataException>(() => new GaussianMixture(options).Fit(data, [0, 0, 1, 1]));

        Assert.That(error.Message, Does.StartWith("The covariance of component 0 is not positive definite").And.EndWith("raise Regularization (now 0)."));
    }

    [FsCheck.NUnit.Property]
    public Property Probabilities_of_any_row_sum_to_one_and_predict_picks_the_most_probable() =>
        Prop.ForAll(Gen.Choose(-1_000_000, 1_000_000).Two().ToArbitrary(), point =>
        {
            var model = FittedOnKnownGaussians.Value;
            var row = new DenseMatrix([point.Item1 / 1000.0, point.Item2 / 1000.0], 1, 2);
            var probabilities = model.PredictProbabilities(row).Row(0).ToArray();
            return Math.Abs(probabilities.Sum() - 1) <= NormalisationTolerance(model, row)
                && probabilities.All(p => p >= 0 && p <= 1)
                && model.Predict(row)[0] == Array.IndexOf(probabilities, probabilities.Max());
        });

    [Test]
    public void Probabilities_far_from_every_component_sum_to_one_within_the_rounding_of_the_log_density()
    {
        // Found by the property above. As in scikit-learn, each probability is exp(log p - log density). This row's log
        // density is -94,795, where a double's spacing is 1.5e-11, and the probabilities carry that rounding: their sum
        // is 1 + 7.3e-12.
        var model = FittedOnKnownGaussians.Value;
        var row = new DenseMatrix([95.715, -409.168], 1, 2);

        var probabilities = model.PredictProbabilities(row).Row(0).ToArray();

        Assert.That(probabilities.Sum(), Is.EqualTo(1).Within(NormalisationTolerance(model, row)));
    }

    /// <summary>How far the probabilities may sum from one: a few roundings of the row's log density, and never less than 1e-12.</summary>
    private static double NormalisationTolerance(GaussianMixtureModel model, DenseMatrix row) =>
        Math.Max(1e-12, 8 * Math.Pow(2, -52) * Math.Abs(model.LogDensities(row)[0]));

    // scikit-learn 1.2.1, initialised from the K-Means labels of ../shared/reference/mall_income_spending_raw.json (k = 5):
    //
    //   resp = one-hot(labels); w, m, c = _estimate_gaussian_parameters(X, resp, 1e-6, ct); w /= len(X)
    //   g = GaussianMixture(5, covariance_type=ct, weights_init=w, means_init=m,
    //                       precisions_init=np.linalg.inv(c) if ct == 'full' else 1 / c).fit(X)
    //   g.n_iter_, g.score(X), g.bic(X), sorted g.means_
    //
    // which is exactly what init_params='kmeans' does with those labels. GaussianMixture(5, covariance_type=ct,
    // random_state=0).fit(X), with scikit-learn's own K-Means, reaches the same partition and prints the same numbers.
    [TestCase(GaussianMixtureCovarianceType.Full, 5, -8.777002452480867, 3664.4521846222397, new[] { 25.117485244665165, 27.03119093527626, 55.71036599823549, 86.24063303273664, 88.81300264877504 })]
    [TestCase(GaussianMixtureCovarianceType.Diagonal, 3, -8.800790935048408, 3647.475990816516, new[] { 25.48365025700974, 25.84973263585025, 54.697169962511275, 86.2891303943711, 87.20624654552677 })]
    [Category(SharedData.Category)]
    public void Mall_from_k_means_labels_matches_scikit_learns_kmeans_initialisation(
        GaussianMixtureCovarianceType covarianceType, int iterations, double meanLogLikelihood, double bic, double[] sortedIncomeMeans)
    {
        var reference = ReferenceCase.Load("mall_income_spending_raw");
        var options = new GaussianMixtureOptions { ComponentCount = 5, CovarianceType = covarianceType };

        var fromLabels = new GaussianMixture(options).Fit(reference.Features, reference.Labels);
        var fromOwnKMeans = new GaussianMixture(options).Fit(reference.Features);

        Assert.Multiple(() =>
        {
            Assert.That(fromLabels.Iterations, Is.EqualTo(iterations));
            Assert.That(fromLabels.MeanLogLikelihood, Is.EqualTo(meanLogLikelihood).Within(1e-12));
            Assert.That(fromLabels.Bic, Is.EqualTo(bic).Within(1e-9));
            Assert.That(Enumerable.Range(0, 5).Select(c => fromLabels.Means[c, 0]).Order().ToArray(), Is.EqualTo(sortedIncomeMeans).Within(1e-9));

            // Our own single K-Means start (seed 42, tolerance 1e-4) ends a boundary row or two away from scikit-learn's
            // partition, so EM ends at a neighbouring optimum: measured 2.3e-7 (full) and 1.7e-5 (diagonal) higher in mean
            // log-likelihood than scikit-learn's. Stated tolerance 1e-4, and never worse by more than that.
            Assert.That(fromOwnKMeans.MeanLogLikelihood, Is.EqualTo(meanLogLikelihood).Within(1e-4));
            Assert.That(Enumerable.Range(0, 5).Select(c => fromOwnKMeans.Means[c, 0]).Order().ToArray(), Is.EqualTo(sortedIncomeMeans).Within(0.1), "k$");
        });
        TestContext.Out.WriteLine(
            $"{covarianceType}: from labels {fromLabels.MeanLogLikelihood:R}, from own K-Means {fromOwnKMeans.MeanLogLikelihood:R}, scikit-learn {meanLogLikelihood:R}");
    }

    [Test]
    public void Default_k_means_initialisation_recovers_the_known_gaussians_and_bic_picks_three()
    {
        var data = ThreeKnownGaussians();

        var selection = GaussianMixture.SelectComponentCount(data, 1, 5);
        var model = selection.Models[2];

        Assert.Multiple(() =>
        {
            Assert.That(selection.BestComponentCount, Is.EqualTo(3), string.Join(", ", selection.Bic));
            Assert.That(model.Converged, Is.True);
            foreach (var mean in TrueMeans)
            {
                var nearest = Enumerable.Range(0, 3).Min(c => Math.Sqrt(Math.Pow(model.Means[c, 0] - mean[0], 2) + Math.Pow(model.Means[c, 1] - mean[1], 2)));
                Assert.That(nearest, Is.LessThan(0.2), $"mean ({mean[0]}, {mean[1]})");
            }

            Assert.That(new GaussianMixture(3).Fit(data).Means.Values.ToArray(), Is.EqualTo(model.Means.Values.ToArray()), "same seed, same model");
        });
    }
}
