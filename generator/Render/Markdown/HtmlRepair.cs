using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Broadsheet.Render.Markdown;

/// <summary>
/// Repairs the HTML of a body that holds HTML written in its Markdown, which may not be validly nested (an old blog's
/// <c>&lt;H1&gt;</c> in the middle of a paragraph, a <c>&lt;div&gt;</c> left open, a block inside a <c>&lt;span&gt;</c>):
/// parsed as a browser parses it, block elements inside phrasing-only ones (paragraphs, headings, spans, emphasis) moved
/// out by splitting those around them, empty paragraphs left by stray end tags dropped, and every heading given its level
/// under the page's title (<see cref="HeadingLevels"/>). The page and the EPUB chapter then hold the same valid markup.
/// Bodies without such HTML never come here; a body whose HTML needed nothing keeps Markdig's markup as it was.
/// </summary>
public static class HtmlRepair
{
    // Elements whose content model is phrasing content only.
    private static readonly HashSet<string> PhrasingOnly = new(StringComparer.Ordinal)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "span", "em", "strong", "b", "i", "u", "s", "small", "big", "code",
        "sub", "sup", "label", "abbr", "cite", "q", "mark", "dfn", "kbd", "samp", "var", "time", "font", "tt", "strike",
        "bdi", "bdo", "data", "output", "button", "legend", "dt", "caption", "summary",
    };

    // Elements that take the content model of their parent.
    private static readonly HashSet<string> Transparent = new(StringComparer.Ordinal) { "a", "ins", "del", "map", "noscript" };

    // Elements that are flow content and not phrasing content.
    private static readonly HashSet<string> BlockOnly = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "details", "dialog", "div", "dl", "fieldset", "figure", "figcaption",
        "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "main", "menu", "nav", "ol", "p",
        "pre", "section", "table", "ul", "center",
    };

    private static readonly string[] Headings = ["h1", "h2", "h3", "h4", "h5", "h6"];

    /// <summary>A body's repaired HTML, and what was wrong with it (null when only its headings were given their levels).</summary>
    public sealed record Repaired(string Html, string? Problem);

    /// <summary>The body's HTML repaired; null when it needed nothing.</summary>
    public static Repaired? Repair(string html)
    {
        string? problem = null;
        var parser = new HtmlParser(new HtmlParserOptions { IsNotSupportingFrames = true });
        parser.Error += (_, e) => problem ??= e is AngleSharp.Html.Dom.Events.HtmlErrorEvent error ? Describe(error) : "a parse error";
        var document = parser.ParseDocument("<!DOCTYPE html><html><body>" + html);
        var body = document.Body!;

        problem = MoveBlocksOutOfPhrasing(body) ?? problem;
        foreach (var empty in body.QuerySelectorAll("p").Where(p => !p.HasChildNodes).ToList())
        {
            problem ??= "an end tag of a paragraph that is not open";
            empty.Remove();
        }

        var leveled = GiveHeadingsTheirLevels(document, body);
        return problem is null && !leveled ? null : new Repaired(body.InnerHtml, problem);
    }

    private static string Describe(AngleSharp.Html.Dom.Events.HtmlErrorEvent error) =>
        error.Message.TrimEnd('.').ToLowerInvariant();

    /// <summary>Moves each block element out of the phrasing-only elements that hold it; what the first of them was, if any.</summary>
    private static string? MoveBlocksOutOfPhrasing(IElement body)
    {
        string? problem = null;
        for (var pass = 0; pass < 100; pass++)
        {
            var moved = false;
            foreach (var element in body.QuerySelectorAll("*").ToList())
            {
                if (!BlockOnly.Contains(element.LocalName) || element.NamespaceUri != AngleSharp.Dom.NamespaceNames.HtmlUri
                    || PhrasingContainer(element, body) is not { } container)
                {
                    continue;
                }

                problem ??= $"a <{element.LocalName}> inside a <{container.LocalName}>";
                MoveOut(element, container);
                moved = true;
            }

            if (!moved)
            {
                break;
            }
        }

        return problem;
    }

    /// <summary>The nearest phrasing-only element around <paramref name="element"/>, looking through transparent ones; null if none.</summary>
    private static IElement? PhrasingContainer(IElement element, IElement body)
    {
        for (var parent = element.ParentElement; parent is not null && parent != body; parent = parent.ParentElement)
        {
            if (PhrasingOnly.Contains(parent.LocalName))
            {
                return parent;
            }

            if (!Transparent.Contains(parent.LocalName))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// Moves <paramref name="element"/> up beside <paramref name="container"/>, splitting every element between them in two
    /// around it, as a browser closes a paragraph at a block; the halves left empty are dropped, and a second half has no id.
    /// </summary>
    private static void MoveOut(IElement element, IElement container)
    {
        var stop = container.Parent;
        while (element.Parent is IElement parent && element.Parent != stop)
        {
            var tail = (IElement)parent.Clone(deep: false);
            tail.RemoveAttribute("id");
            while (element.NextSibling is { } next)
            {
                tail.AppendChild(next);
            }

            parent.After(element);
            if (tail.HasChildNodes)
            {
                element.After(tail);
            }

            if (!parent.HasChildNodes)
            {
                parent.Remove();
            }
        }
    }

    /// <summary>Gives every heading its level under the page's title; whether any changed.</summary>
    private static bool GiveHeadingsTheirLevels(IDocument document, IElement body)
    {
        var headings = body.QuerySelectorAll(string.Join(',', Headings)).ToList();
        var levels = HeadingLevels.Fix(headings.ConvertAll(h => h.LocalName[1] - '0'));
        var changed = false;
        for (var i = 0; i < headings.Count; i++)
        {
            var heading = headings[i];
            if (heading.LocalName == Headings[levels[i] - 1])
            {
                continue;
            }

            var renamed = document.CreateElement(Headings[levels[i] - 1]);
            foreach (var attribute in heading.Attributes.ToList())
            {
                renamed.SetAttribute(attribute.Name, attribute.Value);
            }

            while (heading.FirstChild is { } child)
            {
                renamed.AppendChild(child);
            }

            heading.Replace(renamed);
            changed = true;
        }

        return changed;
    }
}
