using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;
using Broadsheet.Diagnostics;

namespace Broadsheet.Check;

/// <summary>
/// Reads a written page with AngleSharp's HTML tokenizer: its ids, its internal links, and its duplicate ids and
/// images without alt. Only start tags matter here, so no document tree is built: a site of tens of thousands of
/// pages is checked in a fraction of the time a full parse would take.
/// </summary>
public sealed class PageParser(DiagnosticBag diagnostics)
{
    public PageLinks Parse(string outputPath, string displayPath, string html)
    {
        var tokenizer = new HtmlTokenizer(new TextSource(html), HtmlEntityProvider.Resolver) { SkipDataText = true, SkipComments = true };
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var references = new List<PageLinks.Reference>();
        for (var token = tokenizer.Get(); token.Type != HtmlTokenType.EndOfFile; token = tokenizer.Get())
        {
            if (token.Type != HtmlTokenType.StartTag)
            {
                continue;
            }

            var tag = token.AsTag();
            if (tag.GetAttribute("id") is { Length: > 0 } id && !ids.Add(id))
            {
                diagnostics.Error(Location(displayPath, tag), $"the id '{id}' is used twice on this page; links to '#{id}' cannot tell which is meant");
            }

            if (tag.Name == "img" && !tag.Attributes.Any(a => a.Name == "alt"))
            {
                diagnostics.Error(Location(displayPath, tag), $"the image '{tag.GetAttribute("src")}' has no alt text");
            }

            foreach (var url in UrlsOf(tag))
            {
                references.Add(new PageLinks.Reference(url, tag.Position.Line, tag.Position.Column));
            }

            // What the tree builder would do: the text of these elements is not markup.
            tokenizer.State = tag.Name switch
            {
                "script" => HtmlParseMode.Script,
                "style" or "xmp" or "iframe" or "noembed" or "noframes" => HtmlParseMode.Rawtext,
                "title" or "textarea" => HtmlParseMode.RCData,
                "plaintext" => HtmlParseMode.Plaintext,
                _ => tokenizer.State,
            };
        }

        return new PageLinks(outputPath, displayPath, ids, references);
    }

    private static SourceLocation Location(string displayPath, HtmlTagToken tag) => new(displayPath, tag.Position.Line, tag.Position.Column);

    private static IEnumerable<string> UrlsOf(HtmlTagToken tag)
    {
        // A canonical link names the deployed address, which need not exist on disk.
        if (tag.Name is "a" or "link" or "area" && tag.GetAttribute("href") is { Length: > 0 } href && tag.GetAttribute("rel") != "canonical")
        {
            yield return href;
        }

        // A search form in every page's header sends its query to the search page, which must exist.
        if (tag.Name == "form" && tag.GetAttribute("action") is { Length: > 0 } action)
        {
            yield return action;
        }

        if (tag.GetAttribute("src") is { Length: > 0 } src)
        {
            yield return src;
        }

        if (tag.GetAttribute("srcset") is { Length: > 0 } srcset)
        {
            foreach (var candidate in srcset.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                yield return candidate.Split(' ', 2)[0];
            }
        }
    }
}
