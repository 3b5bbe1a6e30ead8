using System.Text.Json;
using Segmentation.Data;
using Segmentation.Persistence;
using Segmentation.Preprocessing;
using Segmentation.Tests.Support;
using static Segmentation.Tests.Preprocessing.PreprocessingAssert;

namespace Segmentation.Tests.Preprocessing;

public class PreprocessorTests
{
    private static DataFrame Customers() => new(
        Numbers("CustomerID", 1, 2, 3, 4, 5, 6),
        Categories("Gender", "Male", "Female", null, "Female", "Male", "Female"),
        Numbers("Year_Birth", 1990, 1985, 1970, double.NaN, 1960, 2001),
        Numbers("Wines", 10, 200, 50, 80, 5, 30),
        Numbers("Fruits", 1, 20, 5, 8, 30, 3),
        new DateColumn("Joined", [new DateTime(2013, 1, 1), new DateTime(2013, 6, 1), new DateTime(2012, 1, 1), new DateTime(2014, 1, 1), new DateTime(2013, 3, 1), new DateTime(2012, 12, 31)]));

    private static PreprocessingStep[] EveryStep() =>
    [
        new FilterRows((frame, row) => frame.Columns.GetNumeric("Year_Birth")[row] is not 2001, "born in 2001"),
        new ExcludeInvalidValues(new InvalidValueOptions { Columns = ["Fruits"], Maximum = 25 }),
        new DeriveColumn("Age", new AgeFromBirthYear("Year_Birth", 2014)),
        new DeriveColumn("Spend", new SumOf(["Wines", "Fruits"])),
        new DeriveColumn("Tenure", new DaysSince("Joined", new DateTime(2014, 12, 31))),
        new SelectColumns("Gender", "Age", "Spend", "Wines", "Tenure"),
        new ImputeMissing(Imputation.Median),
        new OneHotEncode("Gender"),
        new DropCorrelated(0.99),
        new DropLowVariance(),
        new ExcludeOutliers(new OutlierOptions { IqrMultiplier = 3 }),
        new Normalize(new NormalizationOptions { Method = Normalization.Robust, Log1p = true, Columns = ["Spend"] }),
        new Normalize(new NormalizationOptions { Method = Normalization.ZScore, Columns = ["Age", "Tenure"] }),
        new ReduceDimensions(0.9),
    ];

    [Test]
    public void Every_step_chained_reports_each_row_excluded_by_id_and_the_survivors_replay_identically()
    {
        var report = new PreprocessingReport("CustomerID");

        var (fitted, frame) = Preprocessor.Fit(EveryStep(), Customers(), report);

        var kept = report.ExcludedRows.Select(r => r.RowIndex).ToHashSet();
        var survivors = Customers().TakeRows(Enumerable.Range(0, 6).Where(row => !kept.Contains(row)).ToArray());
        var replayReport = new PreprocessingReport("CustomerID");
        var replayed = fitted.Transform(survivors, replayReport);
        Assert.Multiple(() =>
        {
            Assert.That(report.ExcludedRows.Select(r => (r.RowId, r.Step)), Is.EqualTo(new[] { ("6", "FilterRows"), ("5", "ExcludeInvalidValues") }));
            Assert.That(frame.Rows.Count, Is.EqualTo(4));
            Assert.That(
                report.DroppedColumns.Where(d => d.Step == "DropCorrelated").Select(d => d.Column),
                Is.EqualTo(new[] { "Gender_Male", "Wines" }));
            Assert.That(frame.Columns.Names, Is.EqualTo(new[] { "PC1", "PC2" }));
            Assert.That(report.ImputedValues.Select(i => i.Column), Is.EquivalentTo(new[] { "Gender", "Age" }));
            FramesEqual(replayed, frame);
            Assert.That(FeatureMatrix.Build(frame, report).Rows, Is.EqualTo(4));
        });
    }

    [Test]
    public void At_scoring_time_no_row_is_dropped_and_filtered_rows_are_flagged()
    {
        var (fitted, _) = Preprocessor.Fit(EveryStep(), Customers(), new PreprocessingReport("CustomerID"));
        var report = new PreprocessingReport("CustomerID");

        var scored = fitted.Transform(Customers(), report);

        Assert.Multiple(() =>
        {
            Assert.That(scored.Rows.Count, Is.EqualTo(6));
            Assert.That(report.FlaggedRows.Select(r => r.RowId), Does.Contain("5"));
            Assert.That(report.ExcludedRows, Is.Empty);
        });
    }

    [Test]
    public void The_fitted_chain_round_trips_through_json_and_scores_identically()
    {
        var (fitted, _) = Preprocessor.Fit(EveryStep(), Customers(), new PreprocessingReport("CustomerID"));

        var json = JsonSerializer.Serialize(fitted);
        var copy = JsonSerializer.Deserialize<FittedPreprocessing>(json)!;

        Assert.Multiple(() =>
        {
            Assert.That(copy.Steps.Select(s => s.GetType()), Is.EqualTo(fitted.Steps.Select(s => s.GetType())));
            Assert.That(JsonSerializer.Serialize(copy), Is.EqualTo(json));
            FramesEqual(copy.Transform(Customers(), new PreprocessingReport()), fitted.Transform(Customers(), new PreprocessingReport()));
        });
    }

    [Test]
    public void The_fitted_chain_survives_a_model_file_with_its_checksum()
    {
        var (fitted, _) = Preprocessor.Fit(EveryStep(), Customers(), new PreprocessingReport("CustomerID"));
        using var stream = new MemoryStream();

        ModelFile.Write(stream, fitted);
        stream.Position = 0;
        var copy = ModelFile.Read<FittedPreprocessing>(stream, "memory");

        FramesEqual(copy.Transform(Customers(), new PreprocessingReport()), fitted.Transform(Customers(), new PreprocessingReport()));
    }

    [Test]
    public void Steps_describe_themselves_for_the_method_section_of_a_report()
    {
        var frame = new DataFrame(Numbers("Year_Birth", 1990, 1980), Categories("Gender", "Male", "Female"));
        PreprocessingStep[] steps =
        [
            new DeriveColumn("Age", new AgeFromBirthYear("Year_Birth", 2014)),
            new ImputeMissing(Imputation.Median),
            new OneHotEncode(),
            new Normalize(new NormalizationOptions { Columns = ["Age"] }),
        ];

        var (fitted, _) = Preprocessor.Fit(steps, frame, new PreprocessingReport());

        Assert.Multiple(() =>
        {
            Assert.That(steps.Select(s => s.ToString()), Is.EqualTo(new[]
            {
                "DeriveColumn('Age' = 2014 - 'Year_Birth')",
                "ImputeMissing(Median, categorical MostFrequent)",
                "OneHotEncode(all categorical columns)",
                "Normalize(ZScore)",
            }));
            Assert.That(fitted.Steps.Select(s => s.ToString()), Is.EqualTo(new[]
            {
                "DeriveColumn('Age' = 2014 - 'Year_Birth')",
                "ImputeMissing('Year_Birth' <- 1985, 'Gender' <- 'Female', 'Age' <- 29)",
                "OneHotEncode('Gender': Female/Male)",
                "Normalize(ZScore: 'Age' (x - 29) / 5)",
            }));
        });
    }

    [Test]
    public void Scoring_a_frame_without_a_fitted_column_names_it_with_suggestions()
    {
        var (fitted, _) = Preprocessor.Fit([new SelectColumns("Wines", "Fruits"), new Normalize()], Customers(), new PreprocessingReport());
        var newData = new DataFrame(Numbers("Wine", 1, 2), Numbers("Fruits", 3, 4));

        var error = Assert.Throws<ColumnNotFoundException>(() => fitted.Transform(newData, new PreprocessingReport()));

        Assert.That(error!.Message, Is.EqualTo("Column 'Wines' was not found. Did you mean 'Wine'?"));
    }

    [Test]
    public void An_id_column_that_does_not_exist_is_reported_with_suggestions()
    {
        var error = Assert.Throws<ColumnNotFoundException>(
            () => Preprocessor.Fit([new SelectColumns("Wines")], Customers(), new PreprocessingReport("CustomerId")));

        Assert.That(error!.Message, Is.EqualTo("Column 'CustomerId' was not found. Did you mean 'CustomerID'?"));
    }

    [Test]
    [Category(SharedData.Category)]
    public void Mall_zscore_recipe_reproduces_the_reference_feature_matrix()
    {
        using var reference = JsonDocument.Parse(File.ReadAllText(SharedData.ReferenceFile("mall_age_income_spending_zscore.json")));
        PreprocessingStep[] steps =
        [
            new SelectColumns("Age", "Annual Income (k$)", "Spending Score (1-100)"),
            new Normalize(Normalization.ZScore),
        ];

        var (fitted, frame) = Preprocessor.Fit(steps, RealData.Mall(), new PreprocessingReport("CustomerID"));

        AssertMatchesReference(reference.RootElement, (FittedNormalization)fitted.Steps[^1], FeatureMatrix.Build(frame));
    }

    [Test]
    [Category(SharedData.Category)]
    public void Marketing_engineered_recipe_reproduces_the_reference_feature_matrix()
    {
        using var reference = JsonDocument.Parse(File.ReadAllText(SharedData.ReferenceFile("marketing_engineered_zscore.json")));
        PreprocessingStep[] steps =
        [
            new DeriveColumn("Age", new AgeFromBirthYear("Year_Birth", 2014)),
            new DeriveColumn("Children", new SumOf(["Kidhome", "Teenhome"])),
            new DeriveColumn("MntTotal", new SumOf(["MntWines", "MntFruits", "MntMeatProducts", "MntFishProducts", "MntSweetProducts", "MntGoldProds"])),
            new DeriveColumn("NumPurchases", new SumOf(["NumWebPurchases", "NumCatalogPurchases", "NumStorePurchases"])),
            new SelectColumns("Income", "Age", "Children", "Recency", "MntTotal", "NumPurchases", "NumWebVisitsMonth"),
            new ImputeMissing(Imputation.Median),
            new Normalize(Normalization.ZScore),
        ];
        var report = new PreprocessingReport("ID");

        var (fitted, frame) = Preprocessor.Fit(steps, RealData.Marketing(), report);

        Assert.That(report.ImputedValues, Is.EqualTo(new[] { new ImputedValues("Income", "51381.5", 24) }));
        AssertMatchesReference(reference.RootElement, (FittedNormalization)fitted.Steps[^1], FeatureMatrix.Build(frame, report));
    }

    private static void AssertMatchesReference(JsonElement reference, FittedNormalization scaling, Segmentation.Clustering.DenseMatrix matrix)
    {
        var means = reference.GetProperty("recipe").GetProperty("means").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        var stds = reference.GetProperty("recipe").GetProperty("stds").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        var firstRows = reference.GetProperty("feature_matrix_first_rows").EnumerateArray()
            .Select(row => row.EnumerateArray().Select(e => e.GetDouble()).ToArray()).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(matrix.Rows, Is.EqualTo(reference.GetProperty("rows").GetInt32()));
            Assert.That(scaling.Columns.Select(c => c.Center), Is.EqualTo(means).Within(1e-12).Percent);
            Assert.That(scaling.Columns.Select(c => c.Scale), Is.EqualTo(stds).Within(1e-12).Percent);
            for (var row = 0; row < firstRows.Length; row++)
            {
                Assert.That(matrix.Row(row).ToArray(), Is.EqualTo(firstRows[row]).Within(1e-12), $"row {row}");
            }
        });
    }
}
