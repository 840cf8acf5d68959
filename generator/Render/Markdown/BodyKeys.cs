using System.Collections.Concurrent;
using Broadsheet.Common;
using Broadsheet.Graph;
using Broadsheet.Model;

namespace Broadsheet.Render.Markdown;

/// <summary>
/// What an article's body HTML is made from — its Markdown, its page, the raw-HTML setting, and the answers its
/// links were given last time, asked again now — as a key that stands for the HTML in a page's fingerprint.
/// </summary>
public sealed class BodyKeys(RecordingLinkTargets targets, bool allowRawHtml, IReadOnlyDictionary<string, IReadOnlyList<LinkQuery>> previousQueries)
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<LinkQuery>> _queries = new(previousQueries, StringComparer.Ordinal);
    private readonly ConcurrentDictionary<ArticleNode, string?> _keys = new();

    /// <summary>The questions each body's links asked, by source path, as the cache keeps them for the next build.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<LinkQuery>> Queries => _queries;

    /// <summary>Keeps what a body's links asked when it was converted in this build, for its key from now on.</summary>
    public void Record(ArticleNode node, IReadOnlyList<LinkQuery> queries)
    {
        _queries[node.Article.SourcePath] = queries;
        _keys.TryRemove(node, out _);
    }

    /// <summary>The key of the body on its own page; null when no earlier build recorded its links (then only the HTML will do).</summary>
    public string? Of(ArticleNode node) => _keys.GetOrAdd(node, Compute);

    /// <summary>A hash of the body's Markdown, worked out once when it was read.</summary>
    public static string HashOf(MarkdownText text) => text.Hash;

    private string? Compute(ArticleNode node)
    {
        if (!_queries.TryGetValue(node.Article.SourcePath, out var queries))
        {
            return null;
        }

        var fingerprint = new Fingerprint()
            .Add(HashOf(node.Article.Body))
            .Add(node.Article.SourcePath)
            .Add(node.OutputPath)
            .Mark(allowRawHtml ? 'h' : 'x');
        foreach (var query in queries)
        {
            fingerprint.Mark(query.Kind switch { LinkQueryKind.StaticFile => 'S', LinkQueryKind.PageOfAlias => 'A', _ => 'P' })
                .Add(query.Argument)
                .Add(targets.Answer(query));
        }

        return fingerprint.Hex();
    }
}
