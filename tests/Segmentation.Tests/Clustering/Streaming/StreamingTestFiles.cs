using System.Globalization;
using System.IO.Compression;
using System.Text;
using Segmentation.Clustering;

namespace Segmentation.Tests.Clustering.Streaming;

/// <summary>A temp folder of CSV files for the out-of-core tests, deleted on dispose.</summary>
internal sealed class StreamingTestFiles : IDisposable
{
    public StreamingTestFiles() => Directory.CreateDirectory(Folder);

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "segmentation-streaming-tests", Guid.NewGuid().ToString("N"));

    public string Write(string name, string content)
    {
        var path = Path.Combine(Folder, name);
        if (name.EndsWith(".gz", StringComparison.Ordinal))
        {
            using var file = File.Create(path);
            using var gzip = new GZipStream(file, CompressionLevel.Fastest);
            gzip.Write(Encoding.UTF8.GetBytes(content));
        }
        else
        {
            File.WriteAllText(path, content);
        }

        return path;
    }

    /// <summary>Writes <paramref name="data"/> as CSV with columns x0, x1, ... and a leading "id" text column that is not a feature.</summary>
    public string WriteMatrix(string name, DenseMatrix data)
    {
        var text = new StringBuilder();
        text.Append("id");
        for (var j = 0; j < data.Columns; j++)
        {
            text.Append(",x").Append(j);
        }

        text.Append('\n');
        for (var row = 0; row < data.Rows; row++)
        {
            text.Append('c').Append(row);
            foreach (var value in data.Row(row))
            {
                text.Append(',').Append(value.ToString("R", CultureInfo.InvariantCulture));
            }

            text.Append('\n');
        }

        return Write(name, text.ToString());
    }

    public static string[] FeatureNames(int features) => Enumerable.Range(0, features).Select(j => $"x{j}").ToArray();

    public void Dispose()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
