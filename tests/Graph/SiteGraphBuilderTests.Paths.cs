using Broadsheet.Graph;
using Broadsheet.Load;
using Broadsheet.Tests.TestSupport;
using Xunit;

namespace Broadsheet.Tests.Graph;

/// <summary>Output paths: where each page goes, and what may not collide.</summary>
public sealed partial class SiteGraphBuilderTests
{
    [Fact]
    public void Every_issue_topic_and_article_gets_a_page_besides_the_home_and_indexes()
    {
        var russia = Models.Topic("russia");
        var graph = Build(Models.Archive(
            [Models.Article("lessons", "2014-10-29", October, Models.History, [russia])],
            [October],
            [russia]));

        Assert.Equal(
            [
                "index.html", "issues/index.html", "topics/index.html", "authors/index.html", "archive/index.html", "a-z/index.html", "404.html",
                "search.html", "issues/2014-10-29.html", "topics/russia.html", "archive/2014.html", "archive/2014/10.html",
                "articles/2014/10/lessons.html",
            ],
            graph.Pages.Select(p => p.OutputPath));
        Assert.Empty(_bag.Sorted());
    }

    [Fact]
    public void The_same_slug_in_different_months_makes_different_pages()
    {
        var graph = Build(Models.Archive([Models.Article("editorial", "2014-10-29"), Models.Article("editorial", "2014-11-05")]));

        Assert.Equal(
            ["articles/2014/11/editorial.html", "articles/2014/10/editorial.html"],
            graph.ArticlesNewestFirst.Select(a => a.OutputPath));
        Assert.Empty(_bag.Sorted());
    }

    [Fact]
    public void Two_articles_with_the_same_output_path_are_an_error_naming_both_files()
    {
        // Both dated October 2014, filed in different folders, with the same slug.
        var first = Models.Article("editorial", "2014-10-29", folder: "2014/10");
        var second = Models.Article("editorial", "2014-10-01", folder: "2014/old");

        var graph = Build(Models.Archive([second, first]));

        var error = Assert.Single(_bag.Sorted());
        Assert.Equal(
            "site-content/articles/2014/old/editorial.md:1:1: error: this article and site-content/articles/2014/10/editorial.md "
            + "would both be written to articles/2014/10/editorial.html; give one of them a different 'slug', "
            + "or put {day} in site.yml's article_path (\"articles/{year}/{month}/{day}/{slug}\")",
            error.ToString());
        Assert.Single(graph.ArticlesNewestFirst);
    }

    [Fact]
    public void Article_path_with_the_day_parts_the_weekly_columns_of_one_month()
    {
        var site = Models.Site() with { ArticlePath = Pattern("articles/{year}/{month}/{day}/{slug}") };
        var graph = Build(Models.Archive([Models.Article("editorial", "2014-10-29"), Models.Article("editorial", "2014-10-22", folder: "2014/old")], site: site));

        Assert.Equal(
            ["articles/2014/10/29/editorial.html", "articles/2014/10/22/editorial.html"],
            graph.ArticlesNewestFirst.Select(a => a.OutputPath));
        Assert.Empty(_bag.Sorted());
    }

    [Fact]
    public void Article_path_by_issue_places_printed_articles_in_their_issue_and_web_only_ones_by_date()
    {
        var site = Models.Site() with { ArticlePath = Pattern("issues/{issue}/{section}/{slug}") };
        var graph = Build(Models.Archive(
            [Models.Article("lessons", "2014-10-29", October, Models.History), Models.Article("online", "2014-10-30")],
            [October],
            site: site));

        Assert.Equal(
            ["articles/2014/10/online.html", "issues/2014-10-29/history/lessons.html"],
            graph.ArticlesNewestFirst.Select(a => a.OutputPath));
        Assert.Empty(_bag.Sorted());
    }

    [Fact]
    public void Two_columns_of_one_month_that_clash_are_told_about_the_day_in_article_path()
    {
        var graph = Build(Models.Archive([Models.Article("editorial", "2014-10-29"), Models.Article("editorial", "2014-10-22", folder: "2014/old")]));

        Assert.EndsWith(
            "give one of them a different 'slug', or put {day} in site.yml's article_path (\"articles/{year}/{month}/{day}/{slug}\")",
            Assert.Single(_bag.Sorted()).Message,
            StringComparison.Ordinal);
        Assert.Single(graph.ArticlesNewestFirst);
    }

    [Fact]
    public void An_article_path_onto_an_issue_page_is_an_error_at_the_article()
    {
        var site = Models.Site() with { ArticlePath = Pattern("issues/{slug}") };

        Build(Models.Archive([Models.Article("2014-10-29", "2014-10-29", October, Models.News)], [October], site: site));

        var error = Assert.Single(_bag.Sorted());
        Assert.Equal(
            "this article would be written to issues/2014-10-29.html, a page the site makes itself; give it a different 'slug' or change 'article_path' in site.yml",
            error.Message);
    }

    private static Broadsheet.Model.ArticlePathPattern Pattern(string text) =>
        Broadsheet.Model.ArticlePathPattern.Parse(text, out var problem) ?? throw new InvalidOperationException(problem);

    [Fact]
    public void A_static_file_that_would_overwrite_a_page_is_an_error()
    {
        using var folder = new TempFolder();
        var clash = new StaticFile("issues/2014-10-29.html", folder.Write("static/issues/2014-10-29.html", "<p>old</p>"));
        var fine = new StaticFile("images/x.svg", folder.Write("static/images/x.svg", "<svg/>"));

        Build(Models.Archive([], [October], staticFiles: [clash, fine]));

        var error = Assert.Single(_bag.Sorted());
        Assert.EndsWith("static/issues/2014-10-29.html", error.Location.Path, StringComparison.Ordinal);
        Assert.Equal("this static file would overwrite the generated page issues/2014-10-29.html; move or rename it", error.Message);
    }

    [Fact]
    public void A_static_index_html_would_overwrite_the_home_page()
    {
        using var folder = new TempFolder();

        Build(Models.Archive([], staticFiles: [new StaticFile("index.html", folder.Write("static/index.html", "x"))]));

        Assert.Contains("generated page index.html", Assert.Single(_bag.Sorted()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Articles_are_found_by_their_source_path()
    {
        var graph = Build(Models.Archive([Models.Article("lessons", "2014-10-29")]));

        Assert.Equal("articles/2014/10/lessons.html", graph.ArticlesBySourcePath["articles/2014/10/lessons.md"].OutputPath);
    }
}
