using System.Xml;

namespace Segmentation.Plots.Svg;

/// <summary>
/// One SVG element: a name, attributes in insertion order, children and optional text. Charts build a tree of
/// these and <see cref="SvgWriter"/> serializes it through <see cref="XmlWriter"/>, which does all escaping.
/// </summary>
internal sealed class SvgElement
{
    private readonly List<KeyValuePair<string, string>> _attributes = [];
    private readonly List<SvgElement> _children = [];

    public SvgElement(string name) => Name = name;

    public string Name { get; }

    public string? Text { get; private set; }

    public IReadOnlyList<KeyValuePair<string, string>> Attributes => _attributes;

    public IReadOnlyList<SvgElement> Children => _children;

    /// <summary>Sets a string attribute (replacing an earlier value of the same name) and returns this element.</summary>
    public SvgElement Set(string name, string value)
    {
        var index = _attributes.FindIndex(pair => pair.Key == name);
        if (index >= 0)
        {
            _attributes[index] = new(name, value);
        }
        else
        {
            _attributes.Add(new(name, value));
        }

        return this;
    }

    /// <summary>Sets a numeric attribute, formatted by <see cref="SvgNumber.Format"/>.</summary>
    public SvgElement Set(string name, double value) => Set(name, SvgNumber.Format(value));

    /// <summary>Sets an integer attribute.</summary>
    public SvgElement Set(string name, int value) => Set(name, value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Sets the text content (escaped when written).</summary>
    public SvgElement WithText(string text)
    {
        Text = text;
        return this;
    }

    /// <summary>Appends a child and returns the child, so that callers can keep configuring it.</summary>
    public SvgElement Add(SvgElement child)
    {
        _children.Add(child);
        return child;
    }

    /// <summary>Appends a new child element with the given name and returns it.</summary>
    public SvgElement Add(string name) => Add(new SvgElement(name));

    /// <summary>Counts this element and its descendants that satisfy <paramref name="predicate"/>.</summary>
    public int Count(Func<SvgElement, bool> predicate)
    {
        var count = predicate(this) ? 1 : 0;
        foreach (var child in _children)
        {
            count += child.Count(predicate);
        }

        return count;
    }
}
