using System.Collections.Concurrent;
using Broadsheet.Common;
using Broadsheet.Graph;
using Broadsheet.Render.Markdown;

namespace Broadsheet.Render;

/// <summary>
/// Each article's summary (from its front matter, or its first paragraph), worked out once and shared by every list.
/// Article pages are rendered first and leave the summary of their body here, so lists never parse a body again.
/// </summary>
/// <param name="previous">
/// The hash of the summary cut from each body in the last build, by the body's hash: a list's fingerprint takes it from
/// there (see <see cref="Key"/>), so a body edited after its first paragraph leaves the lists that show it unchanged,
/// and no body is read or parsed to find that out.
/// </param>
public sealed class SummaryCache(MarkdownConverter converter, IReadOnlyDictionary<string, string>? previous = null)
{
    private readonly ConcurrentDictionary<ArticleNode, string> _summaries = new();
    private readonly ConcurrentDictionary<ArticleNode, string> _hashes = new();

    public string Of(ArticleNode node) =>
        _summaries.GetOrAdd(node, n => n.Article.Summary ?? converter.Summary(n.Article.Body.Text));

    /// <summary>Keeps the default summary found while rendering the article's own page.</summary>
    public void Remember(ArticleNode node, string firstParagraph) =>
        _summaries.TryAdd(node, node.Article.Summary ?? firstParagraph);

    /// <summary>
    /// What an article's summary in a list is, for the list's fingerprint: the front matter's summary, or the hash of the
    /// one cut from the body. With no last build to take the hashes from, a summary not found yet is keyed by its body's
    /// hash instead: an article page is fingerprinted before its neighbours' pages have left their summaries, and a first
    /// build parses no body for that. After one, a body changed since is parsed for its summary when first asked for, so
    /// that the pages showing it are seen unchanged if its summary is.
    /// </summary>
    public string Key(ArticleNode node)
    {
        if (node.Article.Summary is { } summary)
        {
            return "s:" + summary;
        }

        if ((previous?.GetValueOrDefault(node.Article.Body.Hash) ?? HashIfKnown(node)) is { } hash)
        {
            return "d:" + hash;
        }

        return previous is { Count: > 0 } ? "d:" + _hashes.GetOrAdd(node, n => HashOf(Of(n))) : "b:" + node.Article.Body.Hash;
    }

    private string? HashIfKnown(ArticleNode node)
    {
        if (_hashes.TryGetValue(node, out var hash))
        {
            return hash;
        }

        return _summaries.TryGetValue(node, out var summary) ? _hashes.GetOrAdd(node, HashOf(summary)) : null;
    }

    /// <summary>The hash of the summary cut from each body of <paramref name="articles"/> that this build knows, by the body's hash, for the next build.</summary>
    public Dictionary<string, string> Kept(IEnumerable<ArticleNode> articles)
    {
        var kept = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var node in articles.Where(n => n.Article.Summary is null))
        {
            var body = node.Article.Body.Hash;
            var hash = previous?.GetValueOrDefault(body) ?? HashIfKnown(node);
            if (hash is not null)
            {
                kept[body] = hash;
            }
        }

        return kept;
    }

    private static string HashOf(string summary) => new Fingerprint().Add(summary).Hex();
}
