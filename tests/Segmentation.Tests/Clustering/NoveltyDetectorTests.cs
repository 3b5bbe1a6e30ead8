using Segmentation.Clustering;
using Segmentation.Tests.Support;

namespace Segmentation.Tests.Clustering;

public class NoveltyDetectorTests
{
    // Segment 0: centre (0, 0), 100 members at distances 1, 2, ..., 100 (on the y axis).
    // Segment 1: centre (10, 0), 4 members at distance 0.5 (left, right, above, below).
    // Thresholds at 0.99: segment 0: position 99 x 0.99 = 98.01 -> 99 + 0.01 x (100 - 99) = 99.01; segment 1: 0.5.
    private static (DenseMatrix Centroids, DenseMatrix Data, int[] Labels) Constructed()
    {
        var rows = new List<double>();
        var labels = new List<int>();
        for (var distance = 1; distance <= 100; distance++)
        {
            rows.AddRange([0, distance]);
            labels.Add(0);
        }

        rows.AddRange([9.5, 0, 10.5, 0, 10, 0.5, 10, -0.5]);
        labels.AddRange([1, 1, 1, 1]);
        return (new DenseMatrix([0, 0, 10, 0], 2, 2), new DenseMatrix(rows.ToArray(), labels.Count, 2), labels.ToArray());
    }

    [Test]
    public void Thresholds_are_the_interpolated_quantile_of_member_distances()
    {
        var (centroids, data, labels) = Constructed();

        var detector = NoveltyDetector.Fit(centroids, data, labels);

        Assert.Multiple(() =>
        {
            Assert.That(detector.Thresholds[0], Is.EqualTo(99.01).Within(1e-12));
            Assert.That(detector.Thresholds[1], Is.EqualTo(0.5));
            Assert.That(detector.MemberDistances(0), Has.Count.EqualTo(100));
            Assert.That(detector.MemberDistances(0)[0], Is.EqualTo(1));
            Assert.That(detector.Quantile, Is.EqualTo(0.99));
            Assert.That(detector.Rule, Is.EqualTo(NoveltyRule.EverySegment));
        });
    }

    [Test]
    public void A_row_is_novel_only_when_every_segment_is_too_far_by_default()
    {
        var (centroids, data, labels) = Constructed();
        var detector = NoveltyDetector.Fit(centroids, data, labels);

        // (0, 50): inside segment 0. (0, 200): beyond both. (10, 0.6): 0.6 > 0.5 from segment 1 (its nearest),
        // but 10.018 <= 99.01 from segment 0, so segment 0 takes it.
        var scores = detector.Score(new DenseMatrix([0, 50, 0, 200, 10, 0.6], 3, 2));

        Assert.Multiple(() =>
        {
            Assert.That(scores[0], Is.EqualTo(new NoveltyScore(0, 50, 99.01, false)).Using<NoveltyScore>(Close));
            Assert.That(scores[1], Is.EqualTo(new NoveltyScore(0, 200, 99.01, true)).Using<NoveltyScore>(Close));
            Assert.That(scores[2], Is.EqualTo(new NoveltyScore(1, 0.6, 0.5, false)).Using<NoveltyScore>(Close));
        });
    }

    [Test]
    public void The_nearest_segment_rule_flags_a_row_beyond_its_nearest_threshold()
    {
        var (centroids, data, labels) = Constructed();
        var detector = NoveltyDetector.Fit(centroids, data, labels, quantile: 0.99, NoveltyRule.NearestSegment);

        var scores = detector.Score(new DenseMatrix([0, 50, 0, 200, 10, 0.6, 10, 0.4], 4, 2));

        Assert.That(scores.Select(s => s.IsNovel), Is.EqualTo(new[] { false, true, true, false }));
    }

    [Test]
    public void Quantile_one_is_the_farthest_member_and_zero_the_nearest()
    {
        var (centroids, data, labels) = Constructed();

        Assert.Multiple(() =>
        {
            Assert.That(NoveltyDetector.Fit(centroids, data, labels, quantile: 1).Thresholds[0], Is.EqualTo(100));
            Assert.That(NoveltyDetector.Fit(centroids, data, labels, quantile: 0).Thresholds[0], Is.EqualTo(1));
            Assert.That(NoveltyDetector.Fit(centroids, data, labels, quantile: 0.5).Thresholds[0], Is.EqualTo(50.5));
        });
    }

    [Test]
    public void A_segment_without_members_has_threshold_zero()
    {
        var detector = NoveltyDetector.Fit(new DenseMatrix([0, 5], 2, 1), new DenseMatrix([1, -1], 2, 1), [0, 0]);

        Assert.That(detector.Thresholds, Is.EqualTo(new[] { 1.0, 0.0 }));
    }

    [Test]
    public void Bad_input_is_rejected_with_the_value_quoted()
    {
        var (centroids, data, labels) = Constructed();

        Assert.Multiple(() =>
        {
            Assert.That(
                () => NoveltyDetector.Fit(centroids, data, labels, quantile: 1.5),
                Throws.TypeOf<ArgumentOutOfRangeException>().With.Message.StartsWith("quantile=1.5 must be between 0 and 1."));
            Assert.That(
                () => NoveltyDetector.Fit(centroids, data, labels.Take(3).ToArray()),
                Throws.ArgumentException.With.Message.StartsWith("labels.Count=3 must equal trainingData.Rows=104."));
            Assert.That(
                () => NoveltyDetector.Fit(centroids, new DenseMatrix([1, 2], 1, 2), [2]),
                Throws.TypeOf<ArgumentOutOfRangeException>().With.Message.StartsWith("labels[0]=2 must be between 0 and 1."));
            Assert.That(
                () => NoveltyDetector.Fit(centroids, data, labels).Score(new DenseMatrix([1, 2, 3], 1, 3)),
                Throws.ArgumentException.With.Message.StartsWith("data.Columns=3 must equal centroids.Columns=2."));
            Assert.That(
                () => NoveltyDetector.Fit(centroids, data, labels).Score(new DenseMatrix([1, double.PositiveInfinity], 1, 2)),
                Throws.TypeOf<SegmentationDataException>().With.Message.EqualTo("data[0, 1]=Infinity is not a finite number."));
        });
    }

    private static bool Close(NoveltyScore x, NoveltyScore y) =>
        x.NearestSegment == y.NearestSegment && x.IsNovel == y.IsNovel
        && Math.Abs(x.Distance - y.Distance) < 0.02 && Math.Abs(x.Threshold - y.Threshold) < 1e-9;

    [Test]
    [Category(SharedData.Category)]
    public void On_mall_k_means_exactly_the_farthest_member_of_each_segment_is_beyond_its_threshold()
    {
        // K-Means labels are nearest-centre labels, and with 0.99 interpolated inside the top gap of each segment's
        // sorted distances only each segment's farthest member (no ties) lies beyond: 5 training rows for k = 5.
        var data = MixtureTestData.MallIncomeSpending();
        var model = new KMeans(5).Fit(data);

        var nearest = NoveltyDetector.Fit(model, data, rule: NoveltyRule.NearestSegment).Score(data);
        var every = NoveltyDetector.Fit(model, data).Score(data);

        Assert.Multiple(() =>
        {
            Assert.That(nearest.Select(s => s.NearestSegment), Is.EqualTo(model.Labels));
            Assert.That(nearest.Count(s => s.IsNovel), Is.EqualTo(5));
            Assert.That(nearest.Where(s => s.IsNovel).Select(s => s.NearestSegment).Order(), Is.EqualTo(new[] { 0, 1, 2, 3, 4 }));
            Assert.That(every.Count(s => s.IsNovel), Is.LessThanOrEqualTo(5));
            Assert.That(every.Where(s => s.IsNovel).Select(s => s.Distance), Has.All.GreaterThan(0));
        });
    }
}
