using System.Collections.Concurrent;
using Broadsheet.Link;
using Broadsheet.Render.Markdown;

namespace Broadsheet.Render;

/// <summary>Each article's summary, worked out once (from front matter or its first paragraph) and shared by every list.</summary>
public sealed class SummaryCache(MarkdownConverter converter)
{
    private readonly ConcurrentDictionary<ArticleNode, string> _summaries = new();

    public string Of(ArticleNode node) =>
        _summaries.GetOrAdd(node, n => n.Article.Summary ?? converter.Summary(n.Article.Body.Text));
}
