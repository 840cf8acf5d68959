using System.Text.RegularExpressions;

namespace Broadsheet.Import.Generators;

/// <summary>
/// The template tags other generators leave in Markdown: those an archive uses for links and figures are converted
/// (<c>{% link %}</c>, <c>{% post_url %}</c>, <c>{% highlight %}</c>, <c>{{&lt; ref &gt;}}</c>, <c>{{&lt; relref &gt;}}</c>,
/// <c>{{&lt; figure &gt;}}</c>, <c>{{ "/x/" | url }}</c>, <c>{{ site.baseurl }}</c>); any other is kept as it is and listed.
/// </summary>
public static partial class TemplateTags
{
    /// <param name="resolve">The link for a reference to another post (a path or a name), or null when it names none.</param>
    /// <param name="unknown">Receives each tag kept as it was.</param>
    public static string Convert(string body, Func<string, string?> resolve, Action<string> unknown)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(resolve);
        ArgumentNullException.ThrowIfNull(unknown);
        var text = Highlight().Replace(body, m => $"```{m.Groups[1].Value}\n{m.Groups[2].Value.Trim('\n')}\n```");
        text = Raw().Replace(text, "");
        // A reference to no imported post stays as it was, and is listed with the unknown tags below.
        text = LinkTag().Replace(text, m => resolve(m.Groups[1].Value) ?? m.Value);
        text = PostUrl().Replace(text, m => resolve(m.Groups[1].Value) ?? m.Value);
        text = Ref().Replace(text, m => resolve(m.Groups[2].Value.Trim('"', '\'')) ?? m.Value);
        text = Figure().Replace(text, m => FigureOf(m.Groups[1].Value));
        text = UrlFilter().Replace(text, m => m.Groups[1].Value);
        text = SiteUrl().Replace(text, "");
        foreach (Match left in AnyTag().Matches(text))
        {
            unknown(left.Value);
        }

        return text;
    }

    private static string FigureOf(string attributes)
    {
        var values = Attribute().Matches(attributes).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Success ? m.Groups[2].Value : m.Groups[3].Value, StringComparer.Ordinal);
        var src = values.GetValueOrDefault("src") ?? "";
        var alt = values.GetValueOrDefault("alt") ?? values.GetValueOrDefault("title") ?? "";
        var caption = values.GetValueOrDefault("caption") ?? values.GetValueOrDefault("title");
        var image = $"![{alt.Replace("]", "\\]", StringComparison.Ordinal)}]({(src.Contains(' ', StringComparison.Ordinal) ? "<" + src + ">" : src)})";
        return caption is null ? $"^^^\n{image}\n^^^" : $"^^^\n{image}\n^^^ {caption}";
    }

    [GeneratedRegex(@"\{%-?\s*highlight\s+(\w+)[^%]*-?%\}(.*?)\{%-?\s*endhighlight\s*-?%\}", RegexOptions.Singleline)]
    private static partial Regex Highlight();

    [GeneratedRegex(@"\{%-?\s*(?:raw|endraw)\s*-?%\}")]
    private static partial Regex Raw();

    [GeneratedRegex(@"\{%-?\s*link\s+(\S+)\s*-?%\}")]
    private static partial Regex LinkTag();

    [GeneratedRegex(@"\{%-?\s*post_url\s+(\S+)\s*-?%\}")]
    private static partial Regex PostUrl();

    [GeneratedRegex(@"\{\{[<%]\s*(ref|relref)\s+(""[^""]+""|'[^']+'|\S+)\s*[>%]\}\}")]
    private static partial Regex Ref();

    [GeneratedRegex(@"\{\{<\s*figure\s+(.*?)\s*/?>\}\}", RegexOptions.Singleline)]
    private static partial Regex Figure();

    [GeneratedRegex(@"(\w+)=(?:""([^""]*)""|(\S+))")]
    private static partial Regex Attribute();

    [GeneratedRegex(@"\{\{-?\s*[""']([^""']*)[""']\s*\|\s*(?:url|relative_url|absolute_url)\s*-?\}\}")]
    private static partial Regex UrlFilter();

    [GeneratedRegex(@"\{\{-?\s*site\.(?:baseurl|url)\s*-?\}\}")]
    private static partial Regex SiteUrl();

    [GeneratedRegex(@"\{%.*?%\}|\{\{[<%].*?[>%]\}\}|\{\{.*?\}\}", RegexOptions.Singleline)]
    private static partial Regex AnyTag();
}
