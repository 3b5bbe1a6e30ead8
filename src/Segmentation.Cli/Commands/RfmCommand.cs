using System.CommandLine;
using System.Globalization;
using Segmentation.Profiling;

namespace Segmentation.Cli.Commands;

/// <summary><c>segment rfm &lt;transactions&gt;</c>: recency, frequency and monetary value per customer, scored and named.</summary>
internal static class RfmCommand
{
    public const string OutputFile = "rfm.csv";

    public static Command Create(CommandContext context)
    {
        var file = new Argument<string>("transactions") { Description = "Invoice lines: CSV with customer, invoice, date, quantity and price columns (.gz too)." };
        var customer = new Option<string>("--customer") { Description = "The customer id column.", DefaultValueFactory = _ => Defaults.RfmCustomerIdColumn };
        var invoice = new Option<string>("--invoice") { Description = "The invoice column (ids starting with C are cancellations).", DefaultValueFactory = _ => Defaults.RfmInvoiceColumn };
        var date = new Option<string>("--date") { Description = "The invoice date column.", DefaultValueFactory = _ => Defaults.RfmDateColumn };
        var quantity = new Option<string>("--quantity") { Description = "The quantity column.", DefaultValueFactory = _ => Defaults.RfmQuantityColumn };
        var price = new Option<string>("--price") { Description = "The unit price column.", DefaultValueFactory = _ => Defaults.RfmPriceColumn };
        var asOf = new Option<DateTime?>("--as-of")
        {
            Description = "The date recency is counted to (yyyy-MM-dd). Default: the day after the last transaction.",
            HelpName = "yyyy-MM-dd",
            CustomParser = result =>
            {
                var text = result.Tokens[0].Value;
                if (DateTime.TryParseExact(text, ["yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
                {
                    return value;
                }

                result.AddError($"--as-of '{text}' is not a date; write it as yyyy-MM-dd (e.g. 2011-12-10).");
                return null;
            },
        };
        var output = new Option<string>("--out") { Description = "The output folder.", DefaultValueFactory = _ => "rfm-out" };
        var command = new Command("rfm", "Build an RFM table from transactions: recency, frequency, monetary value, 1-5 scores and a named segment per customer.")
        {
            file, customer, invoice, date, quantity, price, asOf, output,
        };
        command.SetAction(parsed =>
        {
            var options = new RfmOptions
            {
                CustomerIdColumn = parsed.GetRequiredValue(customer),
                InvoiceColumn = parsed.GetRequiredValue(invoice),
                DateColumn = parsed.GetRequiredValue(date),
                QuantityColumn = parsed.GetRequiredValue(quantity),
                PriceColumn = parsed.GetRequiredValue(price),
                AsOfDate = parsed.GetValue(asOf),
            };
            return Run(parsed.GetRequiredValue(file), options, parsed.GetRequiredValue(output), context);
        });
        return command;
    }

    private static int Run(string file, RfmOptions options, string outputDirectory, CommandContext context)
    {
        var transactions = InputFiles.LoadCsv(file);
        var directory = InputFiles.OutputDirectory(outputDirectory);
        var table = RfmBuilder.Build(transactions, options);
        var path = Path.Combine(directory, OutputFile);
        table.Frame.SaveCsv(path);

        var terminal = context.Terminal(machineReadable: false);
        terminal.Line(table.Report.ToString());
        terminal.Line();
        var counts = table.CountBySegment();
        var customers = table.Frame.Rows.Count;
        var rows = RfmSegments.All
            .Where(segment => counts.GetValueOrDefault(segment) > 0)
            .OrderByDescending(segment => counts[segment])
            .Select(segment => (IReadOnlyList<string>)[
                RfmSegments.DisplayName(segment),
                CellFormat.Count(counts[segment]),
                CellFormat.Percent((double)counts[segment] / customers),
                RfmSegments.RecommendedAction(segment)])
            .ToArray();
        terminal.Table(["RFM segment", "Customers", "Share", "Recommended action"], rows);
        terminal.Line();
        terminal.Line(string.Create(CultureInfo.InvariantCulture, $"Wrote {customers} customers to {path}"));
        return ExitCodes.Ok;
    }
}
