using Broadsheet.Model;

namespace Broadsheet.Graph;

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
    /// <summary>The photographs of <c>static/</c> and the files made of them.</summary>
    public Images.ImageCatalog Images { get; init; } = global::Broadsheet.Images.ImageCatalog.Empty;

    /// <summary>The promotions, each shown on the articles and topic pages it matches (<see cref="ArticleNode.Promos"/>, <see cref="TopicNode.Promos"/>).</summary>
    public IReadOnlyList<Promo> Promos { get; init; } = [];
    /// <summary>The paper's own pages, by file name.</summary>
    public IReadOnlyList<PaperPageOutput> PaperPages { get; init; } = [];

    /// <summary>The orders a later build of a model of the same shape can take as they are (see <see cref="GraphOrders"/>).</summary>
    public GraphOrders Orders()
    {
        var index = new Dictionary<ArticleNode, int>(ArticlesNewestFirst.Count, ReferenceEqualityComparer.Instance);
        foreach (var article in ArticlesNewestFirst)
        {
            index[article] = index.Count;
        }

        return new GraphOrders(
            ArticlesNewestFirst.Select(a => a.Related.Select(r => index[r]).ToArray()).ToList(),
            Letters.SelectMany(l => l.Articles).Select(a => index[a]).ToList());
    }
}
