using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Segmentation.Data;
using Segmentation.Persistence;
using Segmentation.Pipeline;

namespace Segmentation.Tests.Reliability;

/// <summary>
/// Feeds the CSV reader and the model loader random and mutated bytes. The only exceptions allowed are the library's
/// own (<see cref="SegmentationException"/> and subclasses). FUZZ_CASES sets the count per test (default 2,000);
/// FUZZ_SEED the seed. .ci/fuzz.sh runs them with a much larger count.
/// </summary>
public class FuzzTests
{
    private static readonly string[] CsvSeeds =
    [
        "CustomerID,Age,Income\n1,25,40\n2,31,55\n",
        "a;b;c\r\n1;2;3\r\n\"x;y\";4;5\r\n",
        "id\tname\tjoined\n1\t\"Ann \"\"A\"\"\"\t2024-01-05\n2\tBob\t05-01-2024\n",
        "n,x\n1,1e300\n2,-0\n3,4.9E-324\n4,NA\n5,\n",
        "\uFEFFq,\"multi\nline\",z\n1,2,3\n",
    ];

    private static IEnumerable<byte[]> CatalogCsvFiles() =>
        Directory.GetFiles(Path.Combine(TestContext.CurrentContext.TestDirectory, "Reliability", "Catalog"), "*.csv")
            .Where(path => new FileInfo(path).Length < 4096)
            .Select(File.ReadAllBytes);

    [Test]
    public void Csv_reader_fed_random_and_mutated_bytes_throws_only_segmentation_exceptions()
    {
        var fuzzer = new Fuzzer(Fuzzer.Seed);
        var seeds = CsvSeeds.Select(Encoding.UTF8.GetBytes).Concat(CatalogCsvFiles()).ToArray();
        var failures = new FuzzFailures("CSV");
        var outcomes = new int[2];
        for (var i = 0; i < Fuzzer.Cases; i++)
        {
            var input = (i % 5) switch
            {
                0 => fuzzer.RandomBytes(256),
                1 => fuzzer.RandomCsvText(256),
                _ => fuzzer.Mutate(seeds[fuzzer.Random.Next(seeds.Length)]),
            };
            try
            {
                var frame = DataFrame.LoadCsv(new MemoryStream(input));
                Assert.That(frame.Columns.All(column => column.Length == frame.Rows.Count), "every column has every row");
                outcomes[0]++;
            }
            catch (SegmentationException)
            {
                outcomes[1]++;
            }
            catch (Exception error) when (error is not AssertionException)
            {
                failures.Add(error, input);
            }
        }

        failures.Report($"{Fuzzer.Cases} CSV inputs: {outcomes[0]} loaded, {outcomes[1]} typed errors");
    }

    [Test]
    public void Model_loader_fed_mutated_bytes_throws_only_model_file_exceptions()
    {
        var fuzzer = new Fuzzer(Fuzzer.Seed + 1);
        var saved = SavedModel();
        var failures = new FuzzFailures("model bytes");
        var outcomes = new int[2];
        for (var i = 0; i < Fuzzer.Cases; i++)
        {
            var input = i % 10 == 0 ? fuzzer.RandomBytes(512) : fuzzer.Mutate(saved);
            try
            {
                _ = SegmentationModel.Load(new MemoryStream(input), "fuzz");
                outcomes[0]++;
            }
            catch (ModelFileException)
            {
                outcomes[1]++;
            }
            catch (Exception error)
            {
                failures.Add(error, input);
            }
        }

        failures.Report($"{Fuzzer.Cases} model byte inputs: {outcomes[0]} loaded, {outcomes[1]} typed errors");
    }

    /// <summary>
    /// Mutates the payload's JSON tree and re-seals it with a valid checksum, so the checks behind the checksum are
    /// reached: a model either loads and scores, or is refused with a <see cref="ModelFileException"/>.
    /// </summary>
    [Test]
    public void Model_loader_fed_mutated_payloads_with_valid_checksums_refuses_or_scores()
    {
        var fuzzer = new Fuzzer(Fuzzer.Seed + 2);
        var payload = JsonNode.Parse(Encoding.UTF8.GetString(SavedModel()))!["payload"]!.ToJsonString();
        var scoring = DataFrame.LoadCsv(BadInputCatalog.PathOf("gender_income.csv"));
        var failures = new FuzzFailures("model payload");
        var outcomes = new int[3];
        for (var i = 0; i < Fuzzer.Cases; i++)
        {
            var tree = JsonNode.Parse(payload)!;
            var mutations = 1 + fuzzer.Random.Next(3);
            for (var m = 0; m < mutations; m++)
            {
                tree = MutateTree(tree, fuzzer.Random);
            }

            var input = Seal(tree);
            try
            {
                var model = SegmentationModel.Load(new MemoryStream(input), "fuzz");
                outcomes[0]++;
                try
                {
                    _ = model.Predict(scoring);
                }
                catch (SegmentationDataException)
                {
                    outcomes[2]++;
                }
            }
            catch (ModelFileException)
            {
                outcomes[1]++;
            }
            catch (Exception error)
            {
                failures.Add(error, input);
            }
        }

        failures.Report($"{Fuzzer.Cases} payload inputs: {outcomes[0]} loaded ({outcomes[2]} refused to score), {outcomes[1]} typed load errors");
    }

    private static byte[] SavedModel()
    {
        var model = SegmentationPipeline.Create()
            .WithIdColumn("CustomerID")
            .SelectFeatures("Gender", "Income")
            .OneHotEncode("Gender")
            .ImputeMissing()
            .Normalize()
            .KMeans(new KMeansStepOptions { ClusterCount = 2, Restarts = 1 })
            .Fit(DataFrame.LoadCsv(BadInputCatalog.PathOf("gender_income.csv")))
            .Model;
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }

    private static byte[] Seal(JsonNode payload)
    {
        using var stream = new MemoryStream();
        using var document = JsonDocument.Parse(payload.ToJsonString());
        ModelFile.Write(stream, document.RootElement);
        return stream.ToArray();
    }

    private static readonly Func<JsonNode?>[] Replacements =
    [
        () => null, () => 0, () => -1, () => 1e308, () => 2147483648L, () => "x", () => "", () => "NaN", () => true,
        () => new JsonArray(), () => new JsonObject(), () => new JsonArray(1, 2, 3), () => new JsonArray("a", null),
    ];

    private static JsonNode MutateTree(JsonNode root, Random random)
    {
        var nodes = new List<JsonNode>();
        Collect(root, nodes);
        var target = nodes[random.Next(nodes.Count)];
        if (target == root)
        {
            return root;
        }

        var parent = target.Parent!;
        var action = random.Next(3);
        switch (parent)
        {
            case JsonObject obj:
                var name = target.GetPropertyName();
                if (action == 0)
                {
                    obj.Remove(name);
                }
                else
                {
                    obj[name] = Replacements[random.Next(Replacements.Length)]();
                }

                break;
            case JsonArray array:
                var index = target.GetElementIndex();
                if (action == 0)
                {
                    array.RemoveAt(index);
                }
                else if (action == 1)
                {
                    array.Add(target.DeepClone());
                }
                else
                {
                    array[index] = Replacements[random.Next(Replacements.Length)]();
                }

                break;
        }

        return root;
    }

    private static void Collect(JsonNode? node, List<JsonNode> nodes)
    {
        if (node is null)
        {
            return;
        }

        nodes.Add(node);
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj)
                {
                    Collect(child, nodes);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Collect(child, nodes);
                }

                break;
        }
    }

    /// <summary>Groups unexpected exceptions by type and throwing site and reports the first input of each.</summary>
    private sealed class FuzzFailures(string what)
    {
        private readonly Dictionary<string, (Exception Error, byte[] Input, int Count)> _byKind = [];

        public void Add(Exception error, byte[] input)
        {
            var kind = $"{error.GetType().FullName} at {error.StackTrace?.Split('\n').FirstOrDefault()?.Trim()}";
            _byKind[kind] = _byKind.TryGetValue(kind, out var seen) ? seen with { Count = seen.Count + 1 } : (error, input, 1);
        }

        public void Report(string summary)
        {
            var line = $"Fuzz {what}: {summary}, {_byKind.Values.Sum(v => v.Count)} unhandled ({_byKind.Count} kinds); seed {Fuzzer.Seed}.";
            TestContext.Out.WriteLine(line);
            TestContext.Progress.WriteLine(line);
            foreach (var (kind, (error, input, count)) in _byKind)
            {
                TestContext.Out.WriteLine($"  {count} x {kind}: {error.Message}\n    input (base64): {Convert.ToBase64String(input)}\n{error.StackTrace}");
            }

            Assert.That(_byKind.Keys, Is.Empty, line);
        }
    }
}
