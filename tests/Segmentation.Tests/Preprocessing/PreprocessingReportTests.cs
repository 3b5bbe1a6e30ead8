using Segmentation.Data;
using Segmentation.Preprocessing;
using static Segmentation.Tests.Preprocessing.PreprocessingAssert;

namespace Segmentation.Tests.Preprocessing;

public class PreprocessingReportTests
{
    [Test]
    public void The_summary_lists_every_drop_imputation_and_excluded_row_with_index_and_id()
    {
        var frame = new DataFrame(Numbers("ID", 101, 102, 103, 104), Numbers("Spend", 5, double.NaN, 7, -1), Numbers("Flat", 1, 1, 1, 1));
        var report = new PreprocessingReport("ID");

        Preprocessor.Fit([new ExcludeInvalidValues("Spend"), new ImputeMissing(Imputation.Mean), new DropLowVariance()], frame, report);

        Assert.That(report.ToString(), Is.EqualTo(string.Join(
            Environment.NewLine,
            "Preprocessing report: 0 columns selected, 1 dropped, 1 values imputed, 1 rows excluded, 0 rows flagged.",
            "  dropped column 'Flat' (DropLowVariance): variance 0 is at most the threshold 0",
            "  imputed 1 values in 'Spend' with 6",
            "  excluded row 3 (ID=104) (ExcludeInvalidValues): 'Spend'=-1 is below the minimum 0")));
    }

    [Test]
    public void Without_an_id_column_rows_are_identified_by_their_zero_based_index()
    {
        var frame = new DataFrame(Numbers("Spend", 5, -1));
        var report = new PreprocessingReport();

        Preprocessor.Fit([new ExcludeInvalidValues("Spend")], frame, report);

        Assert.That(report.ExcludedRows, Is.EqualTo(new[] { new ExcludedRow("1", 1, "ExcludeInvalidValues", "'Spend'=-1 is below the minimum 0") }));
    }

    [Test]
    public void A_blank_id_column_name_is_rejected()
    {
        Assert.That(
            () => new PreprocessingReport(" "),
            Throws.ArgumentException.With.Message.StartsWith("idColumnName must not be empty or white space."));
    }
}
