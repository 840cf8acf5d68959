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
            [(strings.Text("nav_issues"), OutputPath.IssuesIndex), (i.Issue.Issue.Title, null)]),
        TopicPage t => new("topic.html", "topic", "topic", Topic(t), Paged(t.Topic.Topic.Title, t.Paging),
            PagedTrail((strings.Text("nav_topics"), OutputPath.TopicsIndex), t.Topic.Topic.Title, t.Paging)),
        AuthorPage a => new("author.html", "author", "author", Author(a), Paged(a.Author.Author.Name, a.Paging),
            PagedTrail((strings.Text("nav_authors"), OutputPath.AuthorsIndex), a.Author.Author.Name, a.Paging)),
        MonthPage m => new("month.html", "month", "month", Month(m), MonthTitle(m.Month),
            [(strings.Text("nav_archive"), OutputPath.ArchiveIndex), (Year(m.Month.Year), OutputPath.OfYear(m.Month.Year)), (MonthTitle(m.Month), null)]),
        YearPage y => new("year.html", "year", "year", ArchiveYear(y, y.Year), Year(y.Year.Year),
            [(strings.Text("nav_archive"), OutputPath.ArchiveIndex), (Year(y.Year.Year), null)]),
        LetterPage l => new("letter.html", "letter", "az", Az(l, l.Letter), strings.Text("az_letter_title", LetterTitle(l.Letter)),
            [(strings.Text("az_title"), OutputPath.AzIndex), (LetterTitle(l.Letter), null)]),
        PaperPageOutput p => new("page.html", "paper-page", "paper_page", PaperPage(p), p.Content.Title, []),
        HomePage => new("home.html", "home", "home", Home(page, LatestOnHome), "", []),
        IssuesIndexPage => new("issues.html", "issues", "years", IssueYears(page), strings.Text("issues_title"), []),
        TopicsIndexPage => new("topics.html", "topics", "topics", TopicLinks(page), strings.Text("topics_title"), []),
        AuthorsIndexPage => new("authors.html", "authors", "authors", AuthorLinks(page), strings.Text("authors_title"), []),
        ArchiveIndexPage => new("archive.html", "archive", "years", ArchiveYears(page), strings.Text("archive_title"), []),
        AzIndexPage => new("a-z.html", "a-z", "az", Az(page, null), strings.Text("az_title"), []),
        RedirectPage r => new("redirect.html", "redirect", "redirect", Redirect(r), r.Target.Article.Title, [], InLayout: false),
        SearchPage => new("search.html", "search", "search", Search(page), strings.Text("search_title"), []),
        NotFoundPage => new("404.html", "not-found", "not_found", true, strings.Text("not_found_title"), []),
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

    private string Paged(string title, Paging paging) =>
        paging.Number == 1 ? title : strings.Text("title_and_page", title, paging.Number);

    private List<(string, string?)> PagedTrail((string, string?) index, string title, Paging paging) =>
        paging.Number == 1
            ? [index, (title, null)]
            : [index, (title, paging.PagePaths[0]), (strings.Text("page_number", paging.Number), null)];
}
