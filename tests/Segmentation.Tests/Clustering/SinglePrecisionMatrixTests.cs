using Segmentation.Clustering;

namespace Segmentation.Tests.Clustering;

public sealed class SinglePrecisionMatrixTests
{
    [Test]
    public void A_matrix_copies_its_values_and_reads_them_by_row_and_column()
    {
        var values = new float[] { 1, 2, 3, 4, 5, 6 };
        var matrix = new SinglePrecisionMatrix(values, rows: 2, columns: 3);
        values[0] = 99;

        Assert.That(matrix[0, 0], Is.EqualTo(1f));
        Assert.That(matrix[1, 2], Is.EqualTo(6f));
        Assert.That(matrix.Row(1).ToArray(), Is.EqualTo(new float[] { 4, 5, 6 }));
        Assert.That(matrix.ToString(), Is.EqualTo("SinglePrecisionMatrix 2 x 3"));
    }

    [Test]
    public void Values_that_do_not_fill_the_shape_are_refused_with_the_counts()
    {
        var error = Assert.Throws<ArgumentException>(() => _ = new SinglePrecisionMatrix(new float[5], rows: 2, columns: 3));

        Assert.That(error!.Message, Does.StartWith("values.Length=5 must equal rows=2 x columns=3."));
    }

    [Test]
    public void A_column_outside_the_matrix_is_refused()
    {
        var matrix = new SinglePrecisionMatrix(new float[6], rows: 2, columns: 3);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => _ = matrix[0, 3]);

        Assert.That(error!.Message, Does.StartWith("column=3 must be between 0 and 2."));
    }

    [Test]
    public void Raw_little_endian_floats_read_row_after_row()
    {
        var values = new float[] { 1.5f, -2.25f, 3e10f, float.Epsilon };
        using var stream = new MemoryStream();
        foreach (var value in values)
        {
            stream.Write(BitConverter.GetBytes(value));
        }

        stream.Position = 0;
        var matrix = SinglePrecisionMatrix.ReadRaw(stream, rows: 2, columns: 2);

        Assert.That(matrix.Values.ToArray(), Is.EqualTo(values));
    }

    [Test]
    public void A_raw_stream_that_ends_early_names_the_bytes_read_and_needed()
    {
        using var stream = new MemoryStream(new byte[12]);

        var error = Assert.Throws<EndOfStreamException>(() => SinglePrecisionMatrix.ReadRaw(stream, rows: 2, columns: 2));

        Assert.That(error!.Message, Is.EqualTo("The stream ended after 12 bytes; rows=2 x columns=2 float32 values need 16."));
    }
}
