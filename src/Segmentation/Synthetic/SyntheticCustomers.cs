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

    /// <summary>
    /// Makes a <b>synthetic</b> table shaped like the Kaggle "Customer Personality Analysis" file
    /// (marketing_campaign.csv): its 29 columns with the original names and kinds (<c>ID</c>, <c>Year_Birth</c>,
    /// <c>Education</c>, <c>Marital_Status</c>, <c>Income</c> with about 1% missing, <c>Kidhome</c>, <c>Teenhome</c>,
    /// <c>Dt_Customer</c> as dates from 2012-07-30 to 2014-06-29, <c>Recency</c>, the six <c>Mnt*</c> amounts, the five
    /// <c>Num*</c> counts, <c>AcceptedCmp1..5</c>, <c>Complain</c>, the constant <c>Z_CostContact</c> = 3 and
    /// <c>Z_Revenue</c> = 11, and <c>Response</c>). Four groups are planted: young low-income parents, middle-income
    /// families with teenagers, affluent customers without children, and older affluent wine buyers.
    /// </summary>
    /// <param name="rowCount">The number of customers, at least 4. Default 500.</param>
    /// <param name="seed">The seed; the same seed gives the same table. Default <see cref="Defaults.Seed"/>.</param>
    /// <returns>A new frame.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rowCount"/> is below 4.</exception>
    public static DataFrame Marketing(int rowCount = 500, int seed = Defaults.Seed)
    {
        Guard.AtLeast(rowCount, 4);
        ReadOnlySpan<MarketingGroup> groups =
        [
            new(Share: 0.35, BirthYear: 1980, Income: 30_000, Kids: 1.0, Teens: 0.2, Spending: 0.15, WineShare: 0.35),
            new(Share: 0.25, BirthYear: 1965, Income: 55_000, Kids: 0.2, Teens: 1.0, Spending: 0.45, WineShare: 0.55),
            new(Share: 0.25, BirthYear: 1972, Income: 76_000, Kids: 0.0, Teens: 0.1, Spending: 1.40, WineShare: 0.40),
            new(Share: 0.15, BirthYear: 1952, Income: 70_000, Kids: 0.0, Teens: 0.3, Spending: 1.10, WineShare: 0.70),
        ];
        string[] educations = ["Graduation", "PhD", "Master", "2n Cycle", "Basic"];
        double[] educationWeights = [0.50, 0.22, 0.17, 0.09, 0.02];
        string[] maritalStatuses = ["Married", "Together", "Single", "Divorced", "Widow"];
        double[] maritalWeights = [0.39, 0.26, 0.21, 0.10, 0.04];
        string[] amountNames = ["MntWines", "MntFruits", "MntMeatProducts", "MntFishProducts", "MntSweetProducts", "MntGoldProds"];
        string[] countNames = ["NumDealsPurchases", "NumWebPurchases", "NumCatalogPurchases", "NumStorePurchases", "NumWebVisitsMonth"];
        string[] flagNames = ["AcceptedCmp3", "AcceptedCmp4", "AcceptedCmp5", "AcceptedCmp1", "AcceptedCmp2", "Complain"];

        var random = new Random(seed);
        var firstDay = new DateTime(2012, 7, 30, 0, 0, 0, DateTimeKind.Unspecified);
        var daySpan = (new DateTime(2014, 6, 29, 0, 0, 0, DateTimeKind.Unspecified) - firstDay).Days;
        var ids = new double[rowCount];
        var birthYears = new double[rowCount];
        var education = new string?[rowCount];
        var marital = new string?[rowCount];
        var incomes = new double[rowCount];
        var kids = new double[rowCount];
        var teens = new double[rowCount];
        var joined = new DateTime?[rowCount];
        var recency = new double[rowCount];
        var amounts = amountNames.Select(_ => new double[rowCount]).ToArray();
        var counts = countNames.Select(_ => new double[rowCount]).ToArray();
        var flags = flagNames.Select(_ => new double[rowCount]).ToArray();
        var response = new double[rowCount];
        var row = 0;
        for (var group = 0; group < groups.Length; group++)
        {
            var g = groups[group];
            var size = group == groups.Length - 1 ? rowCount - row : Math.Max(1, (int)Math.Round(g.Share * rowCount));
            for (var i = 0; i < size && row < rowCount; i++, row++)
            {
                ids[row] = 1000 + (row * 7 % 10_000) + row;
                birthYears[row] = Clamp(Math.Round(g.BirthYear + (Normal(random) * 7)), 1940, 1996);
                education[row] = Pick(random, educations, educationWeights);
                marital[row] = Pick(random, maritalStatuses, maritalWeights);
                var income = Clamp(Math.Round(g.Income * Math.Exp(Normal(random) * 0.18)), 2_000, 160_000);
                incomes[row] = random.NextDouble() < 0.01 ? double.NaN : income;
                kids[row] = Clamp(Math.Round(g.Kids + (Normal(random) * 0.4)), 0, 2);
                teens[row] = Clamp(Math.Round(g.Teens + (Normal(random) * 0.4)), 0, 2);
                joined[row] = firstDay.AddDays(random.Next(daySpan + 1));
                recency[row] = random.Next(100);

                var spending = Math.Max(5, income / 1000 * 15 * g.Spending * Math.Exp(Normal(random) * 0.3));
                double[] shares = [g.WineShare, 0.05, (1 - g.WineShare) * 0.55, 0.07, 0.05, 0.08];
                for (var a = 0; a < amounts.Length; a++)
                {
                    amounts[a][row] = Math.Round(spending * shares[a] * Math.Exp(Normal(random) * 0.25));
                }

                var purchases = Math.Max(3, spending / 60);
                counts[0][row] = Clamp(Math.Round((kids[row] + teens[row] + 1) * 1.5 + Normal(random)), 0, 15);
                counts[1][row] = Clamp(Math.Round(purchases * 0.3 + Normal(random)), 0, 27);
                counts[2][row] = Clamp(Math.Round(purchases * 0.2 * g.Spending + Normal(random)), 0, 28);
                counts[3][row] = Clamp(Math.Round(purchases * 0.5 + Normal(random)), 0, 13);
                counts[4][row] = Clamp(Math.Round(8 - (income / 12_000) + Normal(random)), 0, 20);
                for (var f = 0; f < flags.Length; f++)
                {
                    var chance = f == flags.Length - 1 ? 0.01 : 0.03 + (0.08 * g.Spending);
                    flags[f][row] = random.NextDouble() < chance ? 1 : 0;
                }

                response[row] = random.NextDouble() < 0.08 + (0.08 * g.Spending) ? 1 : 0;
            }
        }

        var columns = new List<DataFrameColumn>
        {
            NumericColumn.Wrap("ID", ids),
            NumericColumn.Wrap("Year_Birth", birthYears),
            CategoricalColumn.Wrap("Education", education),
            CategoricalColumn.Wrap("Marital_Status", marital),
            NumericColumn.Wrap("Income", incomes),
            NumericColumn.Wrap("Kidhome", kids),
            NumericColumn.Wrap("Teenhome", teens),
            DateColumn.Wrap("Dt_Customer", joined),
            NumericColumn.Wrap("Recency", recency),
        };
        columns.AddRange(amountNames.Select((name, a) => NumericColumn.Wrap(name, amounts[a])));
        columns.AddRange(countNames.Select((name, c) => NumericColumn.Wrap(name, counts[c])));
        columns.AddRange(flagNames.Select((name, f) => NumericColumn.Wrap(name, flags[f])));
        columns.Add(NumericColumn.Wrap("Z_CostContact", Enumerable.Repeat(3.0, rowCount).ToArray()));
        columns.Add(NumericColumn.Wrap("Z_Revenue", Enumerable.Repeat(11.0, rowCount).ToArray()));
        columns.Add(NumericColumn.Wrap("Response", response));
        return new DataFrame(columns);
    }

    /// <summary>
    /// Makes <b>synthetic</b> invoice lines shaped like the UCI "Online Retail" file: columns <c>InvoiceNo</c> (text;
    /// cancellations start with "C" and have a negative quantity), <c>StockCode</c>, <c>Description</c>,
    /// <c>Quantity</c>, <c>InvoiceDate</c> (dates from 2010-12-01 to 2011-12-09), <c>UnitPrice</c>, <c>CustomerID</c>
    /// (missing on about 5% of the lines) and <c>Country</c>. Customers come in four planted kinds (frequent big
    /// spenders, regulars, lapsed customers, one-off recent buyers), so RFM segments are all represented.
    /// </summary>
    /// <param name="customerCount">The number of customers, at least 4. Default 300.</param>
    /// <param name="seed">The seed; the same seed gives the same lines. Default <see cref="Defaults.Seed"/>.</param>
    /// <returns>A new frame, one row per invoice line, in date order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="customerCount"/> is below 4.</exception>
    public static DataFrame RetailTransactions(int customerCount = 300, int seed = Defaults.Seed)
    {
        Guard.AtLeast(customerCount, 4);
        ReadOnlySpan<RetailKind> kinds =
        [
            new(Share: 0.15, Invoices: 20, LastDaysAgo: 10, Basket: 14),
            new(Share: 0.35, Invoices: 6, LastDaysAgo: 40, Basket: 6),
            new(Share: 0.30, Invoices: 3, LastDaysAgo: 220, Basket: 4),
            new(Share: 0.20, Invoices: 1, LastDaysAgo: 20, Basket: 5),
        ];
        (string Code, string Description, double Price)[] products =
        [
            ("85123A", "WHITE HANGING HEART T-LIGHT HOLDER", 2.55),
            ("71053", "WHITE METAL LANTERN", 3.39),
            ("84406B", "CREAM CUPID HEARTS COAT HANGER", 2.75),
            ("22752", "SET 7 BABUSHKA NESTING BOXES", 7.65),
            ("21730", "GLASS STAR FROSTED T-LIGHT HOLDER", 4.25),
            ("22633", "HAND WARMER UNION JACK", 1.85),
            ("84879", "ASSORTED COLOUR BIRD ORNAMENT", 1.69),
            ("22138", "BAKING SET 9 PIECE RETROSPOT", 4.95),
        ];
        string[] countries = ["United Kingdom", "United Kingdom", "United Kingdom", "Germany", "France", "EIRE"];

        var random = new Random(seed);
        var lastDay = new DateTime(2011, 12, 9, 17, 0, 0, DateTimeKind.Unspecified);
        var firstDay = new DateTime(2010, 12, 1, 8, 0, 0, DateTimeKind.Unspecified);
        var lines = new List<RetailLine>();
        var customer = 0;
        for (var kind = 0; kind < kinds.Length; kind++)
        {
            var k = kinds[kind];
            var size = kind == kinds.Length - 1 ? customerCount - customer : Math.Max(1, (int)Math.Round(k.Share * customerCount));
            for (var i = 0; i < size && customer < customerCount; i++, customer++)
            {
                var customerId = 12_346.0 + (customer * 13);
                var country = countries[random.Next(countries.Length)];
                var invoices = Math.Max(1, (int)Math.Round(k.Invoices * Math.Exp(Normal(random) * 0.3)));
                var daysAgo = Math.Max(0, k.LastDaysAgo + (Normal(random) * k.LastDaysAgo * 0.4));
                var last = lastDay.AddDays(-Math.Min(daysAgo, (lastDay - firstDay).TotalDays));
                var span = (last - firstDay).TotalDays;
                for (var invoice = 0; invoice < invoices; invoice++)
                {
                    var date = invoice == 0 ? last : last.AddDays(-random.NextDouble() * span);
                    date = date.Date.AddHours(8 + random.Next(10)).AddMinutes(random.Next(60));
                    var cancelled = invoice > 0 && random.NextDouble() < 0.03;
                    var basket = Math.Max(1, (int)Math.Round(k.Basket * Math.Exp(Normal(random) * 0.3)));
                    var lineCount = 1 + random.Next(4);
                    for (var line = 0; line < lineCount; line++)
                    {
                        var product = products[random.Next(products.Length)];
                        var quantity = Math.Max(1, (int)Math.Round(basket * (0.5 + random.NextDouble())));
                        lines.Add(new RetailLine(
                            cancelled, date, product.Code, product.Description, cancelled ? -quantity : quantity,
                            product.Price, random.NextDouble() < 0.05 ? double.NaN : customerId, country));
                    }
                }
            }
        }

        lines.Sort((a, b) => a.Date.CompareTo(b.Date));
        var invoiceNumbers = new string?[lines.Count];
        var number = 536_365;
        for (var row = 0; row < lines.Count; row++)
        {
            var sameInvoice = row > 0 && lines[row].Date == lines[row - 1].Date && lines[row].Cancelled == lines[row - 1].Cancelled
                && lines[row].CustomerId.Equals(lines[row - 1].CustomerId);
            number += sameInvoice ? 0 : 1;
            invoiceNumbers[row] = (lines[row].Cancelled ? "C" : string.Empty) + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return new DataFrame(
            CategoricalColumn.Wrap("InvoiceNo", invoiceNumbers),
            CategoricalColumn.Wrap("StockCode", lines.Select(l => (string?)l.StockCode).ToArray()),
            CategoricalColumn.Wrap("Description", lines.Select(l => (string?)l.Description).ToArray()),
            NumericColumn.Wrap("Quantity", lines.Select(l => (double)l.Quantity).ToArray()),
            DateColumn.Wrap("InvoiceDate", lines.Select(l => (DateTime?)l.Date).ToArray()),
            NumericColumn.Wrap("UnitPrice", lines.Select(l => l.UnitPrice).ToArray()),
            NumericColumn.Wrap("CustomerID", lines.Select(l => l.CustomerId).ToArray()),
            CategoricalColumn.Wrap("Country", lines.Select(l => (string?)l.Country).ToArray()));
    }

    /// <summary>A standard normal draw by the Box-Muller transform.</summary>
    internal static double Normal(Random random)
    {
        var uniform = 1.0 - random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(uniform)) * Math.Cos(2.0 * Math.PI * random.NextDouble());
    }

    private static double Clamp(double value, double minimum, double maximum) => Math.Min(maximum, Math.Max(minimum, value));

    private readonly record struct MallGroup(double Share, double Income, double Spending, double Age);

    private static string Pick(Random random, string[] values, double[] weights)
    {
        var draw = random.NextDouble();
        for (var i = 0; i < values.Length - 1; i++)
        {
            draw -= weights[i];
            if (draw < 0)
            {
                return values[i];
            }
        }

        return values[^1];
    }

    private readonly record struct MarketingGroup(
        double Share, double BirthYear, double Income, double Kids, double Teens, double Spending, double WineShare);

    private readonly record struct RetailKind(double Share, double Invoices, double LastDaysAgo, double Basket);

    private readonly record struct RetailLine(
        bool Cancelled, DateTime Date, string StockCode, string Description, int Quantity, double UnitPrice, double CustomerId, string Country);
}
