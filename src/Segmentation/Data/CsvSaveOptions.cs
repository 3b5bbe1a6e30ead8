using System.Text;

namespace Segmentation.Data;

/// <summary>How <see cref="DataFrame.SaveCsv(string, CsvSaveOptions?)"/> writes a frame.</summary>
public sealed record CsvSaveOptions
{
    /// <summary>Gets the field separator. Default ','.</summary>
    public char Separator { get; init; } = ',';

    /// <summary>Gets the line end written after each record. Default "\n" (as pandas writes).</summary>
    public string NewLine { get; init; } = "\n";

    /// <summary>Gets whether the first line holds the column names. Default <see langword="true"/>.</summary>
    public bool IncludeHeader { get; init; } = true;

    /// <summary>Gets the text encoding for paths and streams. Default <see langword="null"/>: UTF-8 without a byte order mark.</summary>
    public Encoding? Encoding { get; init; }
}
