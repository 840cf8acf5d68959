using System.Text.Json;
using AngleSharp.Dom;

namespace Broadsheet.Import.Html;

/// <summary>The schema.org article a page describes in JSON-LD (NewsArticle, Article, BlogPosting…), read leniently.</summary>
public sealed class JsonLdArticle
{
    private static readonly HashSet<string> ArticleTypes = new(StringComparer.Ordinal)
    {
        "NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle", "OpinionNewsArticle", "AnalysisNewsArticle",
        "BackgroundNewsArticle", "ReviewNewsArticle", "ScholarlyArticle", "Report",
    };

    private readonly JsonElement _article;

    private JsonLdArticle(JsonElement article) => _article = article;

    /// <summary>The first article object in the page's JSON-LD scripts (also inside <c>@graph</c>), or null; broken JSON is noted and passed over.</summary>
    public static JsonLdArticle? Find(IDocument page, Action<string> note)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(note);
        foreach (var script in page.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 32 });
                if (FindArticle(json.RootElement) is { } found)
                {
                    return new JsonLdArticle(found.Clone());
                }
            }
            catch (JsonException e)
            {
                note($"its JSON-LD is not valid JSON ({e.Message}); passed over");
            }
        }

        return null;
    }

    private static JsonElement? FindArticle(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (FindArticle(item) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Object:
                if (Types(element).Any(ArticleTypes.Contains))
                {
                    return element;
                }

                return element.TryGetProperty("@graph", out var graph) ? FindArticle(graph) : null;
            default:
                return null;
        }
    }

    private static IEnumerable<string> Types(JsonElement element) =>
        !element.TryGetProperty("@type", out var type) ? []
        : type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!)
        : type.ValueKind == JsonValueKind.String ? [type.GetString()!] : [];

    public string? Headline => Text(_article, "headline") ?? Text(_article, "name");

    public string? AlternativeHeadline => Text(_article, "alternativeHeadline");

    public string? Description => Text(_article, "description");

    public string? DatePublished => Text(_article, "datePublished");

    public string? Section => Names(_article, "articleSection").FirstOrDefault();

    public IReadOnlyList<string> Authors => Names(_article, "author");

    public IReadOnlyList<string> Keywords => Names(_article, "keywords")
        .SelectMany(k => k.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();

    public string? Url => Text(_article, "url") ?? (_article.TryGetProperty("mainEntityOfPage", out var main) ? Text(main, "@id") ?? String(main) : null);

    public string? PublisherName => _article.TryGetProperty("publisher", out var publisher) ? Text(publisher, "name") : null;

    /// <summary>The lead image: its address and caption.</summary>
    public (string Url, string? Caption)? Image
    {
        get
        {
            if (!_article.TryGetProperty("image", out var image))
            {
                return null;
            }

            var first = image.ValueKind == JsonValueKind.Array ? image.EnumerateArray().FirstOrDefault() : image;
            return String(first) is { } url ? (url, null)
                : Text(first, "url") is { } objectUrl ? (objectUrl, Text(first, "caption")) : null;
        }
    }

    /// <summary>The issue it was printed in (<c>isPartOf</c> a PublicationIssue): its date, number and name.</summary>
    public (string? Date, string? Number, string? Name)? Issue
    {
        get
        {
            if (!_article.TryGetProperty("isPartOf", out var part) || part.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            return (Text(part, "datePublished"), Text(part, "issueNumber"), Text(part, "name"));
        }
    }

    private static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) ? String(value) : null;

    private static string? String(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() is { Length: > 0 } s ? s.Trim() : null,
        JsonValueKind.Number => value.GetRawText(),
        _ => null,
    };

    /// <summary>A property that may be a string, an object with a name, or an array of either.</summary>
    private static List<string> Names(JsonElement element, string property)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(property, out var value))
        {
            return [];
        }

        var items = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value];
        return items.Select(i => String(i) ?? Text(i, "name")).OfType<string>().ToList();
    }
}
