using Broadsheet.Graph;
using Broadsheet.Model;
using Broadsheet.Render.Feeds;
using Broadsheet.Render.Markdown;
using Broadsheet.Render.Strings;
using Broadsheet.Render.Views;

namespace Broadsheet.Render;

/// <summary>Builds the plain views templates see, with every URL made relative to the page being rendered.</summary>
/// <param name="bodyKeys">What each body is made from, which stands in for its HTML in a page's fingerprint; null for none.</param>
/// <param name="bodyConverted">Told of each article body converted for its page, so later stages use that one conversion.</param>
public sealed partial class ViewBuilder(
    SiteGraph graph,
    MarkdownConverter converter,
    SummaryCache summaries,
    ThemeStrings strings,
    BodyKeys? bodyKeys = null,
    Action<ArticleNode, ConvertedMarkdown>? bodyConverted = null)
{
    private readonly DateFormatter dates = strings.Dates;

    private static readonly (string Key, string Path, string[] Kinds)[] NavEntries =
    [
        ("nav_home", OutputPath.Home, ["home"]),
        ("nav_issues", OutputPath.IssuesIndex, ["issues", "issue"]),
        ("nav_topics", OutputPath.TopicsIndex, ["topics", "topic"]),
        ("nav_authors", OutputPath.AuthorsIndex, ["authors", "author"]),
        ("nav_archive", OutputPath.ArchiveIndex, ["archive", "year", "month"]),
        ("nav_az", OutputPath.AzIndex, ["a-z", "letter"]),
    ];

    /// <summary>The archive as <paramref name="page"/> shows it: its menus' links lead from that page, the current one marked.</summary>
    public SiteView Site(Page page)
    {
        var menus = graph.Site.Menus;
        List<NavItemView> Menu(IReadOnlyList<Model.MenuItem> items) => items
            .Select(i => i.Target is { } target
                ? new NavItemView(i.Title, UrlFrom(page, target) + i.Suffix, target == page.OutputPath)
                : new NavItemView(i.Title, i.Url, false))
            .ToList();
        return new SiteView(graph.Site.Title, graph.Site.Language, new MenusView(Menu(menus.Header), Menu(menus.Footer)));
    }

    /// <summary>The link from a page to a file of the site; the 404 page is served at whatever address was missing, so it links from the site root.</summary>
    private string UrlFrom(Page page, string path) =>
        page is NotFoundPage ? AbsoluteUrl.RootPath(graph.Site.BaseUrl) + path : RelativeUrl.Between(page.OutputPath, path);

    /// <summary>The frame of a page: its title, the navigation with the current part marked, its feeds and breadcrumbs.</summary>
    public PageView Page(Page page, string title, string kind, IReadOnlyList<(string Title, string? Path)> trail)
    {
        var rootPath = AbsoluteUrl.RootPath(graph.Site.BaseUrl);
        string Url(string path) => UrlFrom(page, path);
        var crumbs = trail.Count == 0
            ? []
            : new List<LinkView> { new(strings.Text("nav_home"), Url(OutputPath.Home)) }
                .Concat(trail.Select(c => new LinkView(c.Title, c.Path is null ? "" : Url(c.Path))))
                .ToList();
        var feeds = new List<LinkView>();
        if (graph.Site.BaseUrl is not null)
        {
            feeds.Add(new LinkView(graph.Site.Title, Url(AtomFeedRenderer.SiteFeed)));
            if (page is TopicPage topic)
            {
                feeds.Add(new LinkView($"{topic.Topic.Topic.Title} \u2014 {graph.Site.Title}", Url(AtomFeedRenderer.TopicFeed(topic.Topic))));
            }
        }

        var canonical = graph.Site.BaseUrl is { } baseUrl && page is not (NotFoundPage or RedirectPage) ? AbsoluteUrl.Of(baseUrl, page.OutputPath) : null;
        return new PageView(
            title,
            kind,
            page.OutputPath,
            page is NotFoundPage ? rootPath : RelativeUrl.ToRoot(page.OutputPath),
            Url(OutputPath.Home),
            Url(OutputPath.IssuesIndex),
            Url(OutputPath.TopicsIndex),
            Url(OutputPath.AuthorsIndex),
            Url(OutputPath.ArchiveIndex),
            Url(OutputPath.AzIndex),
            Url(OutputPath.Search),
            Url("assets/style.css"),
            canonical,
            feeds,
            NavEntries.Select(e => new NavItemView(strings.Text(e.Key), Url(e.Path), e.Kinds.Contains(kind))).ToList(),
            crumbs,
            ShareLinks.Of(graph.Site.Share, canonical, title, strings.Text("share_email")));
    }

    private ArticleLinkView ArticleLink(Page page, ArticleNode node)
    {
        var article = node.Article;
        return new ArticleLinkView(
            article.Title,
            article.Subtitle,
            RelativeUrl.Between(page.OutputPath, node.OutputPath),
            Byline(article),
            dates.ForReaders(article.Date),
            DateFormatter.Iso(article.Date),
            article.Section?.Title,
            () => summaries.Of(node),
            summaries.Key(node),
            article.Body,
            Thumbnail(page, article));
    }

    /// <summary>The thumbnail of an article's lead image, for lists; null when it has no photograph.</summary>
    private ImageView? Thumbnail(Page page, Model.Article article) =>
        article.Image is { } image ? PictureViews.Thumbnail(graph, page.OutputPath, image.Path, image.Alt) : null;

    private List<ArticleLinkView> ArticleLinks(Page page, IEnumerable<ArticleNode> nodes) =>
        nodes.Select(n => ArticleLink(page, n)).ToList();

    private IssueLinkView IssueLink(Page page, IssueNode node) => new(
        node.Issue.Title,
        RelativeUrl.Between(page.OutputPath, node.OutputPath),
        node.Issue.Number,
        dates.ForReaders(node.Issue.Date),
        DateFormatter.Iso(node.Issue.Date),
        node.ArticleCount);

    private List<PromoView> Promos(Page page, IReadOnlyList<Promo> promos) =>
        promos.Select(p => new PromoView(
                p.Title,
                p.Link,
                p.Image is { } image ? PictureViews.Small(graph, page.OutputPath, image) : null,
                Markdown(p.Body, $"promos/{p.Id}.md", page)))
            .ToList();

    private RawHtml? Markdown(MarkdownText text, string sourcePath, Page page) =>
        text.IsEmpty ? null : new RawHtml(converter.ToHtml(new MarkdownPage(text, sourcePath, page.OutputPath)), text);

    /// <summary>"A", "A and B", "A, B and C": the byline as pages and search results print it.</summary>
    private string Byline(Article article) => strings.List(article.Authors.Select(a => a.Name).ToList());

    /// <summary>Page links for a paginated list: first, last, and two either side of the current page.</summary>
    private static PaginationView Pagination(Page page, Paging paging)
    {
        string Url(int n) => RelativeUrl.Between(page.OutputPath, paging.PagePaths[n - 1]);
        var numbers = new List<PageNumberView>();
        for (var n = 1; n <= paging.Count; n++)
        {
            if (n == 1 || n == paging.Count || Math.Abs(n - paging.Number) <= 2)
            {
                numbers.Add(new PageNumberView(n, Url(n), n == paging.Number, false));
            }
            else if (numbers.Count > 0 && !numbers[^1].Gap)
            {
                numbers.Add(new PageNumberView(0, "", false, true));
            }
        }

        return new PaginationView(
            paging.Number,
            paging.Count,
            paging.Number > 1 ? Url(paging.Number - 1) : null,
            paging.Number < paging.Count ? Url(paging.Number + 1) : null,
            numbers);
    }
}
