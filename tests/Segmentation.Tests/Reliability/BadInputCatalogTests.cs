namespace Segmentation.Tests.Reliability;

/// <summary>One test per catalog case, and a summary that counts the outcomes over the whole catalog.</summary>
public class BadInputCatalogTests
{
    private static IEnumerable<TestCaseData> Cases =>
        BadInputCatalog.Cases.Select(catalogCase => new TestCaseData(catalogCase).SetName($"{catalogCase.Area}: {catalogCase.Name}"));

    [TestCaseSource(nameof(Cases))]
    public void Bad_input_gives_a_typed_error_or_its_documented_result(object catalogCase)
    {
        var (outcome, detail) = CatalogRunner.Run((CatalogCase)catalogCase);

        TestContext.Out.WriteLine($"{outcome}: {detail}");
        Assert.That(outcome, Is.EqualTo(CatalogOutcome.TypedError).Or.EqualTo(CatalogOutcome.DocumentedResult), detail);
    }

    [Test]
    public void The_catalog_has_at_least_forty_cases_and_no_crash_hang_or_mismatch()
    {
        var results = BadInputCatalog.Cases.Select(catalogCase => (Case: catalogCase, Result: CatalogRunner.Run(catalogCase))).ToList();
        var counts = results.GroupBy(r => r.Result.Outcome).ToDictionary(group => group.Key, group => group.Count());
        int Count(CatalogOutcome outcome) => counts.GetValueOrDefault(outcome);

        var summary = $"Bad-input catalog: {results.Count} cases, {Count(CatalogOutcome.TypedError)} typed errors, "
            + $"{Count(CatalogOutcome.DocumentedResult)} documented results, {Count(CatalogOutcome.Crash)} crashes, "
            + $"{Count(CatalogOutcome.Hang)} hangs, {Count(CatalogOutcome.Mismatch)} mismatches "
            + $"({string.Join(", ", results.GroupBy(r => r.Case.Area).Select(group => $"{group.Key}: {group.Count()}"))}).";
        TestContext.Out.WriteLine(summary);
        TestContext.Progress.WriteLine(summary);
        foreach (var (catalogCase, (outcome, detail)) in results.Where(r => r.Result.Outcome is not (CatalogOutcome.TypedError or CatalogOutcome.DocumentedResult)))
        {
            TestContext.Out.WriteLine($"  {outcome} in '{catalogCase.Name}': {detail}");
        }

        Assert.Multiple(() =>
        {
            Assert.That(results, Has.Count.GreaterThanOrEqualTo(40));
            Assert.That(Count(CatalogOutcome.Crash) + Count(CatalogOutcome.Hang) + Count(CatalogOutcome.Mismatch), Is.Zero, summary);
            Assert.That(results.Select(r => r.Case.Name), Is.Unique);
        });
    }
}
