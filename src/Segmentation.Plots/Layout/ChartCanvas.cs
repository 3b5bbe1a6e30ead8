using Segmentation.Plots.Svg;

namespace Segmentation.Plots.Layout;

/// <summary>
/// The root of every chart: an <c>svg</c> element with its size, fonts, a white background, an accessible
/// <c>title</c>, the visible title and optional notes under it (such as "showing 5,000 of 541,909 points").
/// Presentation attributes only, no <c>style</c> element and no ids, so that many charts can share one HTML page.
/// </summary>
internal sealed class ChartCanvas
{
    public const string FontFamily = "DejaVu Sans, Helvetica, Arial, sans-serif";
    public const string TextColor = "#222222";
    public const string MutedTextColor = "#555555";
    public const string GridColor = "#E3E3E3";
    public const string AxisColor = "#666666";

    private readonly List<string> _notes = [];

    public ChartCanvas(ChartOptions options, string title, string kind)
    {
        options.Validate();
        Width = options.Width;
        Height = options.Height;
        Title = options.Title ?? title;
        Root = new SvgElement("svg")
            .Set("width", Width)
            .Set("height", Height)
            .Set("viewBox", $"0 0 {Width} {Height}")
            .Set("font-family", FontFamily)
            .Set("font-size", TextMetrics.TickFontSize)
            .Set("fill", TextColor)
            .Set("role", "img")
            .Set("data-chart", kind);
        Root.Add("title").WithText(Title);
        Root.Add("rect").Set("width", Width).Set("height", Height).Set("fill", "#FFFFFF");
    }

    public SvgElement Root { get; }

    public int Width { get; }

    public int Height { get; }

    public string Title { get; }

    /// <summary>Adds a grey line of text under the title. Call before <see cref="Finish"/>.</summary>
    public void AddNote(string note) => _notes.Add(note);

    /// <summary>The y pixel where content starts, below the title and notes.</summary>
    public double ContentTop => 40 + (_notes.Count * 18) + 12;

    /// <summary>Draws the title and notes and returns the finished chart.</summary>
    public SvgChart Finish()
    {
        Root.Add(Text(16, 28, TextMetrics.Fit(Title, TextMetrics.TitleFontSize, Width - 32), TextMetrics.TitleFontSize, "start")
            .Set("font-weight", "bold"));
        for (var i = 0; i < _notes.Count; i++)
        {
            Root.Add(Text(16, 48 + (i * 18), _notes[i], TextMetrics.NoteFontSize, "start")
                .Set("fill", MutedTextColor)
                .Set("data-note", "true"));
        }

        return new SvgChart(Root, Title, Width, Height);
    }

    /// <summary>A text element; the text is escaped when written.</summary>
    public static SvgElement Text(double x, double y, string text, double fontSize, string anchor) =>
        new SvgElement("text")
            .Set("x", x)
            .Set("y", y)
            .Set("font-size", fontSize)
            .Set("text-anchor", anchor)
            .WithText(text);
}
