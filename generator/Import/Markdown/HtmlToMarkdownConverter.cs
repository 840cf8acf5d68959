using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Broadsheet.Import.Markdown;

/// <summary>
/// Converts an HTML body to CommonMark with the build's extensions (pipe tables, footnotes, figures): headings, emphasis,
/// links, images, figures, quotes, nested lists, tables, footnotes, code and line breaks. What it cannot say in Markdown
/// stays as raw HTML with a note; scripts, event handlers and <c>javascript:</c> links are removed with a note.
/// One instance converts one body.
/// </summary>
public sealed partial class HtmlToMarkdownConverter
{
    private static readonly HtmlParser Parser = new();

    private readonly IUrlMapper _urls;
    private readonly List<string> _notes = [];
    private readonly SortedSet<string> _noteSet = new(StringComparer.Ordinal);
    private int _images;
    private int _links;

    private HtmlToMarkdownConverter(IUrlMapper urls) => _urls = urls;

    /// <summary>Converts an HTML fragment (the inside of a body).</summary>
    public static ConvertedBody Convert(string html, IUrlMapper? urls = null)
    {
        var document = Parser.ParseDocument("<!DOCTYPE html><html><body></body></html>");
        var body = document.Body!;
        body.InnerHtml = html;
        return Convert(body, urls);
    }

    /// <summary>Converts the children of <paramref name="root"/>; the tree is changed (scripts and handlers removed).</summary>
    public static ConvertedBody Convert(IElement root, IUrlMapper? urls = null)
    {
        ArgumentNullException.ThrowIfNull(root);
        var converter = new HtmlToMarkdownConverter(urls ?? SameUrls.Instance);
        return converter.Run(root);
    }

    private ConvertedBody Run(IElement root)
    {
        Sanitize(root);
        var footnotes = FindFootnotes(root);
        var blocks = Blocks(root, footnotes);
        blocks.AddRange(FootnoteDefinitions(footnotes));
        var markdown = string.Join("\n\n", blocks.Where(b => b.Length > 0));
        return new ConvertedBody(markdown.Length == 0 ? "" : markdown + "\n", _notes, _images, _links);
    }

    private void Note(string note)
    {
        if (_noteSet.Add(note))
        {
            _notes.Add(note);
        }
    }

    /// <summary>Removes scripts, event-handler attributes and <c>javascript:</c> addresses, noting each kind once.</summary>
    private void Sanitize(IElement root)
    {
        foreach (var element in root.QuerySelectorAll("script").ToList())
        {
            element.Remove();
            Note("removed a <script> element");
        }

        foreach (var element in root.QuerySelectorAll("*"))
        {
            foreach (var attribute in element.Attributes.ToList())
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                {
                    element.RemoveAttribute(attribute.Name);
                    Note($"removed an event-handler attribute ({attribute.Name})");
                }
                else if (attribute.Name is "href" or "src" or "action" or "formaction" or "xlink:href"
                    && attribute.Value.Trim().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
                {
                    element.RemoveAttribute(attribute.Name);
                    Note("removed a javascript: link");
                }
            }
        }
    }

    /// <summary>The blocks of a container, each as Markdown; runs of inline content become paragraphs.</summary>
    private List<string> Blocks(INode parent, Footnotes footnotes)
    {
        var blocks = new List<string>();
        var run = new List<INode>();
        foreach (var child in parent.ChildNodes)
        {
            if (child is IElement element && IsBlock(element))
            {
                Flush();
                blocks.AddRange(Block(element, footnotes));
            }
            else
            {
                run.Add(child);
            }
        }

        Flush();
        return blocks;

        void Flush()
        {
            if (run.Count > 0)
            {
                var text = Paragraph(run, footnotes);
                if (text.Length > 0)
                {
                    blocks.Add(text);
                }

                run.Clear();
            }
        }
    }

    private List<string> Block(IElement element, Footnotes footnotes)
    {
        if (footnotes.IsList(element))
        {
            return [];
        }

        switch (element.LocalName)
        {
            case "p":
                return [Paragraph(element.ChildNodes, footnotes)];
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                return [Heading(element, footnotes)];
            case "blockquote":
                return [Quote(element, footnotes)];
            case "ul" or "ol":
                return [List(element, footnotes)];
            case "pre":
                return [CodeBlock(element)];
            case "hr":
                return ["---"];
            case "table":
                return [Table(element, footnotes)];
            case "figure":
                return [Figure(element, footnotes)];
            case "style" or "template":
                Note($"removed a <{element.LocalName}> element");
                return [];
            case "div" when element.ClassList.Contains("footnotes") && element.QuerySelector("ol") is { } list && footnotes.IsList(list):
                return [];
            case "a" when element.HasAttribute("href"):
                // A link around blocks (a teaser card) has no Markdown form: kept whole rather than lose its address.
                return [RawBlock(element)];
            case "div" or "section" or "article" or "main" or "header" or "footer" or "aside" or "nav" or "center"
                or "address" or "hgroup" or "noscript" or "span" or "a" or "font" or "li" or "figcaption" or "body":
                return Blocks(element, footnotes);
            default:
                return [RawBlock(element)];
        }
    }

    /// <summary>Elements that make a block of their own; an inline element holding one is treated as a container.</summary>
    private static bool IsBlock(IElement element) => element.LocalName switch
    {
        "p" or "div" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "blockquote" or "ul" or "ol" or "pre" or "hr"
            or "table" or "figure" or "section" or "article" or "main" or "header" or "footer" or "aside" or "nav"
            or "center" or "address" or "hgroup" or "dl" or "details" or "form" or "fieldset" or "video" or "audio"
            or "object" or "embed" or "canvas" or "svg" or "math" or "style" or "template" or "li" or "figcaption"
            or "iframe" => true,
        "span" or "a" or "font" or "noscript" => element.Descendants<IElement>().Any(IsBlock),
        _ => false,
    };

    private string Heading(IElement element, Footnotes footnotes)
    {
        var level = element.LocalName[1] - '0';
        var text = Inlines(element.ChildNodes, new InlineContext(footnotes, InHeading: true)).Trim();
        if (text.Length == 0)
        {
            return "";
        }

        if (text.EndsWith('#'))
        {
            text = text[..^1] + "\\#";
        }

        return new string('#', level) + " " + text;
    }

    private string Paragraph(IEnumerable<INode> nodes, Footnotes footnotes)
    {
        var text = TrimLines(Inlines(nodes, new InlineContext(footnotes)));
        return MarkdownEscaper.LineStarts(text);
    }

    private string Quote(IElement element, Footnotes footnotes)
    {
        var inner = string.Join("\n\n", Blocks(element, footnotes).Where(b => b.Length > 0));
        return Prefix(inner, "> ", ">");
    }

    private string Figure(IElement element, Footnotes footnotes)
    {
        var captionElement = element.Children.FirstOrDefault(c => c.LocalName == "figcaption");
        captionElement?.Remove();
        var content = string.Join("\n\n", Blocks(element, footnotes).Where(b => b.Length > 0));
        var caption = captionElement is null ? "" : TrimLines(Inlines(captionElement.ChildNodes, new InlineContext(footnotes, InHeading: true)));
        if (content.Length == 0)
        {
            return caption;
        }

        return caption.Length == 0 ? $"^^^\n{content}\n^^^" : $"^^^\n{content}\n^^^ {caption}";
    }

    private static string CodeBlock(IElement element)
    {
        var code = element.TextContent.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (code.EndsWith('\n'))
        {
            code = code[..^1];
        }

        var language = (element.QuerySelector("code")?.ClassList ?? element.ClassList)
            .FirstOrDefault(c => c.StartsWith("language-", StringComparison.Ordinal))?["language-".Length..] ?? "";
        var fence = new string('`', Math.Max(3, LongestRun(code, '`') + 1));
        return $"{fence}{language}\n{code}\n{fence}";
    }

    /// <summary>Prefixes every line (blank ones with <paramref name="blank"/>), as quotes and list items need.</summary>
    private static string Prefix(string text, string prefix, string blank) =>
        string.Join('\n', text.Split('\n').Select(line => line.Length == 0 ? blank : prefix + line));

    private static string TrimLines(string text) =>
        string.Join('\n', text.Split('\n').Select(line => line.Trim(' '))).Trim('\n');

    internal static int LongestRun(string text, char c)
    {
        int longest = 0, current = 0;
        foreach (var ch in text)
        {
            current = ch == c ? current + 1 : 0;
            longest = Math.Max(longest, current);
        }

        return longest;
    }
}
