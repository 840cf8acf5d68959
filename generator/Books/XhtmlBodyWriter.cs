using System.Buffers;
using System.Xml;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Broadsheet.Books;

/// <summary>
/// Writes an article's HTML body (Markdig's output, HTML written in the Markdown included) as well-formed XHTML:
/// parsed as a browser would with AngleSharp, then written element by element, so every tag is closed and every
/// character escaped. Links and images go through <see cref="EpubLinks"/>; scripts, frames and forms are left out.
/// </summary>
public sealed class XhtmlBodyWriter(EpubLinks links, string fromPage)
{
    public const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    private const string XlinkNamespace = "http://www.w3.org/1999/xlink";

    private static readonly HashSet<string> Void = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    };

    // Scripted or interactive content would make the book "scripted", which few reading systems support.
    private static readonly HashSet<string> LeftOut = new(StringComparer.Ordinal)
    {
        "script", "noscript", "style", "iframe", "frame", "frameset", "object", "embed", "form", "input", "button",
        "select", "textarea", "audio", "video", "source", "track", "canvas", "template", "link", "meta", "base",
    };

    private static readonly HtmlParser Parser = new();

    /// <summary>Whether the body holds inline SVG, which the manifest must declare.</summary>
    public bool HasSvg { get; private set; }

    /// <summary>Whether the body holds MathML, which the manifest must declare.</summary>
    public bool HasMathMl { get; private set; }

    private const string Opening = "<!DOCTYPE html><html><body>";

    public void Write(XmlWriter writer, string html)
    {
        // The document is parsed from a pooled copy with the opening in front, not from a new string joining the two.
        var source = ArrayPool<char>.Shared.Rent(Opening.Length + html.Length);
        try
        {
            Opening.CopyTo(source);
            html.CopyTo(source.AsSpan(Opening.Length));
            var document = Parser.ParseDocument(source.AsMemory(0, Opening.Length + html.Length));
            foreach (var node in document.Body!.ChildNodes)
            {
                WriteNode(writer, node);
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(source);
        }
    }

    private void WriteNode(XmlWriter writer, INode node)
    {
        switch (node)
        {
            case IElement element:
                WriteElement(writer, element);
                break;
            case IText text:
                writer.WriteString(XmlSafe(text.Data));
                break;
        }
    }

    private void WriteElement(XmlWriter writer, IElement element)
    {
        var ns = element.NamespaceUri ?? XhtmlNamespace;
        var name = element.LocalName;
        var html = ns == XhtmlNamespace;
        if (html && LeftOut.Contains(name))
        {
            return;
        }

        if (html && name == "img")
        {
            WriteImage(writer, element);
            return;
        }

        if (html && name == "picture")
        {
            // The book packs one JPEG of each photograph: the <img> stays, its <source>s of other formats go.
            WriteChildren(writer, element);
            return;
        }

        string? href = null;
        if (html && name == "a" && element.GetAttribute("href") is { } original)
        {
            href = links.Link(fromPage, original);
            if (href is null)
            {
                // A link that cannot work in the book keeps its words.
                WriteChildren(writer, element);
                return;
            }
        }

        HasSvg |= name == "svg" && ns == "http://www.w3.org/2000/svg";
        HasMathMl |= name == "math" && ns == "http://www.w3.org/1998/Math/MathML";
        writer.WriteStartElement(name, ns);
        foreach (var attribute in element.Attributes)
        {
            if (html && name == "a" && attribute.LocalName == "href")
            {
                writer.WriteAttributeString("href", href);
            }
            else
            {
                WriteAttribute(writer, attribute);
            }
        }

        WriteChildren(writer, element);
        if (html && Void.Contains(name))
        {
            writer.WriteEndElement();
        }
        else
        {
            writer.WriteFullEndElement();
        }
    }

    private void WriteChildren(XmlWriter writer, IElement element)
    {
        foreach (var child in element.ChildNodes)
        {
            WriteNode(writer, child);
        }
    }

    private void WriteImage(XmlWriter writer, IElement image)
    {
        var alt = image.GetAttribute("alt") ?? "";
        if (image.GetAttribute("src") is not { } src || links.Image(fromPage, src) is not { } packed)
        {
            // An image the book cannot hold (remote, or not an EPUB image type) leaves its description.
            writer.WriteString(XmlSafe(alt));
            return;
        }

        writer.WriteStartElement("img", XhtmlNamespace);
        writer.WriteAttributeString("src", packed);
        writer.WriteAttributeString("alt", XmlSafe(alt));
        foreach (var attribute in image.Attributes.Where(a => a.LocalName is not ("src" or "alt" or "srcset" or "sizes")))
        {
            WriteAttribute(writer, attribute);
        }

        writer.WriteEndElement();
    }

    private static void WriteAttribute(XmlWriter writer, IAttr attribute)
    {
        var name = attribute.LocalName;
        if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || name.StartsWith("xmlns", StringComparison.Ordinal) || !IsXmlName(name))
        {
            return;
        }

        if (attribute.NamespaceUri == XlinkNamespace)
        {
            writer.WriteAttributeString("xlink", name, XlinkNamespace, XmlSafe(attribute.Value));
        }
        else if (attribute.NamespaceUri is null or "")
        {
            writer.WriteAttributeString(name, XmlSafe(attribute.Value));
        }
    }

    private static bool IsXmlName(string name)
    {
        try
        {
            XmlConvert.VerifyNCName(name);
            return true;
        }
        catch (XmlException)
        {
            return false;
        }
    }

    /// <summary>Drops the few characters XML cannot hold at all (most control characters).</summary>
    private static string XmlSafe(string text)
    {
        foreach (var c in text)
        {
            if (!IsXmlChar(c))
            {
                return new string(text.Where(IsXmlChar).ToArray());
            }
        }

        return text;
    }

    // .NET strings hold characters beyond the BMP as surrogate pairs, which IsXmlChar refuses one by one.
    private static bool IsXmlChar(char c) => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c);
}
