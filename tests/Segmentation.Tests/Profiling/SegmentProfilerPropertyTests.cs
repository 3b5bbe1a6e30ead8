using FsCheck;
using FsCheck.Fluent;
using Segmentation.Data;
using Segmentation.Profiling;

namespace Segmentation.Tests.Profiling;

public class SegmentProfilerPropertyTests
{
    [Test]
    public void Names_are_unique_and_sizes_add_up_for_any_labelling()
    {
        var cases = from rows in Gen.Choose(1, 40)
                    from k in Gen.Choose(1, 8)
                    from labels in Gen.ArrayOf(Gen.Choose(0, k - 1), rows)
                    from income in Gen.ArrayOf(Gen.Choose(0, 5).Select(v => (double)v), rows)
                    from spending in Gen.ArrayOf(Gen.Choose(0, 5).Select(v => (double)v), rows)
                    select (labels, income, spending, k);

        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var frame = new DataFrame(new NumericColumn("Income", c.income), new NumericColumn("Spending", c.spending));
            var profiles = SegmentProfiler.Profile(frame, c.labels, new SegmentProfilerOptions { SegmentCount = c.k });

            return profiles.Count == c.k
                && profiles.Select(p => p.Name.ToUpperInvariant()).Distinct().Count() == c.k
                && profiles.Sum(p => p.Size) == c.labels.Length
                && Math.Abs(profiles.Sum(p => p.Share) - 1) < 1e-12;
        }).QuickCheckThrowOnFailure();
    }
}
