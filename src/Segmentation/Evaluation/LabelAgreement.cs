namespace Segmentation.Evaluation;

/// <summary>
/// Agreement between two labellings of the same rows, as scikit-learn's <c>adjusted_rand_score</c> and
/// <c>normalized_mutual_info_score</c>. Label values are only names: renumbering either labelling changes nothing.
/// </summary>
public static class LabelAgreement
{
    /// <summary>numpy's float64 eps, which scikit-learn uses as the smallest normaliser and the zero threshold.</summary>
    private const double MachineEpsilon = 2.220446049250313e-16;

    /// <summary>
    /// The adjusted Rand index (Hubert and Arabie 1985): 1 for identical partitions, about 0 for independent ones,
    /// negative when worse than chance. 1 when no pair of rows is split differently (e.g. both put every row together).
    /// </summary>
    /// <param name="first">One label per row.</param>
    /// <param name="second">One label per row, as many as <paramref name="first"/>.</param>
    /// <exception cref="ArgumentException">The labellings differ in length.</exception>
    public static double AdjustedRandIndex(IReadOnlyList<int> first, IReadOnlyList<int> second)
    {
        var table = Contingency.Create(first, second);

        // Ordered pair counts, as scikit-learn's pair_confusion_matrix; Int128 so that n^2 products cannot overflow.
        Int128 n = table.Rows;
        Int128 sumSquares = 0, firstSquares = 0, secondSquares = 0;
        foreach (var count in table.Cells.Values)
        {
            sumSquares += (Int128)count * count;
        }

        foreach (var count in table.FirstCounts)
        {
            firstSquares += (Int128)count * count;
        }

        foreach (var count in table.SecondCounts)
        {
            secondSquares += (Int128)count * count;
        }

        var together = sumSquares - n;
        var splitInSecond = firstSquares - sumSquares;
        var splitInFirst = secondSquares - sumSquares;
        var apart = (n * n) - splitInSecond - splitInFirst - sumSquares;
        if (splitInSecond == 0 && splitInFirst == 0)
        {
            return 1.0;
        }

        var numerator = 2.0 * (double)((together * apart) - (splitInSecond * splitInFirst));
        var denominator = (double)(((together + splitInSecond) * (splitInSecond + apart)) + ((together + splitInFirst) * (splitInFirst + apart)));
        return numerator / denominator;
    }

    /// <summary>
    /// The normalized mutual information with the arithmetic mean of the two entropies as normaliser
    /// (scikit-learn's default): between 0 and 1, 1 for identical partitions; 1 when both put every row in one cluster.
    /// </summary>
    /// <param name="first">One label per row.</param>
    /// <param name="second">One label per row, as many as <paramref name="first"/>.</param>
    /// <exception cref="ArgumentException">The labellings differ in length.</exception>
    public static double NormalizedMutualInformation(IReadOnlyList<int> first, IReadOnlyList<int> second)
    {
        var table = Contingency.Create(first, second);
        var firstClusters = table.FirstCounts.Length;
        var secondClusters = table.SecondCounts.Length;
        if ((firstClusters == 1 && secondClusters == 1) || (firstClusters == 0 && secondClusters == 0))
        {
            return 1.0;
        }

        var mutualInformation = MutualInformation(table);
        if (mutualInformation <= 0)
        {
            return 0.0;
        }

        var normaliser = Math.Max((Entropy(table.FirstCounts) + Entropy(table.SecondCounts)) / 2, MachineEpsilon);
        return mutualInformation / normaliser;
    }

    private static double MutualInformation(Contingency table)
    {
        if (table.FirstCounts.Length == 1 || table.SecondCounts.Length == 1)
        {
            return 0.0;
        }

        double total = table.Rows;
        var logTotal = Math.Log(total);
        var sum = 0.0;
        foreach (var ((i, j), count) in table.Cells.OrderBy(cell => cell.Key.Second).ThenBy(cell => cell.Key.First))
        {
            var share = count / total;
            var outer = (double)table.FirstCounts[i] * table.SecondCounts[j];
            var term = (share * (Math.Log(count) - logTotal)) + (share * (-Math.Log(outer) + logTotal + logTotal));
            sum += Math.Abs(term) < MachineEpsilon ? 0 : term;
        }

        return Math.Max(sum, 0);
    }

    private static double Entropy(int[] counts)
    {
        double total = counts.Sum();
        var logTotal = Math.Log(total);
        var sum = 0.0;
        foreach (var count in counts)
        {
            sum += count / total * (Math.Log(count) - logTotal);
        }

        return -sum;
    }

    private sealed class Contingency
    {
        private Contingency(int rows, int[] firstCounts, int[] secondCounts, Dictionary<(int First, int Second), int> cells)
        {
            Rows = rows;
            FirstCounts = firstCounts;
            SecondCounts = secondCounts;
            Cells = cells;
        }

        public int Rows { get; }

        public int[] FirstCounts { get; }

        public int[] SecondCounts { get; }

        public Dictionary<(int First, int Second), int> Cells { get; }

        public static Contingency Create(IReadOnlyList<int> first, IReadOnlyList<int> second)
        {
            Guard.NotNull(first);
            Guard.NotNull(second);
            if (first.Count != second.Count)
            {
                Guard.ThrowArgument($"first.Count={first.Count} must equal second.Count={second.Count}.", nameof(second));
            }

            var a = LabelSet.Create(first);
            var b = LabelSet.Create(second);
            var cells = new Dictionary<(int First, int Second), int>();
            for (var row = 0; row < first.Count; row++)
            {
                var key = (a.Compact[row], b.Compact[row]);
                cells[key] = cells.GetValueOrDefault(key) + 1;
            }

            return new Contingency(first.Count, a.Counts, b.Counts, cells);
        }
    }
}
