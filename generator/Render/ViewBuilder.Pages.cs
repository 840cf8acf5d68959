using System.Globalization;
using Broadsheet.Graph;
using Broadsheet.Render.Views;

namespace Broadsheet.Render;

/// <summary>Which template and view each kind of page gets.</summary>
public sealed partial class ViewBuilder
{
    private const int LatestOnHome = 10;

    public PageContent Content(Page page) => page switch
    {
        ArticlePage a => new("article.html", "article", "article", Article(a), a.Article.Article.Title, ArticleTrail(a)),
        IssuePage i => new("issue.html", "issue", "issue", Issue(i, i.Issue), i.Issue.Issue.Title,
            [("Issues", OutputPath.IssuesIndex), (i.Issue.Issue.Title, null)]),
        TopicPage t => new("topic.html", "topic", "topic", Topic(t), Paged(t.Topic.Topic.Title, t.Paging),
            PagedTrail(("Topics", OutputPath.TopicsIndex), t.Topic.Topic.Title, t.Paging)),
        AuthorPage a => new("author.html", "author", "author", Author(a), Paged(a.Author.Author.Name, a.Paging),
            PagedTrail(("Authors", OutputPath.AuthorsIndex), a.Author.Author.Name, a.Paging)),
        MonthPage m => new("month.html", "month", "month", Month(m), MonthTitle(m.Month),
            [("Archive", OutputPath.ArchiveIndex), (Year(m.Month.Year), OutputPath.OfYear(m.Month.Year)), (MonthTitle(m.Month), null)]),
        YearPage y => new("year.html", "year", "year", ArchiveYear(y, y.Year), Year(y.Year.Year),
            [("Archive", OutputPath.ArchiveIndex), (Year(y.Year.Year), null)]),
        LetterPage l => new("letter.html", "letter", "az", Az(l, l.Letter), $"A\u2013Z: {l.Letter.Title}",
            [("A\u2013Z", OutputPath.AzIndex), (l.Letter.Title, null)]),
        PaperPageOutput p => new("page.html", "paper-page", "paper_page", PaperPage(p), p.Content.Title, []),
        HomePage => new("home.html", "home", "home", Home(page, LatestOnHome), "", []),
        IssuesIndexPage => new("issues.html", "issues", "years", IssueYears(page), "Issues", []),
        TopicsIndexPage => new("topics.html", "topics", "topics", TopicLinks(page), "Topics", []),
        AuthorsIndexPage => new("authors.html", "authors", "authors", AuthorLinks(page), "Authors", []),
        ArchiveIndexPage => new("archive.html", "archive", "years", ArchiveYears(page), "Archive", []),
        AzIndexPage => new("a-z.html", "a-z", "az", Az(page, null), "A\u2013Z", []),
        RedirectPage r => new("redirect.html", "redirect", "redirect", Redirect(r), r.Target.Article.Title, [], InLayout: false),
        SearchPage => new("search.html", "search", "search", Search(page), "Search", []),
        NotFoundPage => new("404.html", "not-found", "not_found", true, "Page not found", []),
        _ => throw new InvalidOperationException($"no template for {page.GetType().Name}"),
    };

    private PaperPageView PaperPage(PaperPageOutput page) =>
        new(page.Content.Title, page.Content.Description, Markdown(page.Content.Body, page.Content.SourcePath, page));

    private RedirectView Redirect(RedirectPage page)
    {
        var url = RelativeUrl.Between(page.OutputPath, page.Target.OutputPath);
        return new RedirectView(
            page.Target.Article.Title,
            url,
            graph.Site.BaseUrl is { } baseUrl ? AbsoluteUrl.Of(baseUrl, page.Target.OutputPath) : url);
    }

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    private static string Paged(string title, Paging paging) =>
        paging.Number == 1 ? title : string.Create(CultureInfo.InvariantCulture, $"{title}, page {paging.Number}");

    private static List<(string, string?)> PagedTrail((string, string?) index, string title, Paging paging) =>
        paging.Number == 1
            ? [index, (title, null)]
            : [index, (title, paging.PagePaths[0]), (string.Create(CultureInfo.InvariantCulture, $"Page {paging.Number}"), null)];
}
