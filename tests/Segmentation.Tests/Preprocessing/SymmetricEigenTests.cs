using Segmentation.Preprocessing;

namespace Segmentation.Tests.Preprocessing;

public class SymmetricEigenTests
{
    [Test]
    public void A_two_by_two_matrix_has_its_known_eigenvalues_in_descending_order()
    {
        // [[2, 1], [1, 2]]: eigenvalues 3 (vector (1, 1)/sqrt 2) and 1 (vector (1, -1)/sqrt 2).
        var (values, vectors) = SymmetricEigen.Decompose([2, 1, 1, 2], 2);

        Assert.Multiple(() =>
        {
            Assert.That(values, Is.EqualTo(new double[] { 3, 1 }).Within(1e-15));
            Assert.That(Math.Abs(vectors[0]), Is.EqualTo(Math.Sqrt(0.5)).Within(1e-15));
            Assert.That(vectors[0] * vectors[1], Is.EqualTo(0.5).Within(1e-15));
            Assert.That(vectors[2] * vectors[3], Is.EqualTo(-0.5).Within(1e-15));
        });
    }

    [Test]
    public void Eigenvectors_of_a_random_symmetric_matrix_reconstruct_it()
    {
        const int n = 12;
        var random = new Random(7);
        var matrix = new double[n * n];
        for (var i = 0; i < n; i++)
        {
            for (var j = i; j < n; j++)
            {
                matrix[(i * n) + j] = matrix[(j * n) + i] = random.NextDouble() - 0.5;
            }
        }

        var original = (double[])matrix.Clone();
        var (values, vectors) = SymmetricEigen.Decompose(matrix, n);

        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var sum = 0.0;
                for (var k = 0; k < n; k++)
                {
                    sum += vectors[(k * n) + i] * values[k] * vectors[(k * n) + j];
                }

                Assert.That(sum, Is.EqualTo(original[(i * n) + j]).Within(1e-13), $"entry ({i}, {j})");
            }
        }

        Assert.That(values, Is.Ordered.Descending);
    }
}
