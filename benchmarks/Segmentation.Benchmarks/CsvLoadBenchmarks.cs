using System.Globalization;
using System.IO.Compression;
using BenchmarkDotNet.Attributes;
using Segmentation.Data;

namespace Segmentation.Benchmarks;

/// <summary>
/// Loading a gzip-compressed CSV of invoice lines shaped like Online Retail (text, whole numbers, timestamps, prices,
/// customer ids with blanks). With SEGMENTATION_CSV_FILE set (for example to ../shared/data/online_retail.csv.gz) the
/// benchmark loads that file instead; benchmarks/peers/csv-peer.sh times it against <c>pandas.read_csv</c> on the same
/// file in one run, interleaved.
/// </summary>
[MemoryDiagnoser]
public class CsvLoadBenchmarks
{
    private string _path = string.Empty;
    private bool _generated;

    [Params(10_000, 200_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var given = Environment.GetEnvironmentVariable("SEGMENTATION_CSV_FILE");
        if (!string.IsNullOrEmpty(given))
        {
            _path = given;
            return;
        }

        _path = Path.Combine(Path.GetTempPath(), $"segmentation-csv-bench-{Rows}.csv.gz");
        _generated = true;
        using var file = File.Create(_path);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        using var writer = new StreamWriter(gzip);
        writer.Write("InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n");
        var random = new Random(42);
        var start = new DateTime(2010, 12, 1, 8, 0, 0);
        for (var row = 0; row < Rows; row++)
        {
            var invoice = 536365 + (row / 20);
            var customer = random.Next(4) == 0 ? string.Empty : (12346 + random.Next(4000)).ToString("0.0", CultureInfo.InvariantCulture);
            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"{(random.Next(50) == 0 ? "C" : string.Empty)}{invoice},{85000 + random.Next(3000)},ITEM {random.Next(500)},{random.Next(1, 25)},{start.AddMinutes(row / 20):yyyy-MM-dd HH:mm:ss},{random.Next(1, 2000) / 100.0},{customer},United Kingdom\n"));
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (_generated)
        {
            File.Delete(_path);
        }
    }

    [Benchmark]
    public DataFrame LoadCsv() => DataFrame.LoadCsv(_path);
}
