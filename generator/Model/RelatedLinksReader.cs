using Broadsheet.Common;
using Broadsheet.Diagnostics;
using Broadsheet.Load;

namespace Broadsheet.Model;

/// <summary>
/// Reads an article's <c>related:</c> list: each entry another article's <c>.md</c> path, relative to the article's file
/// as in its Markdown links, or a <c>{title, url}</c> link elsewhere.
/// </summary>
public static class RelatedLinksReader
{
    private const string Key = "related";
    private static readonly string[] LinkKeys = ["title", "url"];

    /// <param name="sourcePath">The article's own path in the source folder.</param>
    /// <param name="articles">Every article file of the source folder, drafts and files with errors included.</param>
    public static List<RelatedLink> Read(FrontMatterReader reader, FrontMatterMapping frontMatter, string sourcePath, ISet<string> articles)
    {
        reader.Expect(Key);
        IReadOnlyList<FrontMatterNode> entries = frontMatter.Find(Key) switch
        {
            null => [],
            FrontMatterScalar { Plain: true, Value: "" or "~" or "null" } => [],
            FrontMatterList list => list.Items,
            var one => [one],
        };

        var links = new List<RelatedLink>();
        foreach (var entry in entries)
        {
            var link = entry switch
            {
                FrontMatterScalar path => Article(reader, path, sourcePath, articles),
                FrontMatterMapping mapping => Elsewhere(reader, mapping),
                _ => Refuse(reader, entry),
            };
            if (link is not null && !links.Any(l => l.SourcePath == link.SourcePath && l.Url == link.Url))
            {
                links.Add(link);
            }
        }

        return links;
    }

    private static RelatedLink? Article(FrontMatterReader reader, FrontMatterScalar entry, string sourcePath, ISet<string> articles)
    {
        var written = entry.Value.Trim();
        if (!written.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            reader.Error(entry, $"'{written}' in 'related' is not an article's .md file; name an article as its Markdown links do (../10/other.md), or a page elsewhere as {{title: ..., url: https://...}}");
            return null;
        }

        var resolved = SitePaths.Resolve(written.StartsWith('/') ? "" : sourcePath, written);
        if (resolved == sourcePath)
        {
            reader.Error(entry, "an article cannot be related to itself; remove it from 'related'");
            return null;
        }

        if (resolved is null || !articles.Contains(resolved))
        {
            var nearest = resolved is null ? null : Suggest.Nearest(resolved, articles.Where(a => a != sourcePath));
            var hint = nearest is null ? "; check the file name" : $"; did you mean '{SitePaths.Relative(sourcePath, nearest)}'?";
            reader.Error(entry, $"'{written}' in 'related' {(resolved is null ? "leads outside the source folder" : $"leads to {resolved}, which is not an article")}{hint}");
            return null;
        }

        return new RelatedLink(resolved, null, null, reader.At(entry));
    }

    private static RelatedLink? Elsewhere(FrontMatterReader reader, FrontMatterMapping entry)
    {
        var unknown = entry.Entries.Select(e => e.Key).OfType<FrontMatterScalar>().Where(k => !LinkKeys.Contains(k.Value)).ToList();
        foreach (var key in unknown)
        {
            reader.Error(key, $"unknown key '{key.Value}' in a related link, which has 'title' and 'url'{Suggest.Hint(key.Value, LinkKeys)}");
        }

        if (unknown.Count > 0)
        {
            // A misspelt key is the one missing: saying so again would only repeat it.
            return null;
        }

        var ok = true;
        var title = Value(reader, entry, "title");
        var url = Value(reader, entry, "url");
        if (url is not null && !ExternalUrl.IsValid(url.Value.Trim()))
        {
            reader.Error(url, $"the related link's url '{url.Value.Trim()}' must be {ExternalUrl.Expected}; to list an article of the archive, write its .md path instead");
            ok = false;
        }

        return ok && title is not null && url is not null ? new RelatedLink(null, title.Value.Trim(), url.Value.Trim(), reader.At(entry)) : null;
    }

    /// <summary>A key of a related link, which must be there and a single value; null (and reported) otherwise.</summary>
    private static FrontMatterScalar? Value(FrontMatterReader reader, FrontMatterMapping entry, string key)
    {
        switch (entry.Find(key))
        {
            case FrontMatterScalar scalar when !string.IsNullOrWhiteSpace(scalar.Value):
                return scalar;
            case null:
                reader.Error(entry, $"a related link needs '{key}': write {{title: ..., url: https://...}}");
                return null;
            case var other:
                reader.Error(other, $"the related link's '{key}' must be a single value");
                return null;
        }
    }

    private static RelatedLink? Refuse(FrontMatterReader reader, FrontMatterNode entry)
    {
        reader.Error(entry, "each entry of 'related' is an article's .md path or a link elsewhere written {title: ..., url: https://...}");
        return null;
    }
}
