using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Broadsheet.Import.Markdown;

/// <summary>What Markdown cannot say stays as HTML (already cleaned of scripts and handlers), noted for the report.</summary>
public sealed partial class HtmlToMarkdownConverter
{
    private static readonly HashSet<string> VoidElements = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    };

    /// <summary>
    /// An HTML block: its start tag alone on the first line (so CommonMark reads it as HTML whatever the element), and no
    /// blank line inside (which would end it).
    /// </summary>
    private string RawBlock(IElement element, bool noted = false)
    {
        if (!noted)
        {
            Note($"kept <{element.LocalName}> as raw HTML");
        }

        MapAddresses(element);

        var inner = VoidElements.Contains(element.LocalName) ? "" : BlankLines().Replace(element.InnerHtml.Trim(), "\n");
        return VoidElements.Contains(element.LocalName)
            ? StartTag(element)
            : $"{StartTag(element)}\n{inner}{(inner.Length > 0 ? "\n" : "")}</{element.LocalName}>";
    }

    private string RawInline(IElement element)
    {
        Note($"kept <{element.LocalName}> as raw HTML");
        MapAddresses(element);
        return Whitespace().Replace(element.OuterHtml, " ");
    }

    /// <summary>
    /// The links and images inside kept HTML, mapped as Markdown's are, then written as the built page needs them:
    /// the build rewrites Markdown's links but not HTML's, and an article's page sits where its file does
    /// (<c>articles/YYYY/MM/</c>), so a link to <c>x.md</c> becomes <c>x.html</c> and a path from the root is made relative.
    /// </summary>
    private void MapAddresses(IElement element)
    {
        foreach (var node in element.DescendantsAndSelf<IElement>().ToList())
        {
            var attribute = node.LocalName switch
            {
                "a" or "area" => "href",
                "img" or "source" or "video" or "audio" => "src",
                _ => null,
            };
            if (attribute is null || node.GetAttribute(attribute) is not { } url || url.StartsWith('#'))
            {
                continue;
            }

            var mapped = attribute == "href" ? _urls.Link(url) : _urls.Image(url);
            if (mapped is null)
            {
                node.RemoveAttribute(attribute);
                continue;
            }

            node.SetAttribute(attribute, ForPage(mapped));
        }
    }

    private static string ForPage(string url)
    {
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var (path, fragment) = hash < 0 ? (url, "") : (url[..hash], url[hash..]);
        if (!path.Contains(':', StringComparison.Ordinal) && path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            return path[..^3] + ".html" + fragment;
        }

        return path.StartsWith('/') && !path.StartsWith("//", StringComparison.Ordinal) ? "../../.." + path + fragment : url;
    }

    private static string StartTag(IElement element)
    {
        var builder = new StringBuilder("<").Append(element.LocalName);
        foreach (var attribute in element.Attributes)
        {
            builder.Append(' ').Append(attribute.Name).Append("=\"").Append(WebUtility.HtmlEncode(attribute.Value)).Append('"');
        }

        return builder.Append('>').ToString();
    }

    [GeneratedRegex(@"\n[ \t]*(\n[ \t]*)+")]
    private static partial Regex BlankLines();
}
