using System.Collections.Concurrent;
using Broadsheet.Graph;
using Broadsheet.Render.Markdown;

namespace Broadsheet.Render;

/// <summary>
/// Each article's summary (from its front matter, or its first paragraph), worked out once and shared by every list.
/// Article pages are rendered first and leave the summary of their body here, so lists never parse a body again.
/// </summary>
public sealed class SummaryCache(MarkdownConverter converter)
{
    private readonly ConcurrentDictionary<ArticleNode, string> _summaries = new();

    public string Of(ArticleNode node) =>
        _summaries.GetOrAdd(node, n => n.Article.Summary ?? converter.Summary(n.Article.Body.Text));

    /// <summary>Keeps the default summary found while rendering the article's own page.</summary>
    public void Remember(ArticleNode node, string firstParagraph) =>
        _summaries.TryAdd(node, node.Article.Summary ?? firstParagraph);
}
