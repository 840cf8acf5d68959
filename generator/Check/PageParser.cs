using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Broadsheet.Diagnostics;

namespace Broadsheet.Check;

/// <summary>Reads a written page with AngleSharp: its ids, its internal links, and its duplicate ids and images without alt.</summary>
public sealed class PageParser(DiagnosticBag diagnostics)
{
    private static readonly HtmlParserOptions Options = new() { IsKeepingSourceReferences = true };

    public PageLinks Parse(string outputPath, string displayPath, string html)
    {
        var document = new HtmlParser(Options).ParseDocument(html);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var references = new List<PageLinks.Reference>();
        foreach (var element in document.All)
        {
            var location = LocationOf(element, displayPath);
            if (element.Id is { Length: > 0 } id && !ids.Add(id))
            {
                diagnostics.Error(location, $"the id '{id}' is used twice on this page; links to '#{id}' cannot tell which is meant");
            }

            if (element.LocalName == "img" && !element.HasAttribute("alt"))
            {
                diagnostics.Error(location, $"the image '{element.GetAttribute("src")}' has no alt text");
            }

            foreach (var url in UrlsOf(element))
            {
                references.Add(new PageLinks.Reference(url, location));
            }
        }

        return new PageLinks(outputPath, ids, references);
    }

    private static IEnumerable<string> UrlsOf(IElement element)
    {
        if (element.GetAttribute("href") is { } href && element.LocalName is "a" or "link" or "area")
        {
            // A canonical link names the deployed address, which need not exist on disk.
            if (element.GetAttribute("rel") is not "canonical")
            {
                yield return href;
            }
        }

        // A search form in every page's header sends its query to the search page, which must exist.
        if (element.LocalName == "form" && element.GetAttribute("action") is { } action)
        {
            yield return action;
        }

        if (element.GetAttribute("src") is { } src)
        {
            yield return src;
        }

        if (element.GetAttribute("srcset") is { } srcset)
        {
            foreach (var candidate in srcset.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                yield return candidate.Split(' ', 2)[0];
            }
        }
    }

    private static SourceLocation LocationOf(IElement element, string displayPath) =>
        element.SourceReference is { } source
            ? new SourceLocation(displayPath, source.Position.Line, source.Position.Column)
            : SourceLocation.File(displayPath);
}
