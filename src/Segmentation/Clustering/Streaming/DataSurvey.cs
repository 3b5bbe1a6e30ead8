namespace Segmentation.Clustering.Streaming;

/// <summary>
/// The first pass of an out-of-core fit: counts the rows, takes each feature's mean and variance (Welford's update, in
/// row order) and keeps a uniform reservoir sample of rows (Vitter's algorithm R, seeded).
/// </summary>
internal sealed class DataSurvey
{
    private readonly double[] _means;
    private readonly double[] _sumsOfSquares;

    private DataSurvey(long rows, double[] means, double[] sumsOfSquares, double[] sample, int sampleRows)
    {
        Rows = rows;
        _means = means;
        _sumsOfSquares = sumsOfSquares;
        Sample = sample;
        SampleRows = sampleRows;
    }

    public long Rows { get; }

    /// <summary>The sampled rows, row-major, in raw units; <see cref="SampleRows"/> of them.</summary>
    public double[] Sample { get; }

    public int SampleRows { get; }

    public int Features => _means.Length;

    public static DataSurvey Run(IRowBlockSource source, int blockRows, int sampleSize, int seed, CancellationToken cancellationToken) =>
        Run(source, new double[(long)blockRows * source.FeatureNames.Count], sampleSize, seed, cancellationToken);

    public static DataSurvey Run(IRowBlockSource source, double[] block, int sampleSize, int seed, CancellationToken cancellationToken)
    {
        var features = source.FeatureNames.Count;
        var means = new double[features];
        var sumsOfSquares = new double[features];
        var sample = new double[(long)sampleSize * features];
        var random = new Random(seed);
        long rows = 0;
        using (var reader = source.OpenReader())
        {
            int read;
            while ((read = reader.Read(block)) > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                for (var i = 0; i < read; i++)
                {
                    var row = block.AsSpan(i * features, features);
                    rows++;
                    for (var j = 0; j < features; j++)
                    {
                        var delta = row[j] - means[j];
                        means[j] += delta / rows;
                        sumsOfSquares[j] += delta * (row[j] - means[j]);
                    }

                    var slot = rows <= sampleSize ? rows - 1 : random.NextInt64(rows);
                    if (slot < sampleSize)
                    {
                        row.CopyTo(sample.AsSpan((int)slot * features, features));
                    }
                }
            }
        }

        if (rows == 0)
        {
            Guard.ThrowData("The source has no rows.");
        }

        var sampleRows = (int)Math.Min(sampleSize, rows);
        return new DataSurvey(rows, means, sumsOfSquares, sampleRows == sampleSize ? sample : sample[..(sampleRows * features)], sampleRows);
    }

    /// <summary>The population variance of feature <paramref name="j"/>.</summary>
    public double Variance(int j) => _sumsOfSquares[j] / Rows;

    public FeatureScaling Scaling() =>
        new(_means, Enumerable.Range(0, Features).Select(j => Math.Sqrt(Variance(j))).ToArray());

    /// <summary>The mean per-feature variance of the data as clustered: after <paramref name="scaling"/> when there is one.</summary>
    public double MeanVariance(FeatureScaling? scaling)
    {
        var total = 0.0;
        for (var j = 0; j < Features; j++)
        {
            var scale = scaling is null ? 1.0 : scaling.StandardDeviations[j];
            total += Variance(j) / (scale * scale);
        }

        return total / Features;
    }
}
