using AngleSharp.Common;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens.Struct;
using AngleSharp.Text;
using Broadsheet.Diagnostics;

namespace Broadsheet.Check;

/// <summary>
/// Reads a page's HTML with AngleSharp's HTML tokenizer: its ids, its internal links, and its duplicate ids and
/// images without alt. Only start tags matter here, so no document tree is built: a site of tens of thousands of
/// pages is checked in a fraction of the time a full parse would take.
/// </summary>
public sealed class PageParser(DiagnosticBag diagnostics)
{
    public PageLinks Parse(string outputPath, string displayPath, string html) => Parse(outputPath, displayPath, html.AsMemory());

    /// <param name="html">The page's HTML, read where it is: only while this runs.</param>
    public PageLinks Parse(string outputPath, string displayPath, ReadOnlyMemory<char> html)
    {
        // Struct tokens, over the text itself rather than a copy: half the allocations of tag tokens.
        // Disposed, so its buffer goes back to the shared pool for the next page.
        using var tokenizer = new HtmlTokenizer(new TextSource(new ReadOnlyMemoryTextSource(html)), HtmlEntityProvider.Resolver)
        {
            SkipDataText = true,
            SkipComments = true,
            SkipScriptText = true,
            SkipRawText = true,
            SkipRCDataText = true,
            SkipPlaintext = true,
            SkipCDATA = true,
            SkipProcessingInstructions = true,
        };
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var references = new List<PageLinks.Reference>();
        for (ref var token = ref tokenizer.GetStructToken(); token.Type != HtmlTokenType.EndOfFile; token = ref tokenizer.GetStructToken())
        {
            if (token.Type != HtmlTokenType.StartTag)
            {
                continue;
            }

            var name = token.Name;
            var attributes = token.Attributes;
            var position = token.Position;
            if (Value(attributes, "id") is { Length: > 0 } id && !ids.Add(id))
            {
                diagnostics.Error(Location(displayPath, position), $"the id '{id}' is used twice on this page; links to '#{id}' cannot tell which is meant");
            }

            if (name == "img" && !Has(attributes, "alt"))
            {
                diagnostics.Error(Location(displayPath, position), $"the image '{Value(attributes, "src")}' has no alt text");
            }

            AddUrls(name, attributes, position, references);

            // What the tree builder would do: the text of these elements is not markup.
            tokenizer.State = ((ReadOnlySpan<char>)name) switch
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

    private static SourceLocation Location(string displayPath, TextPosition position) => new(displayPath, position.Line, position.Column);

    /// <summary>The value of the tag's first attribute of that name (the tokenizer drops repeats); null without one.</summary>
    private static string? Value(StructAttributes attributes, string name)
    {
        for (var i = 0; i < attributes.Count; i++)
        {
            if (attributes[i].Name == name)
            {
                return attributes[i].Value.ToString();
            }
        }

        return null;
    }

    /// <summary>Whether the tag's first attribute of that name has that value, read where it lies.</summary>
    private static bool Is(StructAttributes attributes, string name, string value)
    {
        for (var i = 0; i < attributes.Count; i++)
        {
            if (attributes[i].Name == name)
            {
                return attributes[i].Value == value;
            }
        }

        return false;
    }

    private static bool Has(StructAttributes attributes, string name)
    {
        for (var i = 0; i < attributes.Count; i++)
        {
            if (attributes[i].Name == name)
            {
                return true;
            }
        }

        return false;
    }

    private static void AddUrls(StringOrMemory tag, StructAttributes attributes, TextPosition position, List<PageLinks.Reference> references)
    {
        void Add(string url) => references.Add(new PageLinks.Reference(url, position.Line, position.Column));

        // A canonical link names the deployed address, which need not exist on disk.
        if ((tag == "a" || tag == "link" || tag == "area") && Value(attributes, "href") is { Length: > 0 } href && !Is(attributes, "rel", "canonical"))
        {
            Add(href);
        }

        // A search form in every page's header sends its query to the search page, which must exist.
        if (tag == "form" && Value(attributes, "action") is { Length: > 0 } action)
        {
            Add(action);
        }

        if (Value(attributes, "src") is { Length: > 0 } src)
        {
            Add(src);
        }

        if (Value(attributes, "srcset") is { Length: > 0 } srcset)
        {
            foreach (var candidate in srcset.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                Add(candidate.Split(' ', 2)[0]);
            }
        }
    }
}
