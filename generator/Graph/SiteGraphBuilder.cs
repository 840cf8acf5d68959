using Broadsheet.Common;
using Broadsheet.Diagnostics;
using Broadsheet.Model;

namespace Broadsheet.Graph;

/// <summary>The Graph stage: places every article, issue, topic, author, month and initial at an output path and links them.</summary>
/// <param name="knowing">
/// The orders a build of a model of the same shape found (<see cref="SiteGraph.Orders"/>), to take instead of working
/// them out again, or null to work them out: a task, as whether the shape is the same is found while the articles are placed.
/// </param>
public sealed partial class SiteGraphBuilder(DiagnosticBag diagnostics, Task<GraphOrders?>? knowing = null)
{
    /// <param name="known">The orders a build of a model of the same shape found; null to work them out.</param>
    public SiteGraphBuilder(DiagnosticBag diagnostics, GraphOrders? known)
        : this(diagnostics, Task.FromResult(known))
    {
    }

    /// <summary>Up to this many titles, the A–Z listing is one page; beyond it, one page per initial.</summary>
    public const int AzSinglePageLimit = 500;

    /// <param name="images">The photographs of static/ and their derivatives; none when not given.</param>
    public SiteGraph Build(ArchiveModel model, Images.ImageCatalog? images = null)
    {
        var articles = PlaceArticles(model.Articles, model.Site.ArticlePath);
        var bySourcePath = articles.ToDictionary(a => a.Article.SourcePath, StringComparer.Ordinal);
        LinkPicked(articles, bySourcePath);

        // What needs only the placed articles is built on the other cores while the issues are (each sets fields of the
        // articles' nodes that the others do not touch); the months come after the issues, whose groups they show.
        var topicsWithPromos = Task.Run(() =>
        {
            var topics = BuildTopics(model, articles);
            LinkPromos(model.Promos, articles, topics);
            return topics;
        });
        var byAuthor = Task.Run(() => BuildAuthors(articles));
        var ordered = Task.Run(() => Order(model.Site, articles));
        var issues = BuildIssues(model, articles);
        var years = BuildArchive(articles);
        var topics = topicsWithPromos.GetAwaiter().GetResult();
        var authors = byAuthor.GetAwaiter().GetResult();
        var letters = ordered.GetAwaiter().GetResult();
        var azSplit = articles.Count > AzSinglePageLimit;

        var pages = new List<Page>
        {
            new HomePage(OutputPath.Home),
            new IssuesIndexPage(OutputPath.IssuesIndex),
            new TopicsIndexPage(OutputPath.TopicsIndex),
            new AuthorsIndexPage(OutputPath.AuthorsIndex),
            new ArchiveIndexPage(OutputPath.ArchiveIndex),
            new AzIndexPage(OutputPath.AzIndex),
            new NotFoundPage(OutputPath.NotFound),
            new SearchPage(OutputPath.Search),
        };
        pages.AddRange(issues.Select(i => new IssuePage(i.OutputPath, i)));
        pages.AddRange(topics.SelectMany(t => Paging.Split(t.Articles, model.Site.PageSize, t.OutputPath)
            .Select(p => new TopicPage(p.Paging.PagePaths[p.Paging.Number - 1], t, p.Paging, p.Items))));
        pages.AddRange(authors.SelectMany(a => Paging.Split(a.Articles, model.Site.PageSize, a.OutputPath)
            .Select(p => new AuthorPage(p.Paging.PagePaths[p.Paging.Number - 1], a, p.Paging, p.Items))));
        pages.AddRange(years.Select(y => new YearPage(y.OutputPath, y)));
        pages.AddRange(years.SelectMany(y => y.Months).Select(m => new MonthPage(m.OutputPath, m)));
        if (azSplit)
        {
            pages.AddRange(letters.Select(l => new LetterPage(l.OutputPath, l)));
        }

        CheckArticlesAgainstPages(articles, pages);
        pages.AddRange(articles.Select(a => new ArticlePage(a.OutputPath, a)));
        var paperPages = PlacePaperPages(model.PaperPages, pages);
        pages.AddRange(paperPages);
        pages.AddRange(PlaceRedirects(articles, pages));
        CheckStaticFilesAgainstPages(model, pages);

        return new SiteGraph(
            ResolveMenus(model.Site, articles, paperPages),
            articles,
            issues,
            topics,
            authors,
            years,
            letters,
            azSplit,
            bySourcePath,
            pages,
            model.StaticFiles)
        {
            Images = images ?? Images.ImageCatalog.Empty,
            Promos = model.Promos,
            PaperPages = paperPages,
        };
    }

    /// <summary>
    /// The A–Z initials, and each article's related articles: as the last build of a model of the same shape found them,
    /// when it is known, or worked out.
    /// </summary>
    private List<LetterNode> Order(Site site, List<ArticleNode> articles)
    {
        var known = knowing?.GetAwaiter().GetResult();
        var fits = known is not null && known.Fit(articles.Count);
        var letters = BuildLetters(site, fits ? known!.ByTitle.Select(i => articles[i]).ToList() : ByTitle(site, articles));
        if (fits)
        {
            for (var i = 0; i < articles.Count; i++)
            {
                articles[i].Related = known!.Related[i].Select(r => articles[r]).ToArray();
            }
        }
        else
        {
            LinkRelated(articles);
        }

        return letters;
    }

    /// <summary>Gives each article its page, newest first; two articles may not claim the same page.</summary>
    private List<ArticleNode> PlaceArticles(IReadOnlyList<Article> articles, ArticlePathPattern pattern)
    {
        var placed = new List<ArticleNode>();
        var byPath = new Dictionary<string, Article>(StringComparer.OrdinalIgnoreCase);
        foreach (var article in articles.OrderBy(a => a.SourcePath, StringComparer.Ordinal))
        {
            var path = pattern.Of(article);
            if (byPath.TryGetValue(path, out var first))
            {
                diagnostics.Error(
                    SourceLocation.File(article.DisplayPath),
                    $"this article and {first.DisplayPath} would both be written to {path}; give one of them a different 'slug'{DayHint(article, first, pattern)}");
                continue;
            }

            byPath[path] = article;
            placed.Add(new ArticleNode(article, path));
        }

        placed.Sort((a, b) => ArticleOrder.NewestFirst(a.Article, b.Article));
        return placed;
    }

    /// <summary>Two columns of the same name in one month part when the address has the day in it.</summary>
    private static string DayHint(Article article, Article first, ArticlePathPattern pattern) =>
        article.Date != first.Date && !pattern.Text.Contains("{day}", StringComparison.Ordinal)
            ? ", or put {day} in site.yml's article_path (\"articles/{year}/{month}/{day}/{slug}\")"
            : "";

    /// <summary>An <c>article_path</c> may lead an article onto another page's address, such as an issue's.</summary>
    private void CheckArticlesAgainstPages(List<ArticleNode> articles, List<Page> pages)
    {
        var pagePaths = pages.Select(p => p.OutputPath).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var article in articles.Where(a => pagePaths.Contains(a.OutputPath)))
        {
            diagnostics.Error(
                SourceLocation.File(article.Article.DisplayPath),
                $"this article would be written to {article.OutputPath}, a page the site makes itself; give it a different 'slug' or change 'article_path' in site.yml");
        }
    }

    private void CheckStaticFilesAgainstPages(ArchiveModel model, List<Page> pages)
    {
        var pagePaths = pages.Select(p => p.OutputPath).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var file in model.StaticFiles.Where(f => pagePaths.Contains(f.SitePath)))
        {
            diagnostics.Error(
                SourceLocation.File(Common.DisplayPath.Of(file.FullPath)),
                $"this static file would overwrite the generated page {file.SitePath}; move or rename it");
        }
    }
}
