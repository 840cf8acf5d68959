using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Broadsheet.Import.Markdown;

/// <summary>Inline content: text, emphasis, links, images, code spans and line breaks.</summary>
public sealed partial class HtmlToMarkdownConverter
{
    /// <summary>Stands for a line break until a paragraph is finished: one at either end is dropped, the rest become "\" and a new line.</summary>
    private const char HardBreak = '\u0001';

    /// <summary>Where inline content is written: a heading or caption holds no line breaks, a table cell no new lines, a link no link.</summary>
    private sealed record InlineContext(Footnotes Footnotes, bool InHeading = false, bool InCell = false, bool InLink = false);

    private string Inlines(IEnumerable<INode> nodes, InlineContext context)
    {
        var builder = new StringBuilder();
        foreach (var node in nodes)
        {
            Inline(node, context, builder);
        }

        var text = Spaces().Replace(builder.ToString(), " ");
        text = text.Trim(' ', HardBreak);
        text = Regex.Replace(text, $" ?{HardBreak} ?", HardBreak.ToString());
        return context.InHeading ? text.Replace(HardBreak, ' ')
            : context.InCell ? text.Replace(HardBreak.ToString(), "<br>", StringComparison.Ordinal)
            : text.Replace(HardBreak.ToString(), "\\\n", StringComparison.Ordinal);
    }

    private void Inline(INode node, InlineContext context, StringBuilder builder)
    {
        switch (node)
        {
            case IText text:
                builder.Append(MarkdownEscaper.Inline(Whitespace().Replace(text.Data, " ")));
                return;
            case IElement element:
                InlineElement(element, context, builder);
                return;
            default:
                return; // comments and processing instructions are not content
        }
    }

    private void InlineElement(IElement element, InlineContext context, StringBuilder builder)
    {
        switch (element.LocalName)
        {
            case "br":
                builder.Append(HardBreak);
                return;
            case "em" or "i" or "cite" or "dfn" or "var":
                Emphasis(element, "*", "em", context, builder);
                return;
            case "strong" or "b":
                Emphasis(element, "**", "strong", context, builder);
                return;
            case "del" or "s" or "strike":
                Emphasis(element, "~~", "del", context, builder);
                return;
            case "code" or "tt" or "kbd" or "samp":
                CodeSpan(element, builder);
                return;
            case "a" when context.Footnotes.LabelOfReference(element) is { } reference:
                builder.Append("[^").Append(reference).Append(']');
                return;
            case "a":
                Link(element, context, builder);
                return;
            case "img":
                builder.Append(Image(element));
                return;
            case "sup" when context.Footnotes.LabelOfReference(element) is { } label:
                builder.Append("[^").Append(label).Append(']');
                return;
            case "sup" or "sub" or "u" or "ins" or "mark" or "small" or "abbr" or "q" or "bdi" or "bdo":
                WrapInHtml(element, context, builder);
                return;
            case "style" or "template":
                Note($"removed a <{element.LocalName}> element");
                return;
            case "span" or "font" or "time" or "label" or "data" or "noscript" or "nobr" or "wbr" or "big":
                foreach (var child in element.ChildNodes)
                {
                    Inline(child, context, builder);
                }

                return;
            default:
                if (IsBlock(element))
                {
                    // A block inside inline content (a table cell holding a list): cannot be said in one line.
                    builder.Append(RawInline(element));
                    return;
                }

                builder.Append(RawInline(element));
                return;
        }
    }

    /// <summary>
    /// Emphasis with Markdown delimiters where they parse back as emphasis: an opening one followed by a letter or after
    /// a space or punctuation, a closing one after a letter or before a space or punctuation (CommonMark's flanking
    /// rules); elsewhere as the HTML tag, which parses back everywhere.
    /// </summary>
    private void Emphasis(IElement element, string delimiter, string tag, InlineContext context, StringBuilder builder)
    {
        var inner = Inlines(element.ChildNodes, context);
        if (inner.Length == 0)
        {
            builder.Append(' ');
            return;
        }

        var leading = element.TextContent.Length > 0 && char.IsWhiteSpace(element.TextContent[0]) ? " " : "";
        var trailing = element.TextContent.Length > 0 && char.IsWhiteSpace(element.TextContent[^1]) ? " " : "";
        var before = leading.Length > 0 ? ' ' : builder.Length == 0 ? ' ' : builder[^1];
        var after = trailing.Length > 0 ? ' ' : NextCharacter(element);
        var opens = char.IsLetterOrDigit(inner[0]) || char.IsWhiteSpace(before) || char.IsPunctuation(before) || char.IsSymbol(before);
        var closes = char.IsLetterOrDigit(inner[^1]) || char.IsWhiteSpace(after) || char.IsPunctuation(after) || char.IsSymbol(after);
        var plain = opens && closes && !char.IsWhiteSpace(inner[0]) && !char.IsWhiteSpace(inner[^1]) && !inner.Contains('\n', StringComparison.Ordinal)
            && !inner.Contains(HardBreak, StringComparison.Ordinal);
        builder.Append(leading);
        builder.Append(plain ? delimiter : $"<{tag}>").Append(inner).Append(plain ? delimiter : $"</{tag}>");
        builder.Append(trailing);
    }

    /// <summary>The first character after an inline element, as the reader of the Markdown will meet it; a space at the end of a block.</summary>
    private static char NextCharacter(IElement element)
    {
        for (INode? node = element; node is not null; node = node.Parent)
        {
            if (node is IElement e && node != element && IsBlock(e))
            {
                return ' ';
            }

            for (var next = node.NextSibling; next is not null; next = next.NextSibling)
            {
                var text = next.TextContent;
                if (next is IElement { LocalName: "br" })
                {
                    return ' ';
                }

                if (text.Length > 0)
                {
                    return text[0];
                }
            }
        }

        return ' ';
    }

    private void WrapInHtml(IElement element, InlineContext context, StringBuilder builder)
    {
        var inner = Inlines(element.ChildNodes, context);
        builder.Append(StartTag(element)).Append(inner).Append("</").Append(element.LocalName).Append('>');
    }

    private static void CodeSpan(IElement element, StringBuilder builder)
    {
        var code = Whitespace().Replace(element.TextContent, " ");
        if (code.Length == 0)
        {
            return;
        }

        var fence = new string('`', LongestRun(code, '`') + 1);
        var pad = code.StartsWith('`') || code.EndsWith('`') || (code.StartsWith(' ') && code.EndsWith(' ') && code.Trim().Length > 0) ? " " : "";
        builder.Append(fence).Append(pad).Append(code).Append(pad).Append(fence);
    }

    private void Link(IElement element, InlineContext context, StringBuilder builder)
    {
        var href = element.GetAttribute("href");
        if (href is null || context.InLink)
        {
            foreach (var child in element.ChildNodes)
            {
                Inline(child, context, builder);
            }

            return;
        }

        var text = Inlines(element.ChildNodes, context with { InLink = true });
        var target = href.Trim();
        if (!target.StartsWith('#'))
        {
            if (_urls.Link(target) is not { } mapped)
            {
                builder.Append(text);
                return;
            }

            target = mapped;
        }

        _links++;
        var title = element.GetAttribute("title");
        if (text.Length == 0)
        {
            text = MarkdownEscaper.Inline(target);
        }

        builder.Append('[').Append(text).Append("](").Append(Destination(target)).Append(Title(title)).Append(')');
    }

    private string Image(IElement element)
    {
        var src = element.GetAttribute("src");
        if (string.IsNullOrWhiteSpace(src) || src.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            src = element.GetAttribute("data-src") ?? element.GetAttribute("data-lazy-src") ?? src;
        }

        if (string.IsNullOrWhiteSpace(src))
        {
            Note("an <img> without a src was left out");
            return "";
        }

        var alt = Whitespace().Replace(element.GetAttribute("alt") ?? "", " ").Trim();
        if (_urls.Image(src.Trim()) is not { } mapped)
        {
            return "";
        }

        _images++;
        return $"![{MarkdownEscaper.Inline(alt)}]({Destination(mapped)}{Title(element.GetAttribute("title"))})";
    }

    /// <summary>A link destination: in angle brackets when it holds spaces or parentheses.</summary>
    private static string Destination(string url)
    {
        if (url.Length == 0)
        {
            return "<>";
        }

        if (url.Any(c => c is ' ' or '(' or ')' or '<' or '>' || char.IsControl(c)))
        {
            return "<" + url.Replace("<", "%3C", StringComparison.Ordinal).Replace(">", "%3E", StringComparison.Ordinal)
                .Replace(" ", "%20", StringComparison.Ordinal) + ">";
        }

        return url.Replace("\\", "%5C", StringComparison.Ordinal);
    }

    private static string Title(string? title) =>
        string.IsNullOrWhiteSpace(title) ? "" : " \"" + title.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    [GeneratedRegex(@"[ \t\r\n\f]+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@" {2,}")]
    private static partial Regex Spaces();
}
