using Broadsheet.Model;

namespace Broadsheet.Link;

/// <summary>The linked site: every page with its output path, and the lists that pages show.</summary>
/// <param name="AzSplit">Whether the A–Z listing has a page per initial (a long archive) or lists every title on one page.</param>
public sealed record SiteGraph(
    Site Site,
    IReadOnlyList<ArticleNode> ArticlesNewestFirst,
    IReadOnlyList<IssueNode> IssuesNewestFirst,
    IReadOnlyList<TopicNode> Topics,
    IReadOnlyList<AuthorNode> Authors,
    IReadOnlyList<YearNode> Years,
    IReadOnlyList<LetterNode> Letters,
    bool AzSplit,
    IReadOnlyDictionary<string, ArticleNode> ArticlesBySourcePath,
    IReadOnlyList<Page> Pages,
    IReadOnlyList<Load.StaticFile> StaticFiles)
{
    /// <summary>Each article's related articles, by index in <see cref="ArticlesNewestFirst"/>: what a later build of a model of the same shape can take as it is.</summary>
    public IReadOnlyList<int[]> RelatedIndexes()
    {
        var index = new Dictionary<ArticleNode, int>(ArticlesNewestFirst.Count, ReferenceEqualityComparer.Instance);
        foreach (var article in ArticlesNewestFirst)
        {
            index[article] = index.Count;
        }

        return ArticlesNewestFirst.Select(a => a.Related.Select(r => index[r]).ToArray()).ToList();
    }
}
