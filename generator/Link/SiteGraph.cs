using Broadsheet.Model;

namespace Broadsheet.Link;

/// <summary>The linked site: every page with its output path, and the lists that pages show.</summary>
public sealed record SiteGraph(
    Site Site,
    IReadOnlyList<ArticleNode> ArticlesNewestFirst,
    IReadOnlyList<IssueNode> IssuesNewestFirst,
    IReadOnlyList<TopicNode> Topics,
    IReadOnlyDictionary<string, ArticleNode> ArticlesBySourcePath,
    IReadOnlyList<Page> Pages,
    IReadOnlyList<Load.StaticFile> StaticFiles);
