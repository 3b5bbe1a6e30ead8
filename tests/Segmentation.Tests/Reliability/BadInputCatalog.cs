using System.Text;
using Segmentation.Clustering;
using Segmentation.Data;
using Segmentation.Evaluation;
using Segmentation.Persistence;
using Segmentation.Pipeline;
using Segmentation.Synthetic;

namespace Segmentation.Tests.Reliability;

/// <summary>
/// The bad-input catalog: every awkward CSV file in Reliability/Catalog, every API misuse and every damaged model file
/// we know of, each with the typed error (type and message fragments, column, row, value) or the documented result it
/// must give. One row per case, so the count is the length of <see cref="Cases"/>.
/// </summary>
internal static class BadInputCatalog
{
    private const string Csv = "CSV file";
    private const string Api = "API call";
    private const string Scoring = "Scoring";
    private const string ModelFiles = "Model file";

    public static IEnumerable<CatalogCase> Cases => CsvCases().Concat(ApiCases()).Concat(ScoringCases()).Concat(ModelFileCases());

    public static string PathOf(string name) => Path.Combine(TestContext.CurrentContext.TestDirectory, "Reliability", "Catalog", name);

    private static DataFrame Load(string name, CsvLoadOptions? options = null) => DataFrame.LoadCsv(PathOf(name), options);

    private static ExpectedError Error<T>(params string[] fragments)
        where T : Exception => new(typeof(T), fragments);

    private static DocumentedResult Result<T>(string description, Action<T> check) =>
        new(description, result => check((T)result!));

    private static SegmentationResult Fit(DataFrame frame, int clusterCount, Func<SegmentationPipeline, SegmentationPipeline>? configure = null)
    {
        var pipeline = SegmentationPipeline.Create().WithIdColumn("CustomerID");
        pipeline = configure?.Invoke(pipeline) ?? pipeline;
        return pipeline.KMeans(new KMeansStepOptions { ClusterCount = clusterCount, Restarts = 2 }).Fit(frame);
    }

    private static IEnumerable<CatalogCase> CsvCases()
    {
        yield return new("Empty file", Csv, () => Load("empty.csv"),
            Error<SegmentationDataException>("CSV file 'empty.csv' is empty"));
        yield return new("Only blank lines", Csv, () => Load("blank_lines_only.csv"),
            Error<SegmentationDataException>("'blank_lines_only.csv' is empty"));
        yield return new("Header only", Csv, () => Load("header_only.csv"),
            Error<SegmentationDataException>("'header_only.csv' has a header but no data rows", "AllowNoDataRows"));
        yield return new("Header only, no data rows allowed", Csv, () => Load("header_only.csv", new CsvLoadOptions { AllowNoDataRows = true }),
            Result<DataFrame>("a frame with the three columns and no rows", frame =>
            {
                Assert.That(frame.Rows.Count, Is.Zero);
                Assert.That(frame.Columns.Names, Is.EqualTo(new[] { "CustomerID", "Age", "Income" }));
            }));
        yield return new("Ragged row", Csv, () => Load("ragged_rows.csv"),
            Error<SegmentationDataException>("'ragged_rows.csv' line 4 (row index 2) has 4 fields but the header has 3") with { Row = 2 });
        yield return new("Unclosed quote", Csv, () => Load("unclosed_quote.csv"),
            Error<SegmentationDataException>("'unclosed_quote.csv' line 2 (row index 0) opens a quoted field that is not closed"));
        yield return new("Mixed separators", Csv, () => Load("mixed_separators.csv"),
            Error<SegmentationDataException>("line 3 (row index 1) has 1 fields but the header has 3") with { Row = 1 });
        yield return new("UTF-8 byte order mark", Csv, () => Load("bom_utf8.csv"),
            Result<DataFrame>("the BOM is dropped: the first column is named CustomerID", frame =>
            {
                Assert.That(frame.Columns.Names[0], Is.EqualTo("CustomerID"));
                Assert.That(frame.Rows.Count, Is.EqualTo(2));
            }));
        yield return new("UTF-16 byte order mark", Csv, () => Load("utf16_bom.csv"),
            Result<DataFrame>("UTF-16 LE with BOM is decoded", frame =>
            {
                Assert.That(frame.Columns.Names, Is.EqualTo(new[] { "Cust", "Age" }));
                Assert.That(frame.Columns.GetNumeric("Age")[0], Is.EqualTo(25));
            }));
        yield return new("Non-UTF-8 bytes", Csv, () => Load("latin1_bytes.csv"),
            Error<SegmentationDataException>("'latin1_bytes.csv' line 3 (row index 1), column 'Name'", "not valid UTF-8", "Encoding.Latin1") with
            {
                Column = "Name", Row = 1, Value = "Zo\uFFFD",
            });
        yield return new("Non-UTF-8 bytes read as Latin-1", Csv, () => Load("latin1_bytes.csv", new CsvLoadOptions { Encoding = Encoding.Latin1 }),
            Result<DataFrame>("with Encoding = Latin1 the name reads Zoë", frame =>
                Assert.That(frame.Columns.GetCategorical("Name")[1], Is.EqualTo("Zoë"))));
        yield return new("One data row", Csv, () => Load("one_row.csv"),
            Result<DataFrame>("a frame of one row", frame => Assert.That(frame.Rows.Count, Is.EqualTo(1))));
        yield return new("One data row, automatic features", Csv, () => Fit(Load("one_row.csv"), 2),
            Error<SegmentationDataException>("No column can be a feature", "constant", "SelectFeatures"));
        yield return new("One data row, clustered into 2", Csv, () => Fit(Load("one_row.csv"), 2, pipeline => pipeline.SelectFeatures("Age", "Income")),
            Error<SegmentationDataException>("rows=1 must be >= clusterCount=2"));
        yield return new("One column", Csv, () => Fit(Load("one_column.csv"), 2, pipeline => SegmentationPipeline.Create()),
            Result<SegmentationResult>("one feature clusters; every row is labelled", result =>
            {
                Assert.That(result.Model.FeatureNames, Is.EqualTo(new[] { "Income" }));
                Assert.That(result.Labels, Has.Count.EqualTo(6));
            }));
        yield return new("All-missing column", Csv, () => Load("all_missing_column.csv"),
            Result<DataFrame>("a numeric column with every value missing", frame =>
            {
                var score = frame.Columns["Score"];
                Assert.That(score.Kind, Is.EqualTo(ColumnKind.Numeric));
                Assert.That(score.MissingCount, Is.EqualTo(6));
            }));
        yield return new("All-missing column selected as a feature", Csv,
            () => Fit(Load("all_missing_column.csv"), 2, pipeline => pipeline.SelectFeatures("Age", "Score").ImputeMissing()),
            Error<SegmentationDataException>("'Score'"));
        yield return new("Constant column", Csv, () => Fit(Load("constant_column.csv"), 2, pipeline => pipeline.SelectFeatures("Age", "Income", "Country").Normalize()),
            Result<SegmentationResult>("the constant column is dropped and reported, not divided by zero", result =>
            {
                Assert.That(result.Model.FeatureNames, Does.Not.Contain("Country"));
                Assert.That(result.Report.DroppedColumns.Select(dropped => dropped.Column), Does.Contain("Country"));
            }));
        yield return new("Duplicate rows only, automatic features", Csv, () => Fit(Load("duplicate_rows_only.csv"), 2),
            Error<SegmentationDataException>("No column can be a feature", "constant"));
        yield return new("Duplicate rows only", Csv, () => Fit(Load("duplicate_rows_only.csv"), 2, pipeline => pipeline.SelectFeatures("Age", "Income")),
            Result<SegmentationResult>("all five rows in one place: clustered, with a distinct-points diagnostic", result =>
            {
                Assert.That(result.Labels, Has.Count.EqualTo(5));
                Assert.That(result.Clustering.Diagnostics, Has.Some.Contains("distinct points=1 < clusterCount=2"));
            }));
        yield return new("Fewer distinct points than k", Csv, () => Fit(Load("two_distinct_points.csv"), 3),
            Result<SegmentationResult>("two distinct points, k = 3: clustered, with a diagnostic", result =>
            {
                Assert.That(result.Labels, Has.Count.EqualTo(6));
                Assert.That(result.Clustering.Diagnostics, Has.Some.Contains("distinct points=2 < clusterCount=3"));
            }));
        yield return new("k equals the number of rows", Csv, () => Fit(Load("four_rows.csv"), 4),
            Result<SegmentationResult>("each row is its own segment, inertia 0", result =>
            {
                Assert.That(result.Labels.Distinct().Count(), Is.EqualTo(4));
                Assert.That(result.Clustering.Inertia, Is.Zero);
            }));
        yield return new("Huge values (1e300) load exactly", Csv, () => Load("huge_values.csv"),
            Result<DataFrame>("1e300 and 1.7e308 are read as they are", frame =>
            {
                Assert.That(frame.Columns.GetNumeric("Income")[0], Is.EqualTo(1e300));
                Assert.That(frame.Columns.GetNumeric("Income")[2], Is.EqualTo(1.7e308));
            }));
        yield return new("Huge values (1e300) clustered", Csv, () => Fit(Load("huge_values.csv"), 2, pipeline => pipeline.SelectFeatures("Age", "Income").Normalize()),
            Result<SegmentationResult>("z-scores stay finite; every row is labelled", result =>
            {
                Assert.That(result.Labels, Has.Count.EqualTo(6));
                Assert.That(result.Features.Values.ToArray(), Has.All.Matches<double>(double.IsFinite));
            }));
        yield return new("Subnormal numbers", Csv, () => Load("subnormals.csv"),
            Result<DataFrame>("subnormals are read bit for bit", frame =>
            {
                var tiny = frame.Columns.GetNumeric("Tiny");
                Assert.That(tiny[0], Is.EqualTo(double.Epsilon));
                Assert.That(tiny[2], Is.EqualTo(-1e-320));
            }));
        yield return new("NaN text", Csv, () => Load("nan_text.csv"),
            Result<DataFrame>("NaN and nan are missing-value tokens", frame =>
                Assert.That(frame.Columns["Income"].MissingCount, Is.EqualTo(2))));
        yield return new("Infinity text", Csv, () => Load("infinity_text.csv"),
            Error<SegmentationDataException>("'infinity_text.csv' line 4 (row index 2), column 'Income': value 'Infinity' is not a finite number") with
            {
                Column = "Income", Row = 2, Value = "Infinity",
            });
        yield return new("-Infinity text", Csv, () => Load("negative_infinity_text.csv"),
            Error<SegmentationDataException>("column 'Income': value '-Infinity' is not a finite number") with { Column = "Income", Row = 3, Value = "-Infinity" });
        yield return new("Overflowing number (1e999)", Csv, () => Load("overflow_text.csv"),
            Error<SegmentationDataException>("value '1e999' is not a finite number") with { Column = "Income", Row = 1, Value = "1e999" });
        yield return new("Negative zero", Csv, () => Load("negative_zero.csv"),
            Result<DataFrame>("-0 is read as negative zero and equals 0", frame =>
            {
                var balance = frame.Columns.GetNumeric("Balance");
                Assert.That(double.IsNegative(balance[0]), Is.True);
                Assert.That(balance[0], Is.EqualTo(0.0));
            }));
        yield return new("Very long header name (10,220 characters)", Csv, () => Load("long_header.csv"),
            Result<DataFrame>("the name is kept exactly", frame =>
                Assert.That(frame.Columns.Names[1], Has.Length.EqualTo(10_220).And.StartsWith("Customer annual income"))));
        yield return new("Duplicate header names", Csv, () => Load("duplicate_headers.csv"),
            Error<SegmentationDataException>("header names column 'Age' twice (columns 2 and 3") with { Column = "Age" });
        yield return new("Empty header name", Csv, () => Load("empty_header_name.csv"),
            Error<SegmentationDataException>("header has an empty name for column 2"));
        yield return new("Numeric-looking IDs, inferred", Csv, () => Load("numeric_ids.csv"),
            Result<DataFrame>("as pandas, 00123 infers as the number 123", frame =>
                Assert.That(frame.Columns.GetNumeric("CustomerID")[0], Is.EqualTo(123))));
        yield return new("Numeric-looking IDs, typed categorical", Csv,
            () => Load("numeric_ids.csv", new CsvLoadOptions { ColumnTypes = { ["CustomerID"] = ColumnKind.Categorical } }),
            Result<DataFrame>("given as Categorical, the leading zeros are kept", frame =>
                Assert.That(frame.Columns.GetCategorical("CustomerID")[0], Is.EqualTo("00123"))));
        yield return new("Numeric-looking IDs are not features", Csv, () => Fit(Load("numeric_ids.csv"), 2, pipeline => SegmentationPipeline.Create()),
            Result<SegmentationResult>("an ID-like numeric column is left out of the automatic features", result =>
                Assert.That(result.Model.FeatureNames, Does.Not.Contain("CustomerID"))));
        yield return new("ISO dates", Csv, () => Load("dates_iso.csv"),
            Result<DataFrame>("yyyy-MM-dd is a date column", frame =>
                Assert.That(frame.Columns.GetDate("Joined")[0], Is.EqualTo(new DateTime(2024, 1, 5)))));
        yield return new("Day-first dates", Csv, () => Load("dates_day_first.csv"),
            Result<DataFrame>("dd-MM-yyyy is a date column (day first)", frame =>
                Assert.That(frame.Columns.GetDate("Joined")[1], Is.EqualTo(new DateTime(2023, 12, 31)))));
        yield return new("Dates in several formats in one column", Csv, () => Load("dates_mixed_formats.csv"),
            Result<DataFrame>("no one format reads them all: the column stays text, nothing is guessed", frame =>
                Assert.That(frame.Columns["Joined"].Kind, Is.EqualTo(ColumnKind.Categorical))));
        yield return new("Date column given, with a non-date", Csv,
            () => Load("dates_with_text.csv", new CsvLoadOptions { ColumnTypes = { ["Joined"] = ColumnKind.Date } }),
            Error<SegmentationDataException>("line 3 (row index 1), column 'Joined': value 'not a date' is not a date") with { Column = "Joined", Row = 1, Value = "not a date" });
        yield return new("Numeric column given, with text", Csv,
            () => Load("latin1_bytes.csv", new CsvLoadOptions { Encoding = Encoding.Latin1, ColumnTypes = { ["Name"] = ColumnKind.Numeric } }),
            Error<SegmentationDataException>("line 2 (row index 0), column 'Name': value 'Ann' is not a number") with { Column = "Name", Row = 0, Value = "Ann" });
        yield return new("Column type given for a column the file lacks", Csv,
            () => Load("one_row.csv", new CsvLoadOptions { ColumnTypes = { ["Incme"] = ColumnKind.Numeric } }),
            Error<ColumnNotFoundException>("Incme", "Income"));
        yield return new("Quoted line break and doubled quotes", Csv, () => Load("quoted_newline.csv"),
            Result<DataFrame>("three rows; the line break and the quote are kept in the values", frame =>
            {
                Assert.That(frame.Rows.Count, Is.EqualTo(3));
                Assert.That(frame.Columns.GetCategorical("Note")[0], Is.EqualTo("line one\nline two"));
                Assert.That(frame.Columns.GetCategorical("Note")[1], Is.EqualTo("said \"hi\""));
            }));
        yield return new("CRLF line ends", Csv, () => Load("crlf.csv"),
            Result<DataFrame>("CRLF reads as LF; no \\r in the last column", frame =>
                Assert.That(frame.Columns.GetNumeric("Income")[1], Is.EqualTo(55))));
        yield return new("Blank lines between rows", Csv, () => Load("blank_lines_between_rows.csv"),
            Result<DataFrame>("blank lines are skipped, not rows", frame => Assert.That(frame.Rows.Count, Is.EqualTo(3))));
        yield return new("Blank line error names the physical line", Csv,
            () => DataFrame.ParseCsv("a,b\n1,2\n\n\n3\n"),
            Error<SegmentationDataException>("line 5 (row index 1) has 1 fields") with { Row = 1 });
        yield return new("Semicolon separated", Csv, () => Load("semicolon.csv"),
            Result<DataFrame>("';' is detected", frame => Assert.That(frame.Columns.Count, Is.EqualTo(3))));
        yield return new("Tab separated", Csv, () => Load("tab.csv"),
            Result<DataFrame>("TAB is detected", frame => Assert.That(frame.Columns.Count, Is.EqualTo(3))));
        yield return new("Gzip-compressed file", Csv, () => Load("rows_2000.csv.gz"),
            Result<DataFrame>("decompressed while read: all 2,000 rows", frame => Assert.That(frame.Rows.Count, Is.EqualTo(2_000))));
        yield return new("Corrupt gzip file", Csv, () => Load("corrupt_gzip.csv.gz"),
            Error<SegmentationDataException>("'corrupt_gzip.csv.gz' is not valid gzip data"));
        yield return new("Truncated gzip file", Csv, () => Load("truncated.csv.gz"),
            Error<SegmentationDataException>("'truncated.csv.gz'", "truncated"));
        yield return new("Numbers with thousands separators", Csv, () => Load("thousands_separators.csv"),
            Result<DataFrame>("with the invariant culture \"1,234\" is not a number: the column stays text, nothing is misread", frame =>
                Assert.That(frame.Columns.GetCategorical("Income")[0], Is.EqualTo("1,234"))));
        yield return new("Numbers with thousands separators given as Numeric", Csv,
            () => Load("thousands_separators.csv", new CsvLoadOptions { ColumnTypes = { ["Income"] = ColumnKind.Numeric } }),
            Error<SegmentationDataException>("line 2 (row index 0), column 'Income': value '1,234' is not a number") with { Column = "Income", Row = 0, Value = "1,234" });
        yield return new("Last line without a line break", Csv, () => Load("no_final_newline.csv"),
            Result<DataFrame>("the last row is read", frame => Assert.That(frame.Columns.GetNumeric("Income")[1], Is.EqualTo(55))));
        yield return new("A record of empty fields", Csv, () => Load("empty_record.csv"),
            Result<DataFrame>("\",,\" is a row of missing values, not skipped", frame =>
            {
                Assert.That(frame.Rows.Count, Is.EqualTo(3));
                Assert.That(frame.Columns["Age"].IsMissing(1), Is.True);
            }));
        yield return new("Outliers excluded are reported by id", Csv,
            () => Fit(Load("outlier.csv"), 2, pipeline => pipeline.SelectFeatures("Age", "Income").ExcludeOutliers()),
            Result<SegmentationResult>("the 5000 income row is excluded and listed as CustomerID 7; the rest are clustered", result =>
            {
                Assert.That(result.Report.ExcludedRows.Select(row => (row.RowId, row.RowIndex)), Is.EqualTo(new[] { ("7", 6) }));
                Assert.That(result.TrainingRows, Has.Count.EqualTo(7).And.No.Contains(6));
            }));
        yield return new("Assign keeps every row, outliers included", Csv,
            () =>
            {
                var frame = Load("outlier.csv");
                return (frame, Fit(frame, 2, pipeline => pipeline.SelectFeatures("Age", "Income").ExcludeOutliers()).Assign(frame));
            },
            Result<(DataFrame Input, DataFrame Assigned)>("scoring never drops rows: one segment per input row", pair =>
            {
                Assert.That(pair.Assigned.Rows.Count, Is.EqualTo(pair.Input.Rows.Count));
                Assert.That(pair.Assigned.Columns["Segment"].MissingCount, Is.Zero);
            }));
        yield return new("Missing file", Csv, () => Load("no_such_file.csv"),
            Error<FileNotFoundException>("no_such_file.csv"));
        yield return new("Quote as separator", Csv, () => DataFrame.ParseCsv("a,b\n1,2\n", new CsvLoadOptions { Separator = '"' }),
            Error<ArgumentException>("Separator='\"' cannot be a quote"));
        yield return new("Missing cells are reported by row", Csv, () => Fit(Load("missing_cells.csv"), 2, pipeline => pipeline.SelectFeatures("Age", "Income")),
            Error<SegmentationDataException>("Column 'Age' has a missing value (NaN) in row 1 (CustomerID=2)", "ImputeMissing") with { Column = "Age", Row = 1, Value = "NaN" });
    }

    private static IEnumerable<CatalogCase> ApiCases()
    {
        var blobs = new DenseMatrix(new double[] { 0, 0, 0, 1, 10, 10, 10, 11 }, 4, 2);
        yield return new("K-Means with k = 0", Api, () => new KMeans(0),
            Error<ArgumentOutOfRangeException>("ClusterCount=0"));
        yield return new("K-Means with a NaN tolerance", Api, () => new KMeans(new KMeansOptions { Tolerance = double.NaN }),
            Error<ArgumentOutOfRangeException>("Tolerance=NaN"));
        yield return new("K-Means with 0 restarts", Api, () => new KMeans(new KMeansOptions { Restarts = 0 }),
            Error<ArgumentOutOfRangeException>("Restarts=0"));
        yield return new("Matrix values of the wrong length", Api, () => new DenseMatrix(new double[5], 2, 3),
            Error<ArgumentException>("values.Length=5 must equal rows=2 x columns=3"));
        yield return new("Matrix larger than an array", Api, () => new DenseMatrix(ReadOnlySpan<double>.Empty, 65_536, 65_536),
            Error<ArgumentException>("rows=65536 x columns=65536 is more values than one array can hold"));
        yield return new("K-Means on fewer rows than k", Api, () => new KMeans(5).Fit(blobs),
            Error<SegmentationDataException>("rows=4 must be >= clusterCount=5"));
        yield return new("K-Means on a NaN value", Api,
            () => new KMeans(2).Fit(new DenseMatrix(new[] { 0, 0, 1, double.NaN, 5, 5 }, 3, 2)),
            Error<SegmentationDataException>("NaN") with { Row = 1 });
        yield return new("K-Means on an infinite value", Api,
            () => new KMeans(2).Fit(new DenseMatrix(new[] { 0, 0, 1, 1, double.PositiveInfinity, 5 }, 3, 2)),
            Error<SegmentationDataException>("Infinity") with { Row = 2 });
        yield return new("K-Means with a negative weight", Api, () => new KMeans(2).Fit(blobs, [1, 1, -1, 1]),
            Error<ArgumentException>("-1"));
        yield return new("K-Means with too few weights", Api, () => new KMeans(2).Fit(blobs, [1, 1]),
            Error<ArgumentException>("2", "4"));
        yield return new("Predict with the wrong column count", Api,
            () => KMeans.Predict(new KMeans(new KMeansOptions { ClusterCount = 2, Restarts = 1 }).Fit(blobs), new DenseMatrix(new double[3], 1, 3)),
            Error<ArgumentException>("3", "2"));
        yield return new("Silhouette of one cluster", Api, () => Silhouette.Score(blobs, [0, 0, 0, 0]),
            Error<ArgumentException>("1"));
        yield return new("Silhouette with too few labels", Api, () => Silhouette.Score(blobs, [0, 1]),
            Error<ArgumentException>("2", "4"));
        yield return new("k sweep wider than the rows", Api,
            () => new ClusterCountSelector(new ClusterCountSelectorOptions { MinClusters = 2, MaxClusters = 6 }).Select(blobs),
            Error<SegmentationDataException>("6", "4"));
        yield return new("k sweep with min above max", Api,
            () => new ClusterCountSelector(new ClusterCountSelectorOptions { MinClusters = 5, MaxClusters = 3 }),
            Error<ArgumentOutOfRangeException>("5", "3"));
        yield return new("Pipeline without a clustering step", Api, () => SegmentationPipeline.Create().Fit(SyntheticCustomers.Mall(20)),
            Error<InvalidOperationException>("add .KMeans(k)"));
        yield return new("Pipeline fitted twice", Api, () =>
            {
                var pipeline = SegmentationPipeline.Create().KMeans(new KMeansStepOptions { ClusterCount = 2, Restarts = 1 });
                pipeline.Fit(SyntheticCustomers.Mall(20));
                return pipeline.Fit(SyntheticCustomers.Mall(20));
            },
            Error<InvalidOperationException>("already fitted"));
        yield return new("Pipeline feature misspelt", Api,
            () => SegmentationPipeline.Create().SelectFeatures("Anual Income (k$)").KMeans(2).Fit(SyntheticCustomers.Mall(20)),
            Error<ColumnNotFoundException>("Anual Income (k$)", "Annual Income (k$)"));
        yield return new("Pipeline ID column misspelt", Api,
            () => SegmentationPipeline.Create().WithIdColumn("CustomerId").KMeans(2).Fit(SyntheticCustomers.Mall(20)),
            Error<ColumnNotFoundException>("CustomerId", "CustomerID"));
        yield return new("Categorical feature not encoded", Api,
            () => SegmentationPipeline.Create().SelectFeatures("Gender", "Age").KMeans(2).Fit(SyntheticCustomers.Mall(20)),
            Error<SegmentationDataException>("Column 'Gender' is categorical", "OneHotEncode") with { Column = "Gender" });
        yield return new("Pipeline k range reversed", Api, () => SegmentationPipeline.Create().KMeans(5, 3),
            Error<ArgumentOutOfRangeException>("5", "3"));
        yield return new("FromRows with null", Api, () => DataFrame.FromRows<Customer>(null!),
            Error<ArgumentNullException>("rows"));
        yield return new("Null CSV path", Api, () => DataFrame.LoadCsv((string)null!),
            Error<ArgumentNullException>("path"));
        yield return new("Data rows excluded are reported by id", Api,
            () => Fit(Load("missing_cells.csv"), 2, pipeline => pipeline.SelectFeatures("Age", "Income").ExcludeInvalidValues("Age", "Income").ImputeMissing()),
            Result<SegmentationResult>("no row silently lost: training rows + reported exclusions = all rows", result =>
                Assert.That(result.TrainingRows.Count + result.Report.ExcludedRows.Count, Is.EqualTo(6))));
    }

    private static readonly Lazy<SegmentationModel> GenderModel = new(() =>
        Fit(Load("gender_income.csv"), 2, pipeline => pipeline.SelectFeatures("Gender", "Income").OneHotEncode("Gender").ImputeMissing().Normalize()).Model);

    private static IEnumerable<CatalogCase> ScoringCases()
    {
        yield return new("Unknown category at scoring", Scoring,
            () => GenderModel.Value.Predict(DataFrame.ParseCsv("CustomerID,Gender,Income\n7,Other,50\n8,Female,60\n")),
            Result<SegmentPredictions>("scored with all-zero indicators and reported by row id", predictions =>
            {
                Assert.That(predictions.Count, Is.EqualTo(2));
                var unknown = predictions.Report.UnknownCategories.Single();
                Assert.That((unknown.Column, unknown.Category, unknown.RowId, unknown.RowIndex), Is.EqualTo(("Gender", "Other", "7", 0)));
            }));
        yield return new("Missing column at scoring", Scoring,
            () => GenderModel.Value.Predict(DataFrame.ParseCsv("CustomerID,Gender,Incom\n7,Male,50\n")),
            Error<ColumnNotFoundException>("Income") with { Column = "Income" });
        yield return new("Text in a numeric feature at scoring", Scoring,
            () => GenderModel.Value.Predict(DataFrame.ParseCsv("CustomerID,Gender,Income\n7,Male,fifty\n8,Male,20\n")),
            Error<SegmentationDataException>("Income"));
        yield return new("Missing value at scoring is imputed", Scoring,
            () => GenderModel.Value.Predict(DataFrame.ParseCsv("CustomerID,Gender,Income\n7,Male,\n8,,20\n")),
            Result<SegmentPredictions>("every row scored; imputations reported", predictions =>
            {
                Assert.That(predictions.Count, Is.EqualTo(2));
                Assert.That(predictions.Report.ImputedValues, Is.Not.Empty);
            }));
        yield return new("Infinity at scoring", Scoring,
            () => GenderModel.Value.Predict(new DataFrame(
                new NumericColumn("CustomerID", [7, 8]),
                new CategoricalColumn("Gender", ["Male", "Female"]),
                new NumericColumn("Income", [50, double.PositiveInfinity]))),
            Error<SegmentationDataException>("Infinity", "CustomerID=8") with { Row = 1 });
        yield return new("No rows at scoring, types inferred", Scoring,
            () => GenderModel.Value.Predict(DataFrame.ParseCsv("CustomerID,Gender,Income\n", new CsvLoadOptions { AllowNoDataRows = true })),
            Error<SegmentationDataException>("Column 'Gender' is Numeric, not Categorical") with { Column = "Gender" });
        yield return new("No rows at scoring", Scoring,
            () => GenderModel.Value.Predict(DataFrame.ParseCsv(
                "CustomerID,Gender,Income\n", new CsvLoadOptions { AllowNoDataRows = true, ColumnTypes = { ["Gender"] = ColumnKind.Categorical } })),
            Result<SegmentPredictions>("an empty prediction", predictions => Assert.That(predictions.Count, Is.Zero)));
    }

    private static byte[] SavedModel()
    {
        using var stream = new MemoryStream();
        GenderModel.Value.Save(stream);
        return stream.ToArray();
    }

    private static SegmentationModel LoadFile(string name) => SegmentationModel.Load(PathOf(name));

    private static SegmentationModel LoadBytes(byte[] bytes) => SegmentationModel.Load(new MemoryStream(bytes), "model");

    private static byte[] Envelope(string payloadJson)
    {
        using var stream = new MemoryStream();
        ModelFile.Write(stream, System.Text.Json.JsonDocument.Parse(payloadJson).RootElement);
        return stream.ToArray();
    }

    private static IEnumerable<CatalogCase> ModelFileCases()
    {
        yield return new("Model file that is not JSON", ModelFiles, () => LoadFile("not_json.segmodel"),
            Error<ModelFileException>("'not_json.segmodel' is not a Segmentation model: it is truncated or is not JSON"));
        yield return new("Empty model file", ModelFiles, () => LoadFile("empty.segmodel"),
            Error<ModelFileException>("'empty.segmodel' is not a Segmentation model"));
        yield return new("Model file of a newer version", ModelFiles, () => LoadFile("version_99.segmodel"),
            Error<ModelFileException>("formatVersion=99; this library reads formatVersion=1", "newer version"));
        yield return new("Model file of an older version", ModelFiles, () => LoadFile("version_0.segmodel"),
            Error<ModelFileException>("formatVersion=0", "Re-fit"));
        yield return new("Model file without a version", ModelFiles, () => LoadFile("no_version.segmodel"),
            Error<ModelFileException>("no readable \"formatVersion\""));
        yield return new("Model file of another format", ModelFiles, () => LoadFile("wrong_format.segmodel"),
            Error<ModelFileException>("\"format\" is not \"Segmentation.Model\""));
        yield return new("Model file holding a JSON array", ModelFiles, () => LoadFile("json_array.segmodel"),
            Error<ModelFileException>("is not a Segmentation model"));
        yield return new("Model file with a wrong checksum", ModelFiles, () => LoadFile("bad_checksum.segmodel"),
            Error<ModelFileException>("is corrupted: its payload checksum is sha256:", "the file says sha256:0000"));
        yield return new("Model file without a checksum", ModelFiles, () => LoadFile("no_checksum.segmodel"),
            Error<ModelFileException>("lacks its \"checksum\""));
        yield return new("Model file with bytes that are not UTF-8", ModelFiles, () => LoadFile("non_utf8.segmodel"),
            Error<ModelFileException>("not valid UTF-8"));
        yield return new("Missing model file", ModelFiles, () => LoadFile("no_such_model.segmodel"),
            Error<FileNotFoundException>("no_such_model.segmodel"));
        yield return new("Truncated model file", ModelFiles, () =>
            {
                var bytes = SavedModel();
                return LoadBytes(bytes[..(bytes.Length / 2)]);
            },
            Error<ModelFileException>("'model' is not a Segmentation model: it is truncated"));
        yield return new("Bit-flipped model file", ModelFiles, () =>
            {
                var bytes = SavedModel();
                var digit = Array.FindLastIndex(bytes, b => b is >= (byte)'1' and <= (byte)'8');
                bytes[digit] ^= 0x01;
                return LoadBytes(bytes);
            },
            Error<ModelFileException>("'model' is corrupted: its payload checksum is"));
        yield return new("Model payload that is not a model (valid checksum)", ModelFiles, () => LoadBytes(Envelope("{\"foo\":1}")),
            Error<ModelFileException>("'model'"));
        yield return new("Model payload with a centre of the wrong width (valid checksum)", ModelFiles, () =>
            {
                var json = System.Text.Json.Nodes.JsonNode.Parse(Encoding.UTF8.GetString(SavedModel()))!["payload"]!;
                json["centroids"]![0] = new System.Text.Json.Nodes.JsonArray(1.0);
                return LoadBytes(Envelope(json.ToJsonString()));
            },
            Error<ModelFileException>("is inconsistent: centre 0 has 1 values but must have 3"));
        yield return new("Model payload with a one-hot column listed twice (valid checksum)", ModelFiles, () =>
            {
                var json = System.Text.Json.Nodes.JsonNode.Parse(Encoding.UTF8.GetString(SavedModel()))!["payload"]!;
                var encoded = json["preprocessing"]!["steps"]!.AsArray().Single(step => (string?)step!["$step"] == "oneHotEncode")!["columns"]!.AsArray();
                encoded.Add(encoded[0]!.DeepClone());
                return LoadBytes(Envelope(json.ToJsonString()));
            },
            Error<ModelFileException>("is inconsistent: in its FittedOneHotEncoding step, the encoded columns name 'Gender' twice"));
        yield return new("Model payload with a step lacking its $step (valid checksum)", ModelFiles, () =>
            {
                var json = System.Text.Json.Nodes.JsonNode.Parse(Encoding.UTF8.GetString(SavedModel()))!["payload"]!;
                json["preprocessing"]!["steps"]![0]!.AsObject().Remove("$step");
                return LoadBytes(Envelope(json.ToJsonString()));
            },
            Error<ModelFileException>("has a payload this version cannot read", "type discriminator"));
        yield return new("Model payload with a null column name (valid checksum)", ModelFiles, () =>
            {
                var json = System.Text.Json.Nodes.JsonNode.Parse(Encoding.UTF8.GetString(SavedModel()))!["payload"]!;
                json["featureNames"]![0] = null;
                return LoadBytes(Envelope(json.ToJsonString()));
            },
            Error<ModelFileException>("is inconsistent: the features include a null name"));
        yield return new("Model payload with a null preprocessing step (valid checksum)", ModelFiles, () =>
            {
                var json = System.Text.Json.Nodes.JsonNode.Parse(Encoding.UTF8.GetString(SavedModel()))!["payload"]!;
                json["preprocessing"]!["steps"]![0] = null;
                return LoadBytes(Envelope(json.ToJsonString()));
            },
            Error<ModelFileException>("lacks part of the model"));
    }

    private sealed record Customer(int CustomerId, double Income);
}
