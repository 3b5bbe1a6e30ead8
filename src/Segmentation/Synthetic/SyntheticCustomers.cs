using Segmentation.Data;

namespace Segmentation.Synthetic;

/// <summary>
/// Seeded generators of <b>synthetic</b> customer tables shaped like well-known public data sets, so that samples,
/// tests and documentation run without downloading anything. The values are made up; only the shape (columns,
/// ranges, a planted segment structure) follows the originals.
/// </summary>
public static class SyntheticCustomers
{
    /// <summary>
    /// Makes a table shaped like the Kaggle "Mall Customer Segmentation Data": columns <c>CustomerID</c>,
    /// <c>Gender</c>, <c>Age</c>, <c>Annual Income (k$)</c> and <c>Spending Score (1-100)</c>, integers in the
    /// original ranges (age 18-70, income 15-137, score 1-99), with five planted groups in income x spending
    /// (low/low, low/high, average/average, high/high, high/low) in the proportions of the original.
    /// </summary>
    /// <param name="rowCount">The number of customers, at least 5. Default 200, as the original.</param>
    /// <param name="seed">The seed; the same seed gives the same table. Default <see cref="Defaults.Seed"/>.</param>
    /// <returns>A new frame.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rowCount"/> is below 5.</exception>
    public static DataFrame Mall(int rowCount = 200, int seed = Defaults.Seed)
    {
        Guard.AtLeast(rowCount, 5);
        ReadOnlySpan<MallGroup> groups =
        [
            new(Share: 0.115, Income: 26, Spending: 21, Age: 45),
            new(Share: 0.110, Income: 26, Spending: 79, Age: 25),
            new(Share: 0.405, Income: 55, Spending: 50, Age: 42),
            new(Share: 0.195, Income: 87, Spending: 82, Age: 33),
            new(Share: 0.175, Income: 88, Spending: 17, Age: 41),
        ];

        var random = new Random(seed);
        var ids = new double[rowCount];
        var genders = new string?[rowCount];
        var ages = new double[rowCount];
        var incomes = new double[rowCount];
        var spending = new double[rowCount];
        var row = 0;
        for (var group = 0; group < groups.Length; group++)
        {
            var size = group == groups.Length - 1
                ? rowCount - row
                : Math.Max(1, (int)Math.Round(groups[group].Share * rowCount));
            for (var i = 0; i < size && row < rowCount; i++, row++)
            {
                ids[row] = row + 1;
                genders[row] = random.NextDouble() < 0.56 ? "Female" : "Male";
                ages[row] = Clamp(Math.Round(groups[group].Age + (Normal(random) * 9)), 18, 70);
                incomes[row] = Clamp(Math.Round(groups[group].Income + (Normal(random) * 7)), 15, 137);
                spending[row] = Clamp(Math.Round(groups[group].Spending + (Normal(random) * 8)), 1, 99);
            }
        }

        return new DataFrame(
            NumericColumn.Wrap("CustomerID", ids),
            CategoricalColumn.Wrap("Gender", genders),
            NumericColumn.Wrap("Age", ages),
            NumericColumn.Wrap("Annual Income (k$)", incomes),
            NumericColumn.Wrap("Spending Score (1-100)", spending));
    }

    /// <summary>A standard normal draw by the Box-Muller transform.</summary>
    internal static double Normal(Random random)
    {
        var uniform = 1.0 - random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(uniform)) * Math.Cos(2.0 * Math.PI * random.NextDouble());
    }

    private static double Clamp(double value, double minimum, double maximum) => Math.Min(maximum, Math.Max(minimum, value));

    private readonly record struct MallGroup(double Share, double Income, double Spending, double Age);
}
