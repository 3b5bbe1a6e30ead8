using FsCheck;
using FsCheck.Fluent;
using Segmentation.Data;
using Segmentation.Profiling;

namespace Segmentation.Tests.Profiling;

public class SegmentMigrationTests
{
    // Before: 1 A, 2 A, 3 A, 4 B, 5 B, 6 C.   After: 1 A, 2 B, 3 B, 4 B, 5 A, 7 B, 8 C.
    // A -> A 1 (1/3), A -> B 2 (2/3); B -> A 1 (1/2), B -> B 1 (1/2); C lost 1 (id 6); new: 7 to B, 8 to C.
    private static readonly (int Id, string Segment)[] Before = [(1, "A"), (2, "A"), (3, "A"), (4, "B"), (5, "B"), (6, "C")];
    private static readonly (int Id, string Segment)[] After = [(1, "A"), (2, "B"), (3, "B"), (4, "B"), (5, "A"), (7, "B"), (8, "C")];

    [Test]
    public void The_transition_matrix_counts_and_shares_customers_matched_by_id()
    {
        var migration = SegmentMigration.Compare(Before, After);

        Assert.Multiple(() =>
        {
            Assert.That(migration.FromSegments, Is.EqualTo(new[] { "A", "B", "C" }));
            Assert.That(migration.ToSegments, Is.EqualTo(new[] { "A", "B", "C" }));
            Assert.That(migration.GetTransitionCounts(), Is.EqualTo(new[,] { { 1, 2, 0 }, { 1, 1, 0 }, { 0, 0, 0 } }));
            Assert.That(
                migration.GetTransitionShares(),
                Is.EqualTo(new[,] { { 1.0 / 3, 2.0 / 3, 0 }, { 0.5, 0.5, 0 }, { 0, 0, 0 } }).Within(1e-15));
            Assert.That(migration.Count("A", "B"), Is.EqualTo(2));
            Assert.That(migration.Share("B", "A"), Is.EqualTo(0.5));
            Assert.That(migration.RetainedCount, Is.EqualTo(5));
            Assert.That(migration.NewCustomers, Is.EqualTo(new[] { 7, 8 }));
            Assert.That(migration.LostCustomers, Is.EqualTo(new[] { 6 }));
        });
    }

    [Test]
    public void Flows_list_moves_then_losses_per_segment_then_new_customers()
    {
        var migration = SegmentMigration.Compare(Before, After);

        var flows = migration.Flows.Select(f => (f.From, f.To, f.Count, f.Share, f.Kind)).ToArray();

        Assert.That(flows, Is.EqualTo(new (string?, string?, int, double, SegmentMigrationFlowKind)[]
        {
            ("A", "A", 1, 1.0 / 3, SegmentMigrationFlowKind.Stayed),
            ("A", "B", 2, 2.0 / 3, SegmentMigrationFlowKind.Moved),
            ("B", "A", 1, 0.5, SegmentMigrationFlowKind.Moved),
            ("B", "B", 1, 0.5, SegmentMigrationFlowKind.Stayed),
            ("C", null, 1, 1.0, SegmentMigrationFlowKind.Lost),
            (null, "B", 1, 0.5, SegmentMigrationFlowKind.New),
            (null, "C", 1, 0.5, SegmentMigrationFlowKind.New),
        }));
    }

    [Test]
    public void Frames_profile_each_flow_by_the_mean_of_numeric_columns()
    {
        // Spend after: 1 10, 2 20, 3 NaN, 4 40, 5 50, 7 70, 8 80; before: 6 spent 600 (lost, so read from before).
        var before = new DataFrame(
            new NumericColumn("Id", [1, 2, 3, 4, 5, 6]),
            new CategoricalColumn("Segment", ["A", "A", "A", "B", "B", "C"]),
            new NumericColumn("Spend", [1, 2, 3, 4, 5, 600]));
        var after = new DataFrame(
            new NumericColumn("Id", [1, 2, 3, 4, 5, 7, 8]),
            new CategoricalColumn("Segment", ["A", "B", "B", "B", "A", "B", "C"]),
            new NumericColumn("Spend", [10, 20, double.NaN, 40, 50, 70, 80]));

        var migration = SegmentMigration.Compare(before, after, "Id", "Segment", "Spend");

        var means = migration.Flows.ToDictionary(f => (f.From, f.To), f => f.Means["Spend"]);
        Assert.Multiple(() =>
        {
            Assert.That(migration.ProfileColumns, Is.EqualTo(new[] { "Spend" }));
            Assert.That(migration.Count("A", "B"), Is.EqualTo(2));
            Assert.That(means[("A", "A")], Is.EqualTo(10));
            Assert.That(means[("A", "B")], Is.EqualTo(20), "id 3's missing spend is skipped");
            Assert.That(means[("B", "A")], Is.EqualTo(50));
            Assert.That(means[("C", null)], Is.EqualTo(600));
            Assert.That(means[(null, "B")], Is.EqualTo(70));
            Assert.That(migration.NewCustomers, Is.EqualTo(new[] { "7", "8" }));
            Assert.That(migration.LostCustomers, Is.EqualTo(new[] { "6" }));
        });
    }

    [Test]
    public void One_model_scoring_two_snapshots_gives_labels_beside_the_frames()
    {
        var before = new DataFrame(new CategoricalColumn("Customer", ["x", "y"]), new NumericColumn("Age", [30, 40]));
        var after = new DataFrame(new CategoricalColumn("Customer", ["y", "z"]), new NumericColumn("Age", [41, 25]));

        var migration = SegmentMigration.Compare(before, ["0", "1"], after, ["0", "1"], "Customer", "Age");

        Assert.Multiple(() =>
        {
            Assert.That(migration.Count("1", "0"), Is.EqualTo(1));
            Assert.That(migration.LostCustomers, Is.EqualTo(new[] { "x" }));
            Assert.That(migration.NewCustomers, Is.EqualTo(new[] { "z" }));
            Assert.That(migration.Flows.Single(f => f.Kind == SegmentMigrationFlowKind.Moved).Means["Age"], Is.EqualTo(41));
        });
    }

    [Test]
    public void Cluster_numbers_are_ordered_numerically()
    {
        var migration = SegmentMigration.Compare(new[] { (1, 10), (2, 2) }, new[] { (1, 2), (2, 10) });

        Assert.Multiple(() =>
        {
            Assert.That(migration.FromSegments, Is.EqualTo(new[] { "2", "10" }));
            Assert.That(migration.GetTransitionCounts(), Is.EqualTo(new[,] { { 0, 1 }, { 1, 0 } }));
        });
    }

    [Test]
    public void Bad_input_is_rejected_naming_the_id_row_and_segment()
    {
        var duplicate = new[] { (1, "A"), (2, "B"), (1, "B") };

        Assert.Multiple(() =>
        {
            Assert.That(
                () => SegmentMigration.Compare(duplicate, After),
                Throws.TypeOf<SegmentationDataException>().With.Message.EqualTo(
                    "Id '1' appears twice in the before snapshot, at rows 0 and 2; each customer must appear once."));
            Assert.That(
                () => SegmentMigration.Compare(Before, After).Count("Z", "A"),
                Throws.ArgumentException.With.Message.StartsWith("from='Z' is not a segment of the earlier snapshot (A, B, C)."));
            var frame = new DataFrame(new NumericColumn("Id", [1]), new CategoricalColumn("Segment", ["A"]), new CategoricalColumn("City", ["Oslo"]));
            Assert.That(
                () => SegmentMigration.Compare(frame, frame, "Id", "Segment", "City"),
                Throws.TypeOf<SegmentationDataException>().With.Message.EqualTo(
                    "Profile column 'City' is Categorical; a flow profile takes means of numeric columns only."));
            Assert.That(
                () => SegmentMigration.Compare(frame, frame, "Id", "Segmnt"),
                Throws.TypeOf<ColumnNotFoundException>());
        });
    }

    [FsCheck.NUnit.Property]
    public Property Every_customer_is_in_exactly_one_flow_and_each_segments_shares_sum_to_one() =>
        Prop.ForAll(Ids(), Ids(), (beforeIds, afterIds) =>
        {
            // Each id once per snapshot; segment = id mod 3 before and id mod 4 after.
            var before = beforeIds.Distinct().Select(id => (id, $"s{id % 3}")).ToArray();
            var after = afterIds.Distinct().Select(id => (id, $"t{id % 4}")).ToArray();

            var migration = SegmentMigration.Compare(before, after);

            var everyone = before.Select(p => p.id).Union(after.Select(p => p.id)).Count();
            var sharesPerSegment = migration.Flows.Where(f => f.From is not null).GroupBy(f => f.From).Select(g => g.Sum(f => f.Share));
            return migration.Flows.Sum(f => f.Count) == everyone
                && migration.RetainedCount + migration.LostCustomers.Count == before.Length
                && migration.RetainedCount + migration.NewCustomers.Count == after.Length
                && sharesPerSegment.All(sum => Math.Abs(sum - 1) < 1e-12);
        });

    private static Arbitrary<int[]> Ids() => Gen.Choose(0, 40).ArrayOf().ToArbitrary();
}
