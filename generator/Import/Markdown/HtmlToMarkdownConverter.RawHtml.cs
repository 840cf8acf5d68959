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

        var inner = VoidElements.Contains(element.LocalName) ? "" : BlankLines().Replace(element.InnerHtml.Trim(), "\n");
        return VoidElements.Contains(element.LocalName)
            ? StartTag(element)
            : $"{StartTag(element)}\n{inner}{(inner.Length > 0 ? "\n" : "")}</{element.LocalName}>";
    }

    private string RawInline(IElement element)
    {
        Note($"kept <{element.LocalName}> as raw HTML");
        return Whitespace().Replace(element.OuterHtml, " ");
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
